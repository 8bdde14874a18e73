import type { FillColor } from '../schema/colors.js';
import type { LocalizedText, TemplateItem } from './template-schema.js';
import { badge, label, pill, tr, type AreaSpec, type Box, type StepSpec } from './layout.js';

/** An area on the step's grid. */
export function area(
  col: number,
  row: number,
  text: LocalizedText,
  options: { hint?: LocalizedText; fill?: FillColor; colSpan?: number; rowSpan?: number } = {},
): AreaSpec {
  return { col, row, label: text, ...options };
}

export function checkIn(minutes: number, question: LocalizedText): StepSpec {
  return {
    id: 'check-in',
    title: tr('Check-in', 'Check-in'),
    minutes,
    instruction: tr(
      'Zet je naam op een sticky en beantwoord de vraag in één zin. Kies de kleur die past bij je energie van vandaag. We lezen ze daarna samen.',
      'Put your name on a sticky note and answer the question in one sentence. Pick the colour that matches your energy today. Then we read them together.',
    ),
    modes: { timer: true },
    grid: { cols: 3, rows: 1 },
    areas: [
      area(0, 0, question, { colSpan: 2, fill: 'blue' }),
      area(2, 0, tr('Mijn energie vandaag', 'My energy today'), {
        hint: tr('Groen: vol · Geel: oké · Roze: moe', 'Green: full · Yellow: fine · Pink: tired'),
        fill: 'green',
      }),
    ],
  };
}

export function checkOut(minutes: number): StepSpec {
  return {
    id: 'check-out',
    title: tr('Check-out', 'Check-out'),
    minutes,
    instruction: tr(
      'Schrijf op wat je meeneemt uit deze sessie en welke vraag je nog hebt. Eén gedachte per sticky.',
      'Write down what you take away from this session and which question you still have. One thought per sticky note.',
    ),
    modes: { timer: true },
    grid: { cols: 2, rows: 1 },
    areas: [
      area(0, 0, tr('Wat ik meeneem', 'What I take away'), { fill: 'green' }),
      area(1, 0, tr('Wat ik nog wil weten', 'What I still want to know'), { fill: 'violet' }),
    ],
  };
}

/** Provinces and regions as a tile map, placed roughly where they lie, for "where do you work?". */
const REGIONS: { text: LocalizedText; col: number; row: number; fill: FillColor }[] = [
  { text: tr('Antwerpen', 'Antwerp'), col: 2, row: 0, fill: 'white' },
  { text: tr('Limburg', 'Limburg'), col: 3, row: 0, fill: 'white' },
  { text: tr('West-Vlaanderen', 'West Flanders'), col: 0, row: 1, fill: 'white' },
  { text: tr('Oost-Vlaanderen', 'East Flanders'), col: 1, row: 1, fill: 'white' },
  { text: tr('Brussel', 'Brussels'), col: 2, row: 1, fill: 'yellow' },
  { text: tr('Vlaams-Brabant', 'Flemish Brabant'), col: 3, row: 1, fill: 'white' },
  { text: tr('Wallonië', 'Wallonia'), col: 2, row: 2, fill: 'white' },
  { text: tr('Buitenland', 'Abroad'), col: 0, row: 2, fill: 'cyan' },
];

function regionTiles(region: Box): TemplateItem[] {
  const map = { x: region.x + 24, y: region.y + 110, w: region.w * (2 / 3) - 40, h: region.h - 140 };
  const tw = (map.w - 3 * 12) / 4;
  const th = (map.h - 2 * 12) / 3;
  return REGIONS.flatMap((tile) =>
    pill(
      {
        x: Math.round(map.x + tile.col * (tw + 12)),
        y: Math.round(map.y + tile.row * (th + 12)),
        w: Math.round(tw),
        h: Math.round(th),
      },
      tile.fill,
      tile.text,
      { fontSize: 16, bold: true },
    ),
  );
}

export const whoIsHere: StepSpec = {
  id: 'who-is-here',
  title: tr('Wie is er?', 'Who is here?'),
  minutes: 15,
  instruction: tr(
    'Zet een sticky met je naam op de plek waar je werkt. Vul rechts aan: je organisatie, je rol en één ding dat anderen nog niet over je weten.',
    'Put a sticky note with your name where you work. On the right, add your organisation, your role and one thing others do not know about you yet.',
  ),
  modes: { timer: true },
  grid: { cols: 3, rows: 1 },
  areas: [
    area(0, 0, tr('Waar werk ik?', 'Where do I work?'), {
      hint: tr('Sleep je sticky naar je regio', 'Drag your sticky note to your region'),
      colSpan: 2,
      fill: 'blue',
    }),
    area(2, 0, tr('Organisatie, rol en een verrassing', 'Organisation, role and a surprise'), {
      fill: 'gray',
    }),
  ],
  extras: regionTiles,
};

export const expectations: StepSpec = {
  id: 'expectations',
  title: tr('Verwachtingen', 'Expectations'),
  minutes: 15,
  instruction: tr(
    'Schrijf eerst alleen (de notes blijven verborgen tot iedereen klaar is), dan lezen we ze samen. Wat hoop je te leren, wat breng je mee, en wat houdt je tegen?',
    'Write on your own first (notes stay hidden until everyone is done), then we read them together. What do you hope to learn, what do you bring, and what holds you back?',
  ),
  modes: { timer: true, private: true },
  grid: { cols: 3, rows: 1 },
  areas: [
    area(0, 0, tr('Wat ik hoop te leren', 'What I hope to learn'), { fill: 'green' }),
    area(1, 0, tr('Wat ik meebreng', 'What I bring'), { fill: 'blue' }),
    area(2, 0, tr('Waar ik over twijfel', 'What I am unsure about'), { fill: 'pink' }),
  ],
};

export const themeInPractice: StepSpec = {
  id: 'theme-in-practice',
  title: tr('Het thema in jouw praktijk', 'The theme in your practice'),
  minutes: 30,
  instruction: tr(
    'Wat betekent het thema concreet in je werk? Deel een situatie van de voorbije maanden. Eén situatie per sticky; bespreek ze daarna in duo’s.',
    'What does the theme mean in your daily work? Share a situation from the past months. One situation per sticky note; then discuss them in pairs.',
  ),
  modes: { timer: true },
  grid: { cols: 3, rows: 1 },
  areas: [
    area(0, 0, tr('Waar ik tegenaan loop', 'Where I get stuck'), { fill: 'red' }),
    area(1, 0, tr('Wat al werkt', 'What already works'), { fill: 'green' }),
    area(2, 0, tr('Vragen die ik meebreng', 'Questions I bring'), { fill: 'violet' }),
  ],
};

function persona(region: Box): TemplateItem[] {
  const size = 220;
  const quadrantsH = ((region.h - 24 * 2) / 3) * 2 + 24;
  return [
    badge(
      {
        x: Math.round(region.x + region.w / 2 - size / 2),
        y: Math.round(region.y + quadrantsH / 2 - size / 2),
        w: size,
        h: size,
      },
      'white',
      tr('Wie?\nZet hier de persoon', 'Who?\nPut the person here'),
      'ellipse',
    ),
  ];
}

export const empathyMap: StepSpec = {
  id: 'empathy-map',
  title: tr('Empathiekaart', 'Empathy map'),
  minutes: 40,
  instruction: tr(
    'Kies één persoon die het thema raakt: een publiekslid, een collega, een partner. Wat zegt, denkt, doet en voelt die persoon? Waar heeft die last van en wat wint die erbij?',
    'Pick one person the theme affects: an audience member, a colleague, a partner. What do they say, think, do and feel? What pains them and what do they gain?',
  ),
  modes: { timer: true },
  grid: { cols: 2, rows: 3 },
  areas: [
    area(0, 0, tr('Zegt', 'Says'), { fill: 'blue' }),
    area(1, 0, tr('Denkt', 'Thinks'), { fill: 'violet' }),
    area(0, 1, tr('Doet', 'Does'), { fill: 'green' }),
    area(1, 1, tr('Voelt', 'Feels'), { fill: 'pink' }),
    area(0, 2, tr('Pijnpunten', 'Pains'), { fill: 'red' }),
    area(1, 2, tr('Winst', 'Gains'), { fill: 'cyan' }),
  ],
  extras: persona,
};

/** Nested rings around "us": who is closest to the work, and who further out. */
export function rings(centre: LocalizedText) {
  return (region: Box): TemplateItem[] => {
    const top = region.y + 100;
    const h = region.h - 120;
    const cx = region.x + region.w / 2;
    const cy = top + h / 2;
    const ring = (fraction: number, fill: FillColor, text: LocalizedText = ''): TemplateItem => {
      const w = Math.round((region.w - 48) * fraction);
      const rh = Math.round(h * fraction);
      return badge(
        { x: Math.round(cx - w / 2), y: Math.round(cy - rh / 2), w, h: rh },
        fill,
        text,
        'ellipse',
      );
    };
    return [
      ring(1, 'white'),
      ring(0.66, 'blue'),
      ring(0.3, 'yellow', centre),
      label(tr('Ver weg', 'Far out'), { x: region.x + 40, y: top + 20, w: 200 }, { color: 'gray' }),
    ];
  };
}

export const stakeholderMap: StepSpec = {
  id: 'stakeholder-map',
  title: tr('Stakeholderkaart', 'Stakeholder map'),
  minutes: 25,
  instruction: tr(
    'Wie heeft invloed op je vraag of wordt erdoor geraakt? Zet de belangrijkste stakeholders in het midden, wie verder af staat naar buiten. Trek lijnen tussen wie elkaar kent.',
    'Who influences your question or is affected by it? Put the key stakeholders in the middle and those further away towards the edge. Draw lines between those who know each other.',
  ),
  modes: { timer: true },
  grid: { cols: 1, rows: 1 },
  areas: [area(0, 0, tr('Van dichtbij naar ver weg', 'From close to far'), { fill: 'gray' })],
  extras: rings(tr('Wij', 'Us')),
};
