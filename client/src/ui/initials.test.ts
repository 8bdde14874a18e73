import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it('takes first and last initials, or the first two letters of a single name', () => {
    expect(initials('Fien Peeters')).toBe('FP');
    expect(initials('Jan van den Broeck')).toBe('JB');
    expect(initials('ana')).toBe('AN');
    expect(initials('  Ö ')).toBe('Ö');
    expect(initials('')).toBe('?');
  });
});
