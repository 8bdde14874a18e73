import type { TemplateItem } from './template-schema.js';
import { badge, tr, voteDots, type Box, type StepSpec } from './layout.js';
import { area } from './steps-explore.js';

export const affinityMap: StepSpec = {
  id: 'affinity-map',
  title: tr('Inzichten clusteren', 'Cluster the insights'),
  minutes: 35,
  instruction: tr(
    'Zet de inzichten van vorige week links. Sleep samen wat bij elkaar hoort naar een cluster en geef elk cluster een naam die zegt wat het betekent.',
    'Put last week’s insights on the left. Together, drag what belongs together into a cluster and give each cluster a name that says what it means.',
  ),
  modes: { timer: true },
  grid: { cols: 4, rows: 2 },
  areas: [
    area(0, 0, tr('Nog te sorteren', 'Still to sort'), { rowSpan: 2, fill: 'yellow' }),
    ...[1, 2, 3].flatMap((col) =>
      [0, 1].map((row) =>
        area(col, row, tr(`Cluster ${col + row * 3}`, `Cluster ${col + row * 3}`), {
          hint: tr('Naam van het cluster…', 'Name of the cluster…'),
          fill: 'gray',
        }),
      ),
    ),
  ],
};

export const problemStatements: StepSpec = {
  id: 'problem-statements',
  title: tr('Probleemstellingen', 'Problem statements'),
  minutes: 25,
  instruction: tr(
    'Maak van de sterkste clusters een probleemstelling: wie heeft nood aan wat, omdat…? Blijf bij de mensen, nog niet bij oplossingen.',
    'Turn the strongest clusters into a problem statement: who needs what, because…? Stay with the people, not with solutions yet.',
  ),
  modes: { timer: true },
  grid: { cols: 3, rows: 1 },
  areas: [
    area(0, 0, tr('Wie…', 'Who…'), { hint: tr('een persoon of groep', 'a person or group'), fill: 'blue' }),
    area(1, 0, tr('…heeft nood aan…', '…needs…'), {
      hint: tr('een behoefte, geen oplossing', 'a need, not a solution'),
      fill: 'violet',
    }),
    area(2, 0, tr('…omdat…', '…because…'), {
      hint: tr('het inzicht erachter', 'the insight behind it'),
      fill: 'pink',
    }),
  ],
};

export const howMightWe: StepSpec = {
  id: 'how-might-we',
  title: tr('Hoe kunnen we…?', 'How might we…?'),
  minutes: 30,
  instruction: tr(
    'Herschrijf elke probleemstelling als vragen die beginnen met “Hoe kunnen we…”. Niet te breed, niet te smal: een goede vraag nodigt uit tot veel ideeën.',
    'Rewrite each problem statement as questions starting with “How might we…”. Not too broad, not too narrow: a good question invites many ideas.',
  ),
  modes: { timer: true },
  grid: { cols: 3, rows: 1 },
  areas: [1, 2, 3].map((n) =>
    area(n - 1, 0, tr(`Probleemstelling ${n}`, `Problem statement ${n}`), {
      hint: tr('Hoe kunnen we…?', 'How might we…?'),
      fill: n === 1 ? 'cyan' : n === 2 ? 'blue' : 'violet',
    }),
  ),
};

function dotStock(region: Box): TemplateItem[] {
  const stock = { x: region.x + region.w * 0.75 + 24, y: region.y + 110, w: region.w * 0.25 - 64, h: 0 };
  return voteDots(stock, 24);
}

export function dotVote(subject: 'hmw' | 'ideas'): StepSpec {
  const what = subject === 'hmw' ? tr('de vragen', 'the questions') : tr('de ideeën', 'the ideas');
  return {
    id: `dot-vote-${subject}`,
    title:
      subject === 'hmw'
        ? tr('Stemmen op de vragen', 'Vote on the questions')
        : tr('Stemmen op de ideeën', 'Vote on the ideas'),
    minutes: 15,
    instruction: tr(
      `Zet ${what.nl} waarop we verder werken bij de kandidaten. Iedereen heeft drie stemmen: sleep een stip op je keuze. Wat de meeste stippen krijgt, gaat naar “Gekozen”.`,
      `Put ${what.en} we might work on among the candidates. Everyone has three votes: drag a dot onto your choice. What gets the most dots moves to “Chosen”.`,
    ),
    modes: { timer: true, vote: true },
    grid: { cols: 4, rows: 1 },
    areas: [
      area(0, 0, tr('Kandidaten', 'Candidates'), { colSpan: 2, fill: 'gray' }),
      area(2, 0, tr('Gekozen', 'Chosen'), { fill: 'green' }),
      area(3, 0, tr('Stippen', 'Dots'), { hint: tr('Drie per persoon', 'Three each'), fill: 'white' }),
    ],
    extras: dotStock,
  };
}

function circles(region: Box): TemplateItem[] {
  const cols = 6;
  const size = Math.min(110, (region.w - 80) / cols - 24);
  return Array.from({ length: 18 }, (_, i) =>
    badge(
      {
        x: Math.round(region.x + 40 + (i % cols) * (size + 24)),
        y: Math.round(region.y + 110 + Math.floor(i / cols) * (size + 24)),
        w: Math.round(size),
        h: Math.round(size),
      },
      'white',
      '',
      'ellipse',
    ),
  ).map((item) => ({ ...item, stroke: 'gray', strokeWidth: 3, fill: 'none' }));
}

export const warmUp: StepSpec = {
  id: 'warm-up',
  title: tr('Opwarmer: cirkels', 'Warm-up: circles'),
  minutes: 10,
  instruction: tr(
    'Drie minuten: maak van zoveel mogelijk cirkels iets herkenbaars (een klok, een bal, een zon…) met de pen of een sticky. Kwantiteit boven kwaliteit!',
    'Three minutes: turn as many circles as you can into something recognisable (a clock, a ball, a sun…) with the pen or a sticky note. Quantity over quality!',
  ),
  modes: { timer: true },
  grid: { cols: 1, rows: 1 },
  areas: [
    area(0, 0, tr('Wat zie jij in deze cirkels?', 'What do you see in these circles?'), { fill: 'yellow' }),
  ],
  extras: circles,
};

export const brainwriting: StepSpec = {
  id: 'brainwriting',
  title: tr('Brainwriting', 'Brainwriting'),
  minutes: 25,
  instruction: tr(
    'Ronde 1: schrijf in stilte drie ideeën op de gekozen vraag. Ronde 2 en 3: lees de ideeën van de vorige ronde en bouw erop verder. Niet oordelen, wel aanvullen.',
    'Round 1: silently write three ideas for the chosen question. Rounds 2 and 3: read the ideas of the round before and build on them. Do not judge, add.',
  ),
  modes: { timer: true, private: true },
  grid: { cols: 3, rows: 1 },
  areas: [1, 2, 3].map((n) =>
    area(n - 1, 0, tr(`Ronde ${n}`, `Round ${n}`), {
      hint:
        n === 1
          ? tr('Drie ideeën elk', 'Three ideas each')
          : tr('Bouw verder op ronde ' + (n - 1), 'Build on round ' + (n - 1)),
      fill: n === 1 ? 'blue' : n === 2 ? 'violet' : 'pink',
    }),
  ),
};

export const crazyEights: StepSpec = {
  id: 'crazy-8s',
  title: tr('Crazy 8’s', 'Crazy 8s'),
  minutes: 20,
  instruction: tr(
    'Acht vakjes, acht minuten: schets of schrijf in elk vakje een andere variant van je idee, één minuut per vakje. Daarna kies je je sterkste variant.',
    'Eight boxes, eight minutes: sketch or write a different variation of your idea in each box, one minute per box. Then pick your strongest one.',
  ),
  modes: { timer: true, private: true },
  grid: { cols: 4, rows: 2 },
  areas: Array.from({ length: 8 }, (_, i) => area(i % 4, Math.floor(i / 4), String(i + 1), { fill: 'gray' })),
};

export const ideaCards: StepSpec = {
  id: 'idea-cards',
  title: tr('Ideeënkaarten', 'Idea cards'),
  minutes: 25,
  instruction: tr(
    'Werk de sterkste ideeën uit op een kaart: geef het een naam, zeg voor wie het is en waarom het werkt. Eén kaart per idee.',
    'Work the strongest ideas out on a card: give it a name, say who it is for and why it works. One card per idea.',
  ),
  modes: { timer: true },
  grid: { cols: 3, rows: 1 },
  areas: [1, 2, 3].map((n) =>
    area(n - 1, 0, tr(`Idee ${n}`, `Idea ${n}`), {
      hint: tr('Naam · Voor wie? · Waarom werkt het?', 'Name · For whom? · Why does it work?'),
      fill: 'yellow',
    }),
  ),
};

export const expertInput: StepSpec = {
  id: 'expert-input',
  title: tr('Input van de expert', 'Expert input'),
  minutes: 25,
  instruction: tr(
    'De expert licht toe en reageert op de ideeën. Zet je vragen vooraf klaar; noteer tijdens het gesprek wat je meeneemt en welke voorbeelden of bronnen genoemd worden.',
    'The expert explains and responds to the ideas. Prepare your questions beforehand; during the talk, note what you take away and which examples or sources come up.',
  ),
  modes: { follow: true },
  grid: { cols: 3, rows: 1 },
  areas: [
    area(0, 0, tr('Vragen aan de expert', 'Questions for the expert'), { fill: 'violet' }),
    area(1, 0, tr('Wat de expert meegeeft', 'What the expert tells us'), { fill: 'blue' }),
    area(2, 0, tr('Voorbeelden en bronnen', 'Examples and sources'), { fill: 'cyan' }),
  ],
};
