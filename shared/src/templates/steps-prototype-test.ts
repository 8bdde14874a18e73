import type { LocalizedText } from './template-schema.js';
import { tr, type StepSpec } from './layout.js';
import { area } from './steps-explore.js';

export function conceptCanvas(minutes: number): StepSpec {
  return {
    id: 'concept-canvas',
    title: tr('Conceptcanvas', 'Concept canvas'),
    minutes,
    instruction: tr(
      'Maak van het gekozen idee een concept. Vul de vakken in deze volgorde: het idee, voor wie, de waarde, wat het nodig heeft, en de eerste stap die je volgende week al kan zetten.',
      'Turn the chosen idea into a concept. Fill the boxes in this order: the idea, for whom, the value, what it needs, and the first step you could take next week.',
    ),
    modes: { timer: true },
    grid: { cols: 3, rows: 2 },
    areas: [
      area(0, 0, tr('Het idee', 'The idea'), { hint: tr('In één zin', 'In one sentence'), fill: 'yellow' }),
      area(1, 0, tr('Voor wie?', 'For whom?'), { fill: 'blue' }),
      area(2, 0, tr('Welke waarde?', 'What value?'), { fill: 'green' }),
      area(0, 1, tr('Wat is er nodig?', 'What does it need?'), {
        hint: tr('Mensen, geld, tijd, partners', 'People, money, time, partners'),
        colSpan: 2,
        fill: 'violet',
      }),
      area(2, 1, tr('Eerste stap', 'First step'), { fill: 'pink' }),
    ],
  };
}

export function storyboard(minutes: number): StepSpec {
  const scenes: [LocalizedText, LocalizedText][] = [
    [tr('1. Vertrekpunt', '1. Starting point'), tr('Wie, waar, wanneer?', 'Who, where, when?')],
    [tr('2. Het probleem', '2. The problem'), tr('Waar loopt het mis?', 'What goes wrong?')],
    [
      tr('3. De ontmoeting', '3. The encounter'),
      tr('Hoe leert de persoon het kennen?', 'How do they come across it?'),
    ],
    [tr('4. In gebruik', '4. In use'), tr('Wat gebeurt er?', 'What happens?')],
    [tr('5. Het resultaat', '5. The result'), tr('Wat is er veranderd?', 'What has changed?')],
    [tr('6. Daarna', '6. Afterwards'), tr('Komt de persoon terug?', 'Do they come back?')],
  ];
  return {
    id: 'storyboard',
    title: tr('Storyboard', 'Storyboard'),
    minutes,
    instruction: tr(
      'Vertel je concept als een verhaal in zes scènes, vanuit de persoon voor wie het is. Schets met de pen of schrijf op sticky’s; stokfiguren zijn perfect.',
      'Tell your concept as a story in six scenes, from the point of view of the person it is for. Sketch with the pen or write on sticky notes; stick figures are perfect.',
    ),
    modes: { timer: true },
    grid: { cols: 3, rows: 2 },
    areas: scenes.map(([name, hint], i) => area(i % 3, Math.floor(i / 3), name, { hint, fill: 'gray' })),
  };
}

export function expertFeedback(minutes: number): StepSpec {
  return {
    id: 'expert-feedback',
    title: tr('Feedback van de expert', 'Expert feedback'),
    minutes,
    instruction: tr(
      'Stel je concept in twee minuten voor. De expert en de groep geven feedback: wat werkt, wat kan beter, welke vragen blijven er? Schrijf de feedback op, verdedig je niet.',
      'Present your concept in two minutes. The expert and the group give feedback: what works, what could be better, which questions remain? Write the feedback down; do not defend.',
    ),
    modes: { timer: true, follow: true },
    grid: { cols: 2, rows: 2 },
    areas: [
      area(0, 0, tr('Wat werkt', 'What works'), { fill: 'green' }),
      area(1, 0, tr('Wat kan beter', 'What could be better'), { fill: 'orange' }),
      area(0, 1, tr('Vragen', 'Questions'), { fill: 'blue' }),
      area(1, 1, tr('Tips van de expert', 'Tips from the expert'), { fill: 'violet' }),
    ],
  };
}

export const feedbackGrid: StepSpec = {
  id: 'feedback-grid',
  title: tr('Feedbackraster', 'Feedback grid'),
  minutes: 30,
  instruction: tr(
    'Test je concept bij de anderen. Zij vullen het raster: wat ze goed vinden, wat ze zouden wensen, welke vragen ze hebben en welke nieuwe ideeën het oproept.',
    'Test your concept with the others. They fill the grid: what they like, what they wish for, which questions they have and what new ideas it sparks.',
  ),
  modes: { timer: true },
  grid: { cols: 2, rows: 2 },
  areas: [
    area(0, 0, tr('+ Wat ik goed vind', '+ I like'), { fill: 'green' }),
    area(1, 0, tr('△ Wat ik zou wensen', '△ I wish'), { fill: 'orange' }),
    area(0, 1, tr('? Vragen', '? Questions'), { fill: 'blue' }),
    area(1, 1, tr('! Ideeën', '! Ideas'), { fill: 'yellow' }),
  ],
};

export function actionPlan(minutes: number): StepSpec {
  return {
    id: 'action-plan',
    title: tr('Actieplan', 'Action plan'),
    minutes,
    instruction: tr(
      'Wat doe je nu, wat straks en wat later? Schrijf acties die je echt zelf kan zetten, met een naam en een datum erbij.',
      'What do you do now, next and later? Write actions you can really take yourself, with a name and a date on each.',
    ),
    modes: { timer: true },
    grid: { cols: 3, rows: 1 },
    areas: [
      area(0, 0, tr('Nu', 'Now'), { hint: tr('Deze week', 'This week'), fill: 'green' }),
      area(1, 0, tr('Straks', 'Next'), { hint: tr('Deze maand', 'This month'), fill: 'yellow' }),
      area(2, 0, tr('Later', 'Later'), { hint: tr('Dit seizoen', 'This season'), fill: 'blue' }),
    ],
  };
}

export const takeHome: StepSpec = {
  id: 'take-home',
  title: tr('Wat ik meeneem naar huis', 'What I take home'),
  minutes: 20,
  instruction: tr(
    'Wat neem je mee naar je eigen organisatie? Met wie ga je erover praten, en wie uit dit netwerk contacteer je nog?',
    'What do you take back to your own organisation? Who will you talk to about it, and whom from this network will you contact again?',
  ),
  modes: { timer: true },
  grid: { cols: 2, rows: 1 },
  areas: [
    area(0, 0, tr('Wat ik meeneem', 'What I take home'), { fill: 'yellow' }),
    area(1, 0, tr('Met wie ik verder praat', 'Who I will talk to'), { fill: 'cyan' }),
  ],
};

export const closingRound: StepSpec = {
  id: 'closing-round',
  title: tr('Slotronde en evaluatie', 'Closing round and evaluation'),
  minutes: 30,
  instruction: tr(
    'Eén woord voor deze vijf weken, en dan de evaluatie: wat werkte, wat kan beter aan dit lerend netwerk? De evaluatie blijft verborgen tot iedereen klaar is.',
    'One word for these five weeks, then the evaluation: what worked, what could be better about this learning network? The evaluation stays hidden until everyone is done.',
  ),
  modes: { timer: true, private: true },
  grid: { cols: 3, rows: 1 },
  areas: [
    area(0, 0, tr('Eén woord', 'One word'), { fill: 'violet' }),
    area(1, 0, tr('Dit werkte', 'This worked'), { fill: 'green' }),
    area(2, 0, tr('Dit kan beter', 'This could be better'), { fill: 'orange' }),
  ],
};

export const retrospective: StepSpec = {
  id: 'retrospective',
  title: tr('Retrospectieve', 'Retrospective'),
  minutes: 20,
  instruction: tr(
    'Kijk terug op de voorbije periode: waarmee starten we, waarmee stoppen we, en wat houden we vast?',
    'Look back on the past period: what do we start, what do we stop, and what do we continue?',
  ),
  modes: { timer: true },
  grid: { cols: 3, rows: 1 },
  areas: [
    area(0, 0, tr('Starten', 'Start'), { fill: 'green' }),
    area(1, 0, tr('Stoppen', 'Stop'), { fill: 'red' }),
    area(2, 0, tr('Doorgaan', 'Continue'), { fill: 'blue' }),
  ],
};

export const parkingLot: StepSpec = {
  id: 'parking-lot',
  title: tr('Parking', 'Parking lot'),
  minutes: 5,
  instruction: tr(
    'Vragen en ideeën die nu niet aan bod komen, parkeren we hier. Aan het einde van de sessie kijken we wat ermee gebeurt.',
    'Questions and ideas that do not fit right now are parked here. At the end of the session we decide what happens to them.',
  ),
  modes: {},
  grid: { cols: 2, rows: 1 },
  areas: [
    area(0, 0, tr('Geparkeerd', 'Parked'), { fill: 'gray' }),
    area(1, 0, tr('Opgepakt', 'Picked up'), { fill: 'green' }),
  ],
};
