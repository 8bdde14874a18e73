import { describe, expect, it } from 'vitest';
import { sampleNetworkFile, TRICKY } from './export.test-helpers.js';
import { escapeMarkdown, reportMarkdown } from './report-md.js';
import { reportHtml } from './report-html.js';
import { reportModel } from './report-model.js';

describe('reportModel', () => {
  const [week1, week2] = reportModel(sampleNetworkFile());

  it('gives each session its agenda from the step frames, in step order', () => {
    expect(week1!.agenda).toEqual([{ title: 'Ideeën', minutes: 30 }]);
    expect(week2!.agenda).toEqual([
      { title: 'Check-in', minutes: 10 },
      { title: 'Actieplan', minutes: 20 },
    ]);
  });

  it('groups what came out by frame, loose notes last', () => {
    expect(week1!.outcomes.map((group) => [group.title, group.notes.length])).toEqual([
      ['Ideeën', 9],
      ['', 1],
    ]);
  });

  it('lists top-voted ideas of revealed votes only, with their dots', () => {
    expect(week1!.topVoted).toEqual([
      {
        vote: 'Beste idee',
        items: [
          { text: TRICKY.accents, dots: 4 },
          { text: TRICKY.emoji, dots: 4 },
          { text: TRICKY.quotes, dots: 1 },
        ],
      },
    ]);
    expect(week2!.topVoted).toEqual([]);
  });

  it('finds carried-forward items and the action plan by column', () => {
    expect(week2!.carried).toEqual([TRICKY.emoji]);
    expect(week2!.actionPlan).toEqual([
      { title: 'Nu', notes: ['Bellen met de school'] },
      { title: 'Later', notes: ['Evalueren in juni'] },
    ]);
  });
});

describe('escapeMarkdown', () => {
  it('leaves no markup active and keeps line breaks inside the item', () => {
    expect(escapeMarkdown('**b** [l](x) <i> # h')).toBe('\\*\\*b\\*\\* \\[l\\]\\(x\\) \\<i\\> \\# h');
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a\\\n  b\\\n  c');
    expect(escapeMarkdown('Één 💡')).toBe('Één 💡');
  });
});

describe('reportMarkdown', () => {
  const markdown = reportMarkdown(sampleNetworkFile());

  it('has every section per session, in the network language', () => {
    expect(markdown).toContain('# Leren \\& "delen" \\<netwerk\\>');
    expect(markdown).toContain('## Week 1: Kennismaking (2026-10-01)');
    expect(markdown).toContain('### Ideeën met de meeste stemmen');
    expect(markdown).toContain(`1. ${TRICKY.accents} — 4 stippen`);
    expect(markdown).toContain('### Meegenomen naar deze sessie\n\n- Idee 💡 met 👩🏽‍🏫');
    expect(markdown).toContain('#### Nu\n\n- Bellen met de school');
    expect(markdown.match(/^### Actieplan$/gm)).toHaveLength(2);
  });

  it('escapes user text', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('\\<script\\>');
    expect(markdown).toContain('- =HYPERLINK\\("http://evil\\.example"');
  });
});

describe('reportHtml', () => {
  const html = reportHtml(sampleNetworkFile());

  it('is a standalone page in the network language with every section', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<h2>Week 2: Plannen (2026-10-08)</h2>');
    expect(html).toContain('<li>Één café in Kortrijk, ça va — ë ï ü — 4 stippen</li>');
    expect(html).toContain('line one<br>line two<br>line three');
  });

  it('escapes every piece of user text', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; **bold**');
    expect(html).toContain('<title>Leren &amp; &quot;delen&quot; &lt;netwerk&gt;</title>');
    expect(html).toContain('She said &quot;yes&quot;, then &#39;no&#39;');
  });
});
