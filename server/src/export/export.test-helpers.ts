import {
  EXPORT_FORMAT_VERSION,
  NETWORK_FILE_KIND,
  createBoardDoc,
  createItems,
  createLocalOrigin,
  getContainer,
  readBoardContent,
  type NetworkFile,
  type NewItem,
  type VoteRecord,
} from '@werkplaats/shared';

/** Text that breaks naive CSV, Markdown, HTML and spreadsheets at once. */
export const TRICKY = {
  quotes: 'She said "yes", then \'no\'',
  newlines: 'line one\nline two\r\nline three',
  emoji: 'Idee 💡 met 👩🏽‍🏫',
  accents: 'Één café in Kortrijk, ça va — ë ï ü',
  formula: '=HYPERLINK("http://evil.example","click")',
  plus: '+32 470 12 34 56',
  minus: '-1+1',
  at: '@SUM(A1:A9)',
  markup: '<script>alert("x")</script> & **bold** [link](http://x) # not a heading',
} as const;

const author = { userId: 'p1', name: 'Griet Van Damme' };

/** A session board built through the real document ops, then read the way an export reads it. */
export function sessionBoard(title: string, inputs: NewItem[], votes: VoteRecord[] = []) {
  const doc = createBoardDoc();
  createItems(doc, inputs, author, createLocalOrigin(author.userId));
  const container = getContainer(doc, 'votes');
  for (const vote of votes) container.set(vote.id, vote);
  const content = readBoardContent(doc, title);
  doc.destroy();
  return content;
}

/** A two-session network: frames with steps, tricky notes, an anonymous one, a revealed vote, an action plan. */
export function sampleNetworkFile(): NetworkFile {
  const week1 = sessionBoard(
    'Week 1',
    [
      {
        type: 'frame',
        id: 'f-ideas',
        x: 0,
        y: 0,
        w: 1000,
        h: 800,
        title: 'Ideeën',
        fill: 'white',
        step: { order: 1, minutes: 30, instruction: 'Schrijf', modes: { vote: true } },
      },
      { type: 'sticky', id: 'n-quotes', x: 20, y: 20, color: 'yellow', text: TRICKY.quotes },
      { type: 'sticky', id: 'n-newlines', x: 240, y: 20, color: 'pink', text: TRICKY.newlines },
      { type: 'sticky', id: 'n-emoji', x: 460, y: 20, color: 'green', text: TRICKY.emoji },
      { type: 'sticky', id: 'n-accents', x: 20, y: 240, color: 'blue', text: TRICKY.accents },
      { type: 'sticky', id: 'n-formula', x: 240, y: 240, color: 'yellow', text: TRICKY.formula },
      { type: 'sticky', id: 'n-plus', x: 460, y: 240, color: 'yellow', text: TRICKY.plus, anonymous: true },
      { type: 'sticky', id: 'n-minus', x: 20, y: 460, color: 'yellow', text: TRICKY.minus },
      { type: 'sticky', id: 'n-at', x: 240, y: 460, color: 'yellow', text: TRICKY.at },
      { type: 'sticky', id: 'n-markup', x: 460, y: 460, color: 'yellow', text: TRICKY.markup },
      { type: 'sticky', id: 'n-loose', x: 3000, y: 3000, color: 'orange', text: 'Los briefje' },
    ],
    [
      {
        id: 'vote-1',
        title: 'Beste idee',
        frameId: 'f-ideas',
        budget: 3,
        maxPerItem: 2,
        startedAt: 1_000,
        closedAt: 2_000,
        revealedAt: 3_000,
        totals: { 'n-emoji': 4, 'n-accents': 4, 'n-quotes': 1, 'n-formula': 0 },
        voters: 3,
      },
      { id: 'vote-open', title: 'Nog bezig', budget: 3, maxPerItem: 1, startedAt: 4_000 },
    ],
  );
  const week2 = sessionBoard('Week 2', [
    {
      type: 'frame',
      id: 'f-plan',
      x: 0,
      y: 0,
      w: 1400,
      h: 600,
      title: 'Actieplan',
      fill: 'white',
      step: { order: 2, minutes: 20, instruction: 'Plan', modes: {} },
    },
    { type: 'frame', id: 'f-now', x: 20, y: 40, w: 400, h: 500, title: 'Nu', fill: 'green' },
    { type: 'frame', id: 'f-later', x: 460, y: 40, w: 400, h: 500, title: 'Later', fill: 'blue' },
    { type: 'sticky', id: 'a-now', x: 40, y: 60, color: 'yellow', text: 'Bellen met de school' },
    { type: 'sticky', id: 'a-later', x: 480, y: 60, color: 'yellow', text: 'Evalueren in juni' },
    {
      type: 'frame',
      id: 'f-check',
      x: 0,
      y: -800,
      w: 600,
      h: 400,
      title: 'Check-in',
      fill: 'white',
      step: { order: 1, minutes: 10, instruction: 'Hoe gaat het?', modes: {} },
    },
    {
      type: 'sticky',
      id: 'carried',
      x: 20,
      y: -780,
      color: 'pink',
      text: TRICKY.emoji,
      origin: { boardId: 'b-week1', itemId: 'n-emoji' },
    },
  ]);
  return {
    kind: NETWORK_FILE_KIND,
    version: EXPORT_FORMAT_VERSION,
    exportedAt: '2026-12-05T12:00:00.000Z',
    network: {
      title: 'Leren & "delen" <netwerk>',
      theme: 'Welzijn op school',
      description: '',
      language: 'nl',
      timeZone: 'Europe/Brussels',
      capacity: 18,
      startDate: '2026-10-01',
      organiser: 'Fien Peeters',
    },
    sessions: [
      {
        position: 1,
        title: 'Kennismaking',
        date: '2026-10-01',
        time: '10:00',
        durationMinutes: 120,
        board: week1,
      },
      {
        position: 2,
        title: 'Plannen',
        date: '2026-10-08',
        time: '10:00',
        durationMinutes: 120,
        board: week2,
      },
    ],
    templates: [],
  };
}
