import { describe, expect, it } from 'vitest';
import { coveredInsets } from './covered-insets';

const canvas = { left: 0, top: 0, right: 1400, bottom: 900 };
const runSheet = { left: 1008, top: 72, right: 1388, bottom: 832 };
const outline = { left: 72, top: 72, right: 432, bottom: 832 };

describe('coveredInsets', () => {
  it('takes a tall panel as covering its side, and a bar as covering the top or bottom', () => {
    const sessionBar = { left: 540, top: 72, right: 860, bottom: 190 };
    const voteResults = { left: 84, top: 600, right: 444, bottom: 832 };
    expect(coveredInsets(canvas, [runSheet, outline, sessionBar, voteResults])).toEqual({
      top: 190,
      right: 392,
      bottom: 300,
      left: 432,
    });
  });

  it('keeps the widest reach per edge and ignores what lies outside the canvas', () => {
    const commentsBesideIt = { left: 648, top: 72, right: 988, bottom: 832 };
    const offscreen = { left: 1500, top: 0, right: 1600, bottom: 900 };
    expect(coveredInsets(canvas, [runSheet, commentsBesideIt, offscreen])).toEqual({
      top: 0,
      right: 752,
      bottom: 0,
      left: 0,
    });
  });

  it('fits beside both panels of a narrow window only while enough is left, else ignores them', () => {
    const narrow = { left: 0, top: 0, right: 1100, bottom: 800 };
    const narrowRunSheet = { left: 708, top: 72, right: 1088, bottom: 732 };
    const narrowComments = { left: 356, top: 72, right: 696, bottom: 732 };
    // 356 px of 1,100 left free: less than 40 %, so the panels do not shrink the frame to nothing.
    expect(coveredInsets(narrow, [narrowRunSheet, narrowComments])).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    });
    expect(coveredInsets(narrow, [narrowRunSheet])).toEqual({ top: 0, right: 392, bottom: 0, left: 0 });
  });

  it('keeps the free stretch between a left and a right panel', () => {
    expect(coveredInsets(canvas, [outline, runSheet])).toEqual({ top: 0, right: 392, bottom: 0, left: 432 });
  });
});
