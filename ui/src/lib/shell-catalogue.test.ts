// The app shell's messages (issue 15): every `app-` key that the shell,
// the shared parts and the screens Balances … Ledger use is written,
// literally, in all four catalogues, with the same placeholders as in
// English; and every key of that part of the catalogues is used.

import { describe, expect, it } from 'vitest';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import en from '../../../locales/en.ftl?raw';
import es from '../../../locales/es.ftl?raw';
import ca from '../../../locales/ca.ftl?raw';
import fr from '../../../locales/fr.ftl?raw';
import { translate } from './i18n.svelte';

const SOURCES = import.meta.glob(
  [
    '../App.svelte',
    '../components/*.svelte',
    './*.ts',
    '!./*.test.ts',
    '../screens/{Balances,Contributions,Equations,EventMode,Export,FirstRun,Import,Ledger}.svelte',
  ],
  { query: '?raw', import: 'default', eager: true },
) as Record<string, string>;

/** The keys and their placeholders in this part of a catalogue (or, with
 * `whole`, in all of the app's part: the shell's sources also use the
 * input messages of lib/numbers.ts, written with the screens). */
function region(text: string, whole = false): Map<string, Set<string>> {
  const start = text.indexOf(whole ? '### The desktop app' : "## The app's shell");
  const end = text.indexOf(whole ? '### The command line' : '# (Keep this line');
  const out = new Map<string, Set<string>>();
  let key: string | null = null;
  for (const line of text.slice(start, end).split('\n')) {
    const m = /^([a-z][a-z0-9-]*) =/.exec(line);
    if (m) {
      key = m[1]!;
      out.set(key, new Set());
    }
    if (key !== null) for (const v of line.matchAll(/\{\s*\$([a-z_]+)/g)) out.get(key)!.add(v[1]!);
  }
  return out;
}

describe("the shell's catalogue", () => {
  const catalogues = { en, es, ca, fr };
  const english = region(en);
  const englishApp = region(en, true);
  const used = new Set(Object.values(SOURCES).flatMap((s) => [...s.matchAll(/'(app-[a-z0-9-]+)'/g)].map((m) => m[1]!)));

  it('parses in every language: each key of the part is a message, none lost as junk', () => {
    for (const [lang, text] of Object.entries(catalogues)) {
      const bundle = new FluentBundle(lang);
      expect(bundle.addResource(new FluentResource(text)), lang).toEqual([]);
      for (const key of region(text).keys()) expect(bundle.hasMessage(key), `${lang}: ${key}`).toBe(true);
      expect(region(text).size, lang).toBe(english.size);
    }
  });

  it('has every key the sources use, in every language, with the same placeholders', () => {
    expect(used.size).toBeGreaterThan(300);
    for (const [lang, text] of Object.entries(catalogues)) {
      const keys = region(text, true);
      for (const key of used) {
        expect(keys.has(key), `${lang}: ${key}`).toBe(true);
        expect([...(keys.get(key) ?? [])].sort(), `${lang}: ${key}`).toEqual([...(englishApp.get(key) ?? [])].sort());
      }
    }
  });

  it('uses every key of its part (the core renders app-error-no-ledger)', () => {
    const unused = [...english.keys()].filter((k) => !used.has(k) && k !== 'app-error-no-ledger');
    expect(unused).toEqual([]);
  });

  it('chooses plural forms by count', () => {
    expect(translate('en', 'app-currency-approvals', { code: 'EUR', count: 1 })).toBe('EUR · 1 approval needed');
    expect(translate('es', 'app-currency-approvals', { code: 'EUR', count: 2 })).toBe('EUR · se necesitan 2 aprobaciones');
    expect(translate('fr', 'app-export-wrote', { count: 1, path: 'a.csv' })).toBe('1 ligne écrite dans a.csv.');
    expect(translate('ca', 'app-ledger-verify-problems', { count: 3 })).toBe('La verificació ha trobat 3 problemes:');
  });
});
