// Numbers as a person types them in their language (SPEC §16: "inputs
// accept the locale's decimal comma"), turned into the canonical decimal
// text the core reads (SPEC §3: `1234.50`; digits, an optional `.` and
// fraction, no sign, no grouping).
//
// Purely string handling: the text never passes through a JS number, so an
// amount of any size stays exact. Nothing is guessed: a separator that the
// language does not use where it stands (`12.5` in Spanish, `12,5` in
// English, `1.5` grouped wrongly) is refused with a message saying how to
// write it, never read one way or the other.

import { i18n, translate, type Lang } from './i18n.svelte';
import { checkDate, checkHandle, checkRequired } from './validate';

// What CLDR says for our languages, for a platform that lacks their data.
const KNOWN: Record<Lang, { decimal: string; group: string }> = {
  en: { decimal: '.', group: ',' },
  es: { decimal: ',', group: '.' },
  ca: { decimal: ',', group: '.' },
  fr: { decimal: ',', group: '\u202f' },
};

const symbolCache = new Map<Lang, { decimal: string; group: string }>();

/** The decimal and grouping symbols of a language, from the platform's own data. */
export function symbolsOf(lang: Lang): { decimal: string; group: string } {
  let symbols = symbolCache.get(lang);
  if (!symbols) {
    const format = new Intl.NumberFormat(lang);
    if (format.resolvedOptions().locale.split('-')[0] !== lang) {
      // A platform without this language's data would answer in another
      // language's symbols: use the language's own instead.
      symbols = KNOWN[lang];
    } else {
      // 1234.5 gives the decimal symbol; Spanish does not group four digits,
      // so the grouping symbol comes from a longer number.
      const decimal = format.formatToParts(1234.5).find((p) => p.type === 'decimal')?.value ?? KNOWN[lang].decimal;
      const group = format.formatToParts(1234567.5).find((p) => p.type === 'group')?.value ?? KNOWN[lang].group;
      symbols = { decimal, group };
    }
    symbolCache.set(lang, symbols);
  }
  return symbols;
}

// Every kind of space a person (or a copy from a formatted page) puts
// between groups: space, no-break space, narrow no-break space, thin space.
const SPACES = /[ \u00a0\u202f\u2009]/g;

export interface DecimalOptions {
  /** At most this many decimal places (money: the currency's scale). */
  places?: number;
  /** Empty text is an error (else it is read as "" — the field's default). */
  required?: boolean;
  /** Zero is refused. */
  positive?: boolean;
}

export type DecimalRead = { ok: true; value: string } | { ok: false; problem: string };

/**
 * What a person typed in `lang` (`1.234,50`, `1 234,50`, `1234,5` in
 * Spanish; `1,234.50` in English) as canonical decimal text (`1234.50`),
 * or a translated problem.
 */
export function readDecimal(text: string, options: DecimalOptions = {}, lang: Lang = i18n.lang): DecimalRead {
  const { places, required = true, positive = false } = options;
  const fail = (key: string, args?: Record<string, string | number>): DecimalRead => ({
    ok: false,
    problem: translate(lang, key, args),
  });
  const { decimal, group } = symbolsOf(lang);
  const example = localDecimal('1234.5', lang);
  const trimmed = text.replace(SPACES, ' ').trim();
  if (trimmed === '') return required ? fail('app-input-required') : { ok: true, value: '' };
  if (/^[-−]/.test(trimmed)) return fail('app-input-negative');

  // One grouping symbol: the language's own, or spaces (used in every one
  // of our languages); the decimal symbol is the language's only.
  const spaced = group.replace(SPACES, ' ') === ' ';
  const other = decimal === '.' ? ',' : '.';
  const allowed = new Set(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', decimal, ' ', spaced ? ' ' : group]);
  for (const ch of trimmed) {
    if (!allowed.has(ch)) {
      return ch === other
        ? fail('app-input-wrong-separator', { symbol: ch, decimal, example })
        : fail('app-input-not-a-number', { example });
    }
  }

  const parts = trimmed.split(decimal);
  if (parts.length > 2) return fail('app-input-not-a-number', { example });
  const [whole = '', fraction = ''] = parts;
  if (parts.length === 2 && !/^\d+$/.test(fraction)) {
    return fraction === '' ? fail('app-input-not-a-number', { example }) : fail('app-input-bad-grouping', { example });
  }

  let digits: string;
  if (/^\d*$/.test(whole)) {
    digits = whole;
  } else {
    // Grouped: 1 to 3 digits, then groups of exactly 3, one symbol throughout.
    const separators = new Set(whole.replace(/\d/g, ''));
    const ok = separators.size === 1 && /^[1-9]\d{0,2}(?:\D\d{3})+$/.test(whole);
    if (!ok) {
      return [...separators].some((s) => s === other)
        ? fail('app-input-wrong-separator', { symbol: other, decimal, example })
        : fail('app-input-bad-grouping', { example });
    }
    digits = whole.replace(/\D/g, '');
  }
  if (digits === '' && parts.length === 1) return fail('app-input-not-a-number', { example });

  const integer = digits.replace(/^0+(?=\d)/, '') || '0';
  if (places !== undefined && fraction.length > places) {
    return places === 0 ? fail('app-input-whole') : fail('app-input-places', { places });
  }
  if (positive && /^0*$/.test(integer + fraction)) return fail('app-input-positive');
  return { ok: true, value: parts.length === 2 ? `${integer}.${fraction}` : integer };
}

/** The problem with `text`, or null when it reads as a decimal (for field checks). */
export function decimalProblem(text: string, options: DecimalOptions = {}, lang: Lang = i18n.lang): string | null {
  const r = readDecimal(text, options, lang);
  return r.ok ? null : r.problem;
}

/** Canonical decimal text as a person of `lang` writes it, without grouping: `1234.50` → `1234,50`. */
export function localDecimal(canonical: string, lang: Lang = i18n.lang): string {
  if (!/^-?\d+(\.\d+)?$/.test(canonical)) return canonical;
  return canonical.replace('.', symbolsOf(lang).decimal);
}

/** A placeholder showing the form of an amount with `places` decimals: `0,00`. */
export function decimalPlaceholder(places: number, lang: Lang = i18n.lang): string {
  return places <= 0 ? '0' : `0${symbolsOf(lang).decimal}${'0'.repeat(places)}`;
}

/** Compares two canonical decimals exactly (`-1`, `0`, `1`), at any size. */
export function compareDecimal(a: string, b: string): number {
  const split = (x: string) => {
    const [w = '0', f = ''] = x.split('.');
    return [w.replace(/^0+(?=\d)/, ''), f.replace(/0+$/, '')] as const;
  };
  const [aw, af] = split(a);
  const [bw, bf] = split(b);
  if (aw.length !== bw.length) return aw.length < bw.length ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const ax = aw + af.padEnd(width, '0');
  const bx = bw + bf.padEnd(width, '0');
  return ax === bx ? 0 : ax < bx ? -1 : 1;
}

// lib/validate's checks for the other fields of the same forms, with their
// problems in the person's language: the rules stay there, in one place;
// only the words come from the catalogue.

/** Required text: `required`, translated. */
export function requiredProblem(text: string, lang: Lang = i18n.lang): string | null {
  return checkRequired(text) === null ? null : translate(lang, 'app-input-required');
}

/** A handle or code (lib/validate's rule), its problem translated. */
export function handleProblem(text: string, lang: Lang = i18n.lang): string | null {
  if (checkHandle(text) === null) return null;
  return translate(lang, text === '' ? 'app-input-required' : 'app-input-handle');
}

/** An ISO date (lib/validate's rule), its problem translated. */
export function dateProblem(text: string, required = true, lang: Lang = i18n.lang): string | null {
  if (checkDate(text, required) === null) return null;
  if (text === '') return translate(lang, 'app-input-required');
  return /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? translate(lang, 'app-input-date-missing', { date: text })
    : translate(lang, 'app-input-date-format');
}
