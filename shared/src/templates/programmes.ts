import type { FillColor } from '../schema/colors.js';
import { sessionTemplate, tr, type StepSpec } from './layout.js';
import { businessModelCanvas, fundingMix, partnerMap } from './steps-canvases.js';
import {
  affinityMap,
  brainwriting,
  crazyEights,
  dotVote,
  expertInput,
  howMightWe,
  ideaCards,
  problemStatements,
  warmUp,
} from './steps-define-ideate.js';
import { checkIn, checkOut, empathyMap, expectations, themeInPractice, whoIsHere } from './steps-explore.js';
import {
  actionPlan,
  closingRound,
  conceptCanvas,
  expertFeedback,
  feedbackGrid,
  storyboard,
  takeHome,
} from './steps-prototype-test.js';
import { learningLabSessions } from './programme-learning-lab.js';
import type { LocalizedText, Template } from './template-schema.js';

export const PROGRAMME_IDS = ['design-thinking-5', 'learning-lab-3', 'empty'] as const;
export type ProgrammeId = (typeof PROGRAMME_IDS)[number];

export const THEME_PACK_IDS = [
  'sustainable-financing',
  'live-business-models',
  'working-internationally',
] as const;
export type ThemePackId = (typeof THEME_PACK_IDS)[number];

/** One planned session of a programme: its title, length and the steps its board starts with. */
export interface ProgrammeSession {
  title: LocalizedText;
  description: LocalizedText;
  durationMinutes: number;
  accent: FillColor;
  steps: StepSpec[];
}

export interface Programme {
  id: ProgrammeId;
  name: LocalizedText;
  description: LocalizedText;
  /** Days between sessions. */
  intervalDays: number;
  sessions: (themePack?: ThemePackId) => ProgrammeSession[];
}

/**
 * A theme pack adds one frame to week 4, where the group shapes its concept, after the concept canvas;
 * the other steps of that week give up time so the session still fits its two hours.
 */
const THEME_STEPS: Record<ThemePackId, StepSpec> = {
  'sustainable-financing': fundingMix,
  'live-business-models': businessModelCanvas(
    25,
    tr(
      'Hoe verdient je voorstelling of zaal haar geld als er minder mensen tegelijk binnen mogen? Vul het canvas voor je concept en kijk vooral naar inkomsten en kosten.',
      'How does your show or venue earn its money when fewer people may be inside at once? Fill the canvas for your concept, looking closely at revenue and costs.',
    ),
  ),
  'working-internationally': partnerMap,
};

function designThinkingSessions(themePack?: ThemePackId): ProgrammeSession[] {
  const themeStep = themePack ? THEME_STEPS[themePack] : undefined;
  const week4 = themeStep
    ? [
        checkIn(10, tr('Wat is er veranderd sinds vorige week?', 'What has changed since last week?')),
        conceptCanvas(30),
        { ...themeStep, minutes: 25 },
        storyboard(25),
        expertFeedback(20),
        checkOut(10),
      ]
    : [
        checkIn(10, tr('Wat is er veranderd sinds vorige week?', 'What has changed since last week?')),
        conceptCanvas(40),
        storyboard(30),
        expertFeedback(30),
        checkOut(10),
      ];
  return [
    {
      title: tr('Kennismaken en verkennen', 'Get to know each other and explore'),
      description: tr(
        'Wie zijn we, wat verwachten we, en wat betekent het thema in onze praktijk?',
        'Who are we, what do we expect, and what does the theme mean in our practice?',
      ),
      durationMinutes: 120,
      accent: 'violet',
      steps: [
        checkIn(10, tr('Hoe kom je vandaag binnen?', 'How are you arriving today?')),
        whoIsHere,
        expectations,
        themeInPractice,
        empathyMap,
        checkOut(10),
      ],
    },
    {
      title: tr('Definiëren', 'Define'),
      description: tr(
        'Van inzichten naar de vragen waarop we samen verder werken.',
        'From insights to the questions we will work on together.',
      ),
      durationMinutes: 120,
      accent: 'blue',
      steps: [
        checkIn(10, tr('Wat is je bijgebleven van vorige week?', 'What stayed with you from last week?')),
        affinityMap,
        problemStatements,
        howMightWe,
        dotVote('hmw'),
        checkOut(5),
      ],
    },
    {
      title: tr('Ideeën bedenken', 'Ideate'),
      description: tr(
        'Zoveel mogelijk ideeën, dan de sterkste kiezen.',
        'As many ideas as possible, then pick the strongest.',
      ),
      durationMinutes: 120,
      accent: 'yellow',
      steps: [warmUp, brainwriting, crazyEights, ideaCards, expertInput, dotVote('ideas')],
    },
    {
      title: tr('Prototypen', 'Prototype'),
      description: tr(
        'Het gekozen idee wordt een concept dat je kan tonen en testen.',
        'The chosen idea becomes a concept you can show and test.',
      ),
      durationMinutes: 120,
      accent: 'green',
      steps: week4,
    },
    {
      title: tr('Testen en verankeren', 'Test and anchor'),
      description: tr(
        'Feedback op de concepten, een actieplan, en afscheid nemen.',
        'Feedback on the concepts, an action plan, and saying goodbye.',
      ),
      durationMinutes: 120,
      accent: 'pink',
      steps: [
        checkIn(10, tr('Wat heb je deze week geprobeerd?', 'What did you try this week?')),
        feedbackGrid,
        actionPlan(30),
        takeHome,
        closingRound,
      ],
    },
  ];
}

export const PROGRAMMES: Record<ProgrammeId, Programme> = {
  'design-thinking-5': {
    id: 'design-thinking-5',
    name: tr(
      'Lerend netwerk — vijf weken design thinking',
      'Learning network — five weeks of design thinking',
    ),
    description: tr(
      'Vijf wekelijkse sessies van twee uur: verkennen, definiëren, ideeën, prototypen, testen.',
      'Five weekly two-hour sessions: explore, define, ideate, prototype, test.',
    ),
    intervalDays: 7,
    sessions: designThinkingSessions,
  },
  'learning-lab-3': {
    id: 'learning-lab-3',
    name: tr('Learning Lab-reeks', 'Learning Lab series'),
    description: tr(
      'Drie online sessies van twee à drie uur voor internationale trainingsprogramma’s.',
      'Three online sessions of two to three hours for international training programmes.',
    ),
    intervalDays: 42,
    sessions: learningLabSessions,
  },
  empty: {
    id: 'empty',
    name: tr('Lege borden', 'Empty boards'),
    description: tr(
      'Vijf wekelijkse sessies van twee uur, zonder sjabloon.',
      'Five weekly two-hour sessions, without a template.',
    ),
    intervalDays: 7,
    sessions: () =>
      Array.from({ length: 5 }, () => ({
        title: '',
        description: '',
        durationMinutes: 120,
        accent: 'gray' as const,
        steps: [],
      })),
  },
};

/** The board template of session `index` (0-based) of a programme, or undefined for an empty board. */
export function programmeSessionTemplate(
  programme: ProgrammeId,
  index: number,
  themePack?: ThemePackId,
): Template | undefined {
  const session = PROGRAMMES[programme].sessions(themePack)[index];
  if (!session || session.steps.length === 0) return undefined;
  const label = programme === 'learning-lab-3' ? tr('Learning Lab', 'Learning Lab') : tr('Week', 'Week');
  const prefix = (l: 'nl' | 'en') => `${label[l]} ${index + 1}`;
  const title = typeof session.title === 'string' ? { nl: session.title, en: session.title } : session.title;
  return sessionTemplate({
    id: `${programme}/${index + 1}${themePack ? `/${themePack}` : ''}`,
    name: { nl: `${prefix('nl')} · ${title.nl}`, en: `${prefix('en')} · ${title.en}` },
    description: session.description,
    durationMinutes: session.durationMinutes,
    accent: session.accent,
    steps: session.steps,
  });
}
