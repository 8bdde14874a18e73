import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/translate.js';
import { LIBRARY_TEMPLATES } from './library.js';
import {
  PROGRAMMES,
  PROGRAMME_IDS,
  THEME_PACK_IDS,
  programmeSessionTemplate,
  type ThemePackId,
} from './programmes.js';
import { templateBounds } from './resolve-template.js';
import { LOCALIZED_KEYS, type Template } from './template-schema.js';
import { parseTemplate } from './validate-template.js';

function allSessionTemplates(): Template[] {
  const templates: Template[] = [];
  for (const programme of PROGRAMME_IDS) {
    for (const pack of [undefined, ...THEME_PACK_IDS] as (ThemePackId | undefined)[]) {
      PROGRAMMES[programme].sessions(pack).forEach((_, i) => {
        const template = programmeSessionTemplate(programme, i, pack);
        if (template) templates.push(template);
      });
    }
  }
  return templates;
}

const BUILT_IN = [...LIBRARY_TEMPLATES, ...allSessionTemplates()];

/** Every text of a template: names, descriptions, item texts and step instructions. */
function texts(template: Template): unknown[] {
  return [
    template.name,
    template.description,
    ...template.items.flatMap((item) => [
      ...LOCALIZED_KEYS.map((key) => item[key]).filter((value) => value !== undefined),
      ...(item.step ? [item.step.instruction] : []),
    ]),
  ];
}

describe('built-in templates', () => {
  it('has at least twelve library templates with distinct ids', () => {
    expect(LIBRARY_TEMPLATES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(LIBRARY_TEMPLATES.map((t) => t.id)).size).toBe(LIBRARY_TEMPLATES.length);
  });

  it.each(BUILT_IN.map((template) => [template.id, template] as const))('%s validates', (_id, template) => {
    const result = parseTemplate(JSON.parse(JSON.stringify(template)));
    expect(result.ok ? 'valid' : result.error).toBe('valid');
  });

  it.each(BUILT_IN.map((template) => [template.id, template] as const))(
    '%s has every string in both languages',
    (_id, template) => {
      for (const text of texts(template)) {
        // Numbers and timeboxes ("15 min", "3") read the same in both languages; words never do.
        if (typeof text === 'string') {
          expect(text).toMatch(/^[\d\s.·min]*$/);
          continue;
        }
        for (const locale of LOCALES) expect((text as Record<string, string>)[locale]?.trim()).toBeTruthy();
      }
    },
  );

  it('lays library frames out without overlapping the frame edge', () => {
    for (const template of LIBRARY_TEMPLATES) {
      const frame = template.items[0]!;
      expect(frame.type).toBe('frame');
      const bounds = templateBounds(template);
      expect(bounds).toEqual({ x: 0, y: 0, w: frame.w, h: frame.h });
    }
  });
});

describe('programmes', () => {
  it.each(
    PROGRAMME_IDS.flatMap((programme) =>
      [undefined, ...THEME_PACK_IDS].map((pack) => [programme, pack ?? 'no theme pack'] as const),
    ),
  )("%s (%s): each session's timeboxes add up to its duration", (programme, pack) => {
    const themePack = THEME_PACK_IDS.find((id) => id === pack);
    for (const session of PROGRAMMES[programme].sessions(themePack)) {
      const total = session.steps.reduce((sum, step) => sum + step.minutes, 0);
      if (session.steps.length > 0) expect(total).toBe(session.durationMinutes);
    }
  });

  it('plans five two-hour weeks and three Learning Labs of two to three hours', () => {
    const weeks = PROGRAMMES['design-thinking-5'].sessions();
    expect(weeks.map((s) => s.durationMinutes)).toEqual([120, 120, 120, 120, 120]);
    const labs = PROGRAMMES['learning-lab-3'].sessions();
    expect(labs).toHaveLength(3);
    for (const lab of labs) {
      expect(lab.durationMinutes).toBeGreaterThanOrEqual(120);
      expect(lab.durationMinutes).toBeLessThanOrEqual(180);
    }
  });

  it('lays a session out as numbered step frames left to right, after the agenda', () => {
    const template = programmeSessionTemplate('design-thinking-5', 2)!;
    const frames = template.items.filter((item) => item.type === 'frame');
    expect(frames[0]!.step).toBeUndefined();
    const steps = frames.slice(1);
    expect(steps.map((frame) => frame.step?.order)).toEqual(steps.map((_, i) => i + 1));
    for (let i = 1; i < frames.length; i++) {
      expect(frames[i]!.x).toBeGreaterThan(frames[i - 1]!.x + (frames[i - 1]!.w as number));
      expect(frames[i]!.y).toBe(0);
    }
    expect(steps.reduce((sum, frame) => sum + (frame.step?.minutes ?? 0), 0)).toBe(120);
  });

  it('adds the theme pack’s frame to week 4 only', () => {
    const titles = (pack?: ThemePackId) =>
      PROGRAMMES['design-thinking-5'].sessions(pack).map((session) => session.steps.map((step) => step.id));
    const plain = titles();
    for (const pack of THEME_PACK_IDS) {
      const withPack = titles(pack);
      expect(withPack.filter((_, i) => i !== 3)).toEqual(plain.filter((_, i) => i !== 3));
      expect(withPack[3]!.length).toBe(plain[3]!.length + 1);
    }
    expect(titles('sustainable-financing')[3]).toContain('funding-mix');
    expect(titles('live-business-models')[3]).toContain('business-model-canvas');
    expect(titles('working-internationally')[3]).toContain('partner-map');
  });
});
