// Keyboard shortcuts of the main window (issue 16 item 10): Alt+1…9 go to
// the side bar's first nine screens, Alt+N starts a new contribution in the
// quick-entry row, and / (outside a field) searches the notes.

import { t } from './i18n.svelte';

export type Shortcut = { kind: 'screen'; index: number } | { kind: 'new' } | { kind: 'search' };

/** What a key press asks for, or null; `inField`: typing in an input. */
export function shortcutFor(e: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; inField: boolean }): Shortcut | null {
  if (e.ctrlKey || e.metaKey) return null;
  if (e.altKey) {
    if (/^[1-9]$/.test(e.key)) return { kind: 'screen', index: Number(e.key) - 1 };
    if (e.key === 'n' || e.key === 'N') return { kind: 'new' };
    return null;
  }
  if (e.key === '/' && !e.inField) return { kind: 'search' };
  return null;
}

/** The shortcuts as the side bar lists them, in the app's language. */
export function shortcutsHelp(): string {
  return t('app-shortcuts-help');
}
