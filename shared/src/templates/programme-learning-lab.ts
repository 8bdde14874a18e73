import { tr, type StepSpec } from './layout.js';
import { dotVote } from './steps-define-ideate.js';
import { area, checkIn, checkOut } from './steps-explore.js';
import { actionPlan, feedbackGrid, retrospective } from './steps-prototype-test.js';
import type { ProgrammeSession } from './programmes.js';

function twoAreas(
  id: string,
  title: ReturnType<typeof tr>,
  minutes: number,
  instruction: ReturnType<typeof tr>,
  left: ReturnType<typeof tr>,
  right: ReturnType<typeof tr>,
  extra?: ReturnType<typeof tr>,
): StepSpec {
  const cols = extra ? 3 : 2;
  return {
    id,
    title,
    minutes,
    instruction,
    modes: { timer: true },
    grid: { cols, rows: 1 },
    areas: [
      area(0, 0, left, { fill: 'blue' }),
      area(1, 0, right, { fill: 'green' }),
      ...(extra ? [area(2, 0, extra, { fill: 'violet' })] : []),
    ],
  };
}

const peerConsultation: StepSpec = {
  id: 'peer-consultation',
  title: tr('Intervisie', 'Peer consultation'),
  minutes: 45,
  instruction: tr(
    'In groepjes van drie: één persoon legt een obstakel voor (5 min), de anderen stellen open vragen (10 min) en geven daarna tips (10 min). Wissel van rol.',
    'In groups of three: one person presents an obstacle (5 min), the others ask open questions (10 min) and then give tips (10 min). Swap roles.',
  ),
  modes: { timer: true },
  grid: { cols: 3, rows: 1 },
  areas: [
    area(0, 0, tr('Het obstakel', 'The obstacle'), { fill: 'red' }),
    area(1, 0, tr('Open vragen', 'Open questions'), { fill: 'blue' }),
    area(2, 0, tr('Tips', 'Tips'), { fill: 'green' }),
  ],
};

/**
 * Three Learning Labs of an international training programme, months apart and in English by
 * default: needs and goals, progress and obstacles, results and next steps.
 */
export function learningLabSessions(): ProgrammeSession[] {
  return [
    {
      title: tr('Noden en doelen', 'Needs and goals'),
      description: tr(
        'Waar staat je organisatie, wat heeft ze nodig, en wat wil je bereiken?',
        'Where does your organisation stand, what does it need, and what do you want to achieve?',
      ),
      durationMinutes: 150,
      accent: 'cyan',
      steps: [
        checkIn(
          15,
          tr('Waar kom je vandaan en wat houdt je bezig?', 'Where do you come from and what keeps you busy?'),
        ),
        twoAreas(
          'situation',
          tr('Waar staan we?', 'Where do we stand?'),
          30,
          tr(
            'Beschrijf de situatie van je organisatie vandaag: je publiek, je gemeenschap, je team.',
            'Describe where your organisation stands today: your audience, your community, your team.',
          ),
          tr('Sterktes', 'Strengths'),
          tr('Uitdagingen', 'Challenges'),
        ),
        twoAreas(
          'needs',
          tr('Noden', 'Needs'),
          30,
          tr(
            'Wat heb je nodig om verder te komen? Denk aan kennis, mensen, middelen en tijd.',
            'What do you need to move forward? Think of knowledge, people, means and time.',
          ),
          tr('Wat ik nodig heb', 'What I need'),
          tr('Wat ik kan bieden', 'What I can offer'),
        ),
        twoAreas(
          'goals',
          tr('Doelen', 'Goals'),
          30,
          tr(
            'Wat wil je bereikt hebben tegen het volgende Lab, en tegen het einde van het programma?',
            'What do you want to have achieved by the next Lab, and by the end of the programme?',
          ),
          tr('Tegen het volgende Lab', 'By the next Lab'),
          tr('Tegen het einde', 'By the end'),
        ),
        { ...dotVote('ideas'), title: tr('Prioriteiten kiezen', 'Choose priorities'), minutes: 25 },
        checkOut(20),
      ],
    },
    {
      title: tr('Vooruitgang en obstakels', 'Progress and obstacles'),
      description: tr(
        'Wat is er gebeurd sinds het eerste Lab, wat houdt je tegen, en wie kan helpen?',
        'What happened since the first Lab, what holds you back, and who can help?',
      ),
      durationMinutes: 150,
      accent: 'orange',
      steps: [
        checkIn(
          15,
          tr('Waar ben je trots op sinds het vorige Lab?', 'What are you proud of since the last Lab?'),
        ),
        twoAreas(
          'progress',
          tr('Vooruitgang', 'Progress'),
          30,
          tr(
            'Wat heb je gedaan sinds het vorige Lab? Wat liep zoals gepland en wat niet?',
            'What have you done since the last Lab? What went as planned and what did not?',
          ),
          tr('Gelukt', 'Done'),
          tr('Anders gelopen', 'Went differently'),
        ),
        twoAreas(
          'obstacles',
          tr('Obstakels', 'Obstacles'),
          30,
          tr(
            'Wat houdt je tegen? Schrijf elk obstakel op een sticky en zet erbij wie of wat kan helpen.',
            'What holds you back? Write each obstacle on a sticky note and add who or what could help.',
          ),
          tr('Obstakels', 'Obstacles'),
          tr('Wie of wat kan helpen', 'Who or what could help'),
        ),
        peerConsultation,
        actionPlan(20),
        checkOut(10),
      ],
    },
    {
      title: tr('Resultaten en volgende stappen', 'Results and next steps'),
      description: tr(
        'Resultaten delen, samen terugkijken en plannen hoe je het verder draagt.',
        'Share results, look back together and plan how you carry it forward.',
      ),
      durationMinutes: 180,
      accent: 'green',
      steps: [
        checkIn(15, tr('Eén beeld voor je traject', 'One image for your journey')),
        twoAreas(
          'results',
          tr('Resultaten tonen', 'Show the results'),
          40,
          tr(
            'Elke organisatie toont in vijf minuten wat er veranderd is. De anderen noteren wat opvalt.',
            'Each organisation shows in five minutes what has changed. The others note what stands out.',
          ),
          tr('Wat er veranderd is', 'What has changed'),
          tr('Wat opvalt', 'What stands out'),
          tr('Bewijs en verhalen', 'Evidence and stories'),
        ),
        { ...retrospective, minutes: 30 },
        { ...feedbackGrid, minutes: 35 },
        actionPlan(30),
        twoAreas(
          'ambassador',
          tr('Ambassadeursplan', 'Ambassador plan'),
          20,
          tr(
            'Hoe deel je wat je leerde in je eigen netwerk? Met wie, wanneer en hoe?',
            'How do you share what you learned in your own network? With whom, when and how?',
          ),
          tr('Met wie', 'With whom'),
          tr('Wanneer en hoe', 'When and how'),
        ),
        checkOut(10),
      ],
    },
  ];
}
