/** The UI accent, also used on the canvas (selection frame); keep in step with `--accent` in CSS. */
export const ACCENT = '#2f5bd3';

/** Snap guides: magenta, as in most drawing tools, and distinct from every selection colour. */
export const GUIDE_COLOR = '#e0249a';
