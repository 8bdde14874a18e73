import { describe, expect, it } from 'vitest';
import { ROLES, canEditBoard, isRole } from './roles.js';

describe('isRole', () => {
  it('accepts every known role', () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
  });

  it.each(['admin', 'Facilitator', '', ' observer', undefined, null, 1, {}])('rejects %j', (value) => {
    expect(isRole(value)).toBe(false);
  });
});

describe('canEditBoard', () => {
  it('lets everyone but observers change the board', () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, canEditBoard(role)]))).toEqual({
      facilitator: true,
      participant: true,
      expert: true,
      observer: false,
    });
  });
});

describe('canEditBoard for experts invited to comment only', () => {
  it('treats comment-only as read-only until comments exist', () => {
    expect(canEditBoard('expert', true)).toBe(false);
    expect(canEditBoard('expert', false)).toBe(true);
  });
});
