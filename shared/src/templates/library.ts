import type { FillColor } from '../schema/colors.js';
import { frameTemplate, tr, voteDots, type StepSpec } from './layout.js';
import { businessModelCanvas, leanCanvas } from './steps-canvases.js';
import { affinityMap, brainwriting, crazyEights, dotVote, howMightWe } from './steps-define-ideate.js';
import { area, empathyMap, stakeholderMap } from './steps-explore.js';
import { actionPlan, feedbackGrid, parkingLot, retrospective } from './steps-prototype-test.js';
import type { LocalizedText, Template } from './template-schema.js';

const checkInOut: StepSpec = {
  id: 'check-in-out',
  title: tr('Check-in en check-out', 'Check-in and check-out'),
  minutes: 10,
  instruction: tr(
    'Bij de start: hoe kom je binnen? Aan het einde: wat neem je mee? Eén sticky per persoon, met je naam erop.',
    'At the start: how are you arriving? At the end: what do you take away? One sticky note each, with your name on it.',
  ),
  modes: { timer: true },
  grid: { cols: 2, rows: 1 },
  areas: [
    area(0, 0, tr('Check-in: hoe kom ik binnen?', 'Check-in: how am I arriving?'), { fill: 'blue' }),
    area(1, 0, tr('Check-out: wat neem ik mee?', 'Check-out: what do I take away?'), { fill: 'green' }),
  ],
};

const dotVoteArea: StepSpec = {
  ...dotVote('ideas'),
  id: 'dot-vote',
  title: tr('Stemzone', 'Dot-vote area'),
  extras: (region) =>
    voteDots({ x: region.x + region.w * 0.75 + 24, y: region.y + 110, w: region.w * 0.25 - 64, h: 0 }, 24),
};

function entry(id: string, step: StepSpec, accent: FillColor, description: LocalizedText): Template {
  return frameTemplate(`library/${id}`, description, step, accent);
}

/** The single-frame templates anyone who can edit may insert on any board. */
export const LIBRARY_TEMPLATES: readonly Template[] = [
  entry(
    'empathy-map',
    empathyMap,
    'pink',
    tr('Wat zegt, denkt, doet en voelt een persoon?', 'What does a person say, think, do and feel?'),
  ),
  entry(
    'stakeholder-map',
    stakeholderMap,
    'blue',
    tr('Wie staat dichtbij, wie verder weg?', 'Who is close, who is further away?'),
  ),
  entry(
    'affinity-map',
    affinityMap,
    'yellow',
    tr('Inzichten groeperen in benoemde clusters.', 'Group insights into named clusters.'),
  ),
  entry(
    'how-might-we',
    howMightWe,
    'cyan',
    tr(
      'Problemen herschrijven als “Hoe kunnen we…?”-vragen.',
      'Rewrite problems as “How might we…?” questions.',
    ),
  ),
  entry(
    'brainwriting',
    brainwriting,
    'violet',
    tr('Ideeën in stille rondes, voortbouwend op elkaar.', 'Ideas in silent rounds, building on each other.'),
  ),
  entry(
    'crazy-8s',
    crazyEights,
    'orange',
    tr('Acht varianten in acht minuten.', 'Eight variations in eight minutes.'),
  ),
  entry(
    'dot-vote',
    dotVoteArea,
    'red',
    tr('Kandidaten, stippen en wat gekozen is.', 'Candidates, dots and what was chosen.'),
  ),
  entry(
    'business-model-canvas',
    businessModelCanvas(40),
    'green',
    tr('De negen bouwstenen van een businessmodel.', 'The nine building blocks of a business model.'),
  ),
  entry(
    'lean-canvas',
    leanCanvas,
    'violet',
    tr('Een businessmodel op één blad voor een nieuw idee.', 'A one-page business model for a new idea.'),
  ),
  entry(
    'feedback-grid',
    feedbackGrid,
    'green',
    tr('Goed, wensen, vragen en ideeën.', 'Likes, wishes, questions and ideas.'),
  ),
  entry(
    'action-plan',
    actionPlan(20),
    'yellow',
    tr('Acties voor nu, straks en later.', 'Actions for now, next and later.'),
  ),
  entry('retrospective', retrospective, 'blue', tr('Starten, stoppen, doorgaan.', 'Start, stop, continue.')),
  entry(
    'check-in-out',
    checkInOut,
    'cyan',
    tr('Binnenkomen en afsluiten, met naam.', 'Arriving and closing, by name.'),
  ),
  entry(
    'parking-lot',
    parkingLot,
    'gray',
    tr('Een plek voor wat nu niet past.', 'A place for what does not fit right now.'),
  ),
];
