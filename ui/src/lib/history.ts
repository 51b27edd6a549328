// A contribution's history in words (issue 12): what happened, who did it
// and on which laptop. Pure, so it is tested without a window; in the
// app's language, or the one asked for.

import type { HistoryEventDto } from '../api';
import { i18n, translate, type Lang } from './i18n.svelte';
import { formatDate, formatNumberText } from './money';

/** One event as the history list shows it. */
export type HistoryLine = {
  /** `logged`, `approved`, `rejected`, `corrected` or `voided`. */
  type: HistoryEventDto['change']['type'];
  /** What happened, in a few words ("Rejected by ben"). */
  what: string;
  /** More: the values logged, the reason, what changed. */
  detail: string;
  /** Who wrote the entry and where ("by ana, on bar laptop"). */
  who: string;
};

/** The fields a correction can change, by the core's name for them. */
const FIELDS: Record<string, string> = {
  quantity: 'app-history-field-quantity',
  date: 'app-history-field-date',
  kind: 'app-history-field-kind',
  note: 'app-history-field-note',
};

/**
 * Describes one event; `latest` is the contribution's current revision,
 * `unitOf` a kind's unit as the list shows it (`h`, `EUR`, `words`; '' if
 * unknown), so a quantity reads "3 h of work", "830 words of translation".
 */
export function describe(
  e: HistoryEventDto,
  latest: number,
  unitOf: (kind: string) => string = () => '',
  lang: Lang = i18n.lang,
): HistoryLine {
  const tr = (key: string, args?: Record<string, string | number>) => translate(lang, key, args);
  const who = e.author !== null ? tr('app-history-by', { author: e.author, device: e.deviceName }) : tr('app-history-on', { device: e.deviceName });
  const revisionText = (r: number) => (r === 0 ? tr('app-history-first') : tr('app-history-after-correction', { revision: r }));
  const c = e.change;
  switch (c.type) {
    case 'logged': {
      const unit = unitOf(c.kind);
      const quantity = formatNumberText(c.quantity, 0, lang, false);
      const amount =
        unit === ''
          ? tr('app-history-quantity-of', { quantity, kind: c.kind })
          : unit === c.kind
            ? tr('app-history-quantity-unit', { quantity, unit })
            : tr('app-history-quantity-unit-of', { quantity, unit, kind: c.kind });
      const args = { amount, project: c.project, date: formatDate(c.date, lang), note: c.note };
      return {
        type: c.type,
        what: tr('app-history-logged', { member: c.member }),
        detail: tr(c.note ? 'app-history-logged-detail-note' : 'app-history-logged-detail', args),
        who,
      };
    }
    case 'approved':
      return {
        type: c.type,
        what: tr('app-history-approved', { by: c.by }),
        detail: c.revision < latest ? tr('app-history-approved-stale', { revision: revisionText(c.revision) }) : revisionText(c.revision),
        who,
      };
    case 'rejected':
      return {
        type: c.type,
        what: tr('app-history-rejected', { by: c.by }),
        detail:
          c.revision < latest
            ? tr('app-history-reason-stale', { reason: c.reason, revision: revisionText(c.revision) })
            : tr('app-history-reason', { reason: c.reason }),
        who,
      };
    case 'corrected': {
      const empty = tr('app-history-empty');
      const name = (field: string) => (FIELDS[field] === undefined ? field : tr(FIELDS[field]));
      return {
        type: c.type,
        what: tr('app-history-corrected', { revision: c.revision }),
        detail:
          c.changes.length === 0
            ? tr('app-history-no-change')
            : c.changes
                .map((f) => tr('app-history-change', { field: name(f.field), from: f.from === '' ? empty : f.from, to: f.to === '' ? empty : f.to }))
                .join('; '),
        who,
      };
    }
    case 'voided':
      return { type: c.type, what: tr('app-history-voided'), detail: tr('app-history-voided-detail'), who };
  }
}
