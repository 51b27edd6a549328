// What every screen shares: the open ledger, its catalog, and a change
// counter that screens watch to reload after a write elsewhere.

import { api } from '../api';
import type { CatalogDto, LedgerInfo } from '../api';

export type Screen =
  | 'contributions'
  | 'members'
  | 'projects'
  | 'kinds'
  | 'equations'
  | 'resources'
  | 'give'
  | 'tokens'
  | 'revenues'
  | 'payouts'
  | 'balances'
  | 'import'
  | 'export'
  | 'sync'
  | 'ledger'
  | 'account';

export const app = $state({
  ledger: null as LedgerInfo | null,
  catalog: { accounts: [], projects: [], kinds: [] } as CatalogDto,
  screen: 'contributions' as Screen,
  /** Bumped after every write, so lists reload. */
  changes: 0,
  /** Set to show the first-run screen while a ledger is open (switching ledgers). */
  switching: false,
  /** A payout to fill in, from the balances screen. */
  payoutDraft: null as { account: string; amount: string } | null,
  /** The invitation this laptop just started from (to be deleted now), and the ledger it made. */
  joined: null as { invitation: string; ledger: string } | null,
  /** A revenue to show, from a conflict on the sync screen. */
  revenueFocus: null as string | null,
});

/** Reloads the catalog and tells the screens something changed. */
export async function changed(): Promise<void> {
  app.catalog = await api.catalog();
  app.changes += 1;
}

/** Makes `ledger` the open one and loads its catalog. */
export async function opened(ledger: LedgerInfo): Promise<void> {
  app.ledger = ledger;
  app.switching = false;
  await changed();
}

/** Remembered values belong to one ledger file: another ledger has other members. */
function storageKey(key: string): string {
  return `openvalue:${app.ledger?.path ?? ''}:${key}`;
}

/** Reads a remembered value (the last member, project …). */
export function remembered(key: string, fallback = ''): string {
  try {
    return localStorage.getItem(storageKey(key)) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Remembers a value for next time. */
export function remember(key: string, value: string): void {
  try {
    localStorage.setItem(storageKey(key), value);
  } catch {
    // Storage can be unavailable; remembering is a convenience only.
  }
}

import { formatMinorText, formatMoney } from './money';

/** An amount that crossed as integer text of minor units, for reading. */
export function moneyText(minor: string): string {
  return app.ledger === null ? minor : formatMinorText(minor, app.ledger.currency);
}

/** An amount of the open ledger's currency, for reading. */
export function money(minor: number): string {
  return app.ledger === null ? String(minor) : formatMoney(minor, app.ledger.currency);
}
