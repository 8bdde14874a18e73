import type { LocalizedText } from './template-schema.js';
import { tr, type StepSpec } from './layout.js';
import { area, rings } from './steps-explore.js';

const WIDE = { w: 2400, h: 1200 };

export function businessModelCanvas(minutes: number, instruction?: LocalizedText): StepSpec {
  return {
    id: 'business-model-canvas',
    title: tr('Business model canvas', 'Business model canvas'),
    minutes,
    instruction:
      instruction ??
      tr(
        'Beschrijf hoe je organisatie of project waarde maakt, levert en vasthoudt. Begin bij de klantsegmenten en de waardepropositie, werk dan naar links.',
        'Describe how your organisation or project creates, delivers and captures value. Start with the customer segments and the value proposition, then work to the left.',
      ),
    modes: { timer: true },
    size: WIDE,
    grid: { cols: 10, rows: 3 },
    areas: [
      area(0, 0, tr('Partners', 'Key partners'), { colSpan: 2, rowSpan: 2, fill: 'blue' }),
      area(2, 0, tr('Activiteiten', 'Key activities'), { colSpan: 2, fill: 'blue' }),
      area(2, 1, tr('Middelen', 'Key resources'), { colSpan: 2, fill: 'blue' }),
      area(4, 0, tr('Waardepropositie', 'Value propositions'), { colSpan: 2, rowSpan: 2, fill: 'yellow' }),
      area(6, 0, tr('Klantrelaties', 'Customer relationships'), { colSpan: 2, fill: 'green' }),
      area(6, 1, tr('Kanalen', 'Channels'), { colSpan: 2, fill: 'green' }),
      area(8, 0, tr('Klantsegmenten', 'Customer segments'), { colSpan: 2, rowSpan: 2, fill: 'green' }),
      area(0, 2, tr('Kosten', 'Cost structure'), { colSpan: 5, fill: 'red' }),
      area(5, 2, tr('Inkomsten', 'Revenue streams'), { colSpan: 5, fill: 'cyan' }),
    ],
  };
}

export const leanCanvas: StepSpec = {
  id: 'lean-canvas',
  title: tr('Lean canvas', 'Lean canvas'),
  minutes: 30,
  instruction: tr(
    'Een snelle versie van het business model voor een nieuw idee: welk probleem, voor wie, welke oplossing, en hoe weet je dat het werkt?',
    'A quick business model for a new idea: which problem, for whom, which solution, and how do you know it works?',
  ),
  modes: { timer: true },
  size: WIDE,
  grid: { cols: 10, rows: 3 },
  areas: [
    area(0, 0, tr('Probleem', 'Problem'), { colSpan: 2, rowSpan: 2, fill: 'red' }),
    area(2, 0, tr('Oplossing', 'Solution'), { colSpan: 2, fill: 'yellow' }),
    area(2, 1, tr('Kerncijfers', 'Key metrics'), { colSpan: 2, fill: 'violet' }),
    area(4, 0, tr('Unieke waarde', 'Unique value proposition'), { colSpan: 2, rowSpan: 2, fill: 'yellow' }),
    area(6, 0, tr('Oneerlijk voordeel', 'Unfair advantage'), { colSpan: 2, fill: 'violet' }),
    area(6, 1, tr('Kanalen', 'Channels'), { colSpan: 2, fill: 'green' }),
    area(8, 0, tr('Klantsegmenten', 'Customer segments'), { colSpan: 2, rowSpan: 2, fill: 'green' }),
    area(0, 2, tr('Kosten', 'Cost structure'), { colSpan: 5, fill: 'red' }),
    area(5, 2, tr('Inkomsten', 'Revenue streams'), { colSpan: 5, fill: 'cyan' }),
  ],
};

export const fundingMix: StepSpec = {
  id: 'funding-mix',
  title: tr('Financieringsmix en cashflow', 'Funding mix and cash flow'),
  minutes: 25,
  instruction: tr(
    'Boven: uit welke bronnen komt je geld vandaag, en welke wil je erbij? Onder: wanneer komt het geld binnen en wanneer gaat het buiten? Markeer de maanden waarin het krap wordt.',
    'Top: where does your money come from today, and which sources do you want to add? Bottom: when does money come in and when does it go out? Mark the months when it gets tight.',
  ),
  modes: { timer: true },
  size: WIDE,
  grid: { cols: 4, rows: 2 },
  areas: [
    area(0, 0, tr('Subsidies', 'Grants'), {
      hint: tr('Structureel en projectmatig', 'Structural and project'),
      fill: 'blue',
    }),
    area(1, 0, tr('Eigen inkomsten', 'Earned income'), {
      hint: tr('Tickets, verkoop, verhuur', 'Tickets, sales, rentals'),
      fill: 'green',
    }),
    area(2, 0, tr('Private middelen', 'Private funding'), {
      hint: tr('Sponsoring, giften, crowdfunding', 'Sponsorship, donations, crowdfunding'),
      fill: 'yellow',
    }),
    area(3, 0, tr('Andere bronnen', 'Other sources'), {
      hint: tr('Leningen, partnerschappen', 'Loans, partnerships'),
      fill: 'violet',
    }),
    area(0, 1, tr('Geld binnen, per kwartaal', 'Money in, by quarter'), { colSpan: 2, fill: 'cyan' }),
    area(2, 1, tr('Geld buiten, per kwartaal', 'Money out, by quarter'), { fill: 'orange' }),
    area(3, 1, tr('Knelpunten en buffer', 'Pinch points and buffer'), { fill: 'red' }),
  ],
};

export const partnerMap: StepSpec = {
  id: 'partner-map',
  title: tr('Partner- en stakeholderkaart', 'Partner and stakeholder map'),
  minutes: 25,
  instruction: tr(
    'Met wie werk je internationaal samen, en met wie zou je willen? Zet partners, netwerken, financiers en publiek op de kaart: dichtbij wie er al is, verder weg wie je nog moet bereiken.',
    'Who do you work with internationally, and who would you like to? Put partners, networks, funders and audiences on the map: close in who is already there, further out who you still need to reach.',
  ),
  modes: { timer: true },
  size: WIDE,
  grid: { cols: 3, rows: 2 },
  areas: [
    area(0, 0, tr('Partners en netwerken', 'Partners and networks'), {
      colSpan: 2,
      rowSpan: 2,
      fill: 'gray',
    }),
    area(2, 0, tr('Financiers', 'Funders'), {
      hint: tr('Creative Europe, fondsen, ambassades', 'Creative Europe, foundations, embassies'),
      fill: 'yellow',
    }),
    area(2, 1, tr('Publiek en gemeenschappen', 'Audiences and communities'), { fill: 'green' }),
  ],
  extras: (region) => rings(tr('Wij', 'Us'))({ ...region, w: (region.w - 24) * (2 / 3) }),
};
