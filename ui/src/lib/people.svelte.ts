// Who is signed in and what they may do, as the core answers it
// (`Ledger::permissions`, through the `permissions` command). Screens ask
// `can(action)` and show `why(action)` next to what they disable.

import { api } from '../api';
import type { EventStateDto, PermissionsDto } from '../api';

export const people = $state({
  perms: null as PermissionsDto | null,
  event: null as EventStateDto | null,
});

/** Reloads who is signed in and what they may do, and event mode. */
export async function loadPeople(): Promise<void> {
  const [perms, event] = await Promise.all([api.permissions(), api.eventState()]);
  people.perms = perms;
  people.event = event;
}

/** With sign-in on and nobody signed in, the sign-in screen shows. */
export function needsSignIn(): boolean {
  return people.perms !== null && people.perms.signIn && people.perms.member === null;
}

/** Whether the signed-in member may do `action` (everything with sign-in off). */
export function can(action: string): boolean {
  const p = people.perms;
  if (p === null || !p.signIn) return true;
  return p.actions.some((a) => a.action === action && a.allowed);
}

/** Why not, in the core's words; null when allowed. */
export function why(action: string): string | null {
  const p = people.perms;
  if (p === null || !p.signIn) return null;
  const a = p.actions.find((x) => x.action === action);
  if (a === undefined) return `${action}: unknown action`;
  return a.allowed ? null : a.reason;
}

/** The signed-in member's handle, or null. */
export function me(): string | null {
  return people.perms?.member ?? null;
}
