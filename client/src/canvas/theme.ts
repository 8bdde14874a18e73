/** The UI accent, also used on the canvas (selection frame); keep in step with `--accent` in CSS. */
export const ACCENT = '#2f5bd3';
