// A contribution's history in words (issue 12): what happened, who did it
// and on which laptop. Pure, so it is tested without a window.

import type { HistoryEventDto } from '../api';

/** One event as the history list shows it. */
export type HistoryLine = {
  /** `logged`, `approved`, `rejected`, `corrected` or `voided`. */
  type: HistoryEventDto['change']['type'];
  /** What happened, in a few words ("Rejected by ben"). */
  what: string;
  /** More: the values logged, the reason, what changed. */
  detail: string;
  /** Who wrote the entry and where ("signed in as ana, on bar laptop"). */
  who: string;
};

/** `3 h of work`; `830 words` when the kind is named by its unit. */
function quantityOf(quantity: string, kind: string, unit: string): string {
  if (unit === '') return `${quantity} of ${kind}`;
  return unit === kind ? `${quantity} ${unit}` : `${quantity} ${unit} of ${kind}`;
}

const revisionText = (r: number) => (r === 0 ? 'as first logged' : `after correction ${r}`);

/**
 * Describes one event; `latest` is the contribution's current revision,
 * `unitOf` a kind's unit as the list shows it (`h`, `EUR`, `words`; '' if
 * unknown), so a quantity reads "3 h of work", "830 words of translation".
 */
export function describe(e: HistoryEventDto, latest: number, unitOf: (kind: string) => string = () => ''): HistoryLine {
  const who = e.author !== null ? `by ${e.author}, on ${e.deviceName}` : `on ${e.deviceName}`;
  const c = e.change;
  switch (c.type) {
    case 'logged':
      return {
        type: c.type,
        what: `Logged for ${c.member}`,
        detail: `${quantityOf(c.quantity, c.kind, unitOf(c.kind))} on ${c.project}, dated ${c.date}${c.note ? ` — “${c.note}”` : ''}`,
        who,
      };
    case 'approved':
      return {
        type: c.type,
        what: `Approved by ${c.by}`,
        detail: c.revision < latest ? `${revisionText(c.revision)}; a later correction needs new approvals` : revisionText(c.revision),
        who,
      };
    case 'rejected':
      return {
        type: c.type,
        what: `Rejected by ${c.by}`,
        detail: `Reason: ${c.reason}${c.revision < latest ? ` (${revisionText(c.revision)}; corrected since)` : ''}`,
        who,
      };
    case 'corrected':
      return {
        type: c.type,
        what: `Corrected (correction ${c.revision})`,
        detail:
          c.changes.length === 0
            ? 'no field changed'
            : c.changes.map((f) => `${f.field} ${f.from === '' ? '(empty)' : f.from} → ${f.to === '' ? '(empty)' : f.to}`).join('; '),
        who,
      };
    case 'voided':
      return { type: c.type, what: 'Voided', detail: 'it no longer counts', who };
  }
}
