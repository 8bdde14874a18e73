import { create } from 'zustand';

/** Whether the template picker is open; kept apart from the board store, which other panels share. */
export const useTemplatePicker = create<{ open: boolean }>(() => ({ open: false }));

export function setTemplatePickerOpen(open: boolean): void {
  useTemplatePicker.setState({ open });
}
