// The catalogues' part for the screens Give … Tokens and the number inputs:
// every key in all four languages with the same placeholders, French
// typography, and English renderings identical to what the screens showed
// before they were translated (the end-to-end tests look for them).

import { FluentBundle, FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { translate, type Lang } from './i18n.svelte';
import en from '../../../locales/en.ftl?raw';
import es from '../../../locales/es.ftl?raw';
import ca from '../../../locales/ca.ftl?raw';
import fr from '../../../locales/fr.ftl?raw';

const PREFIXES = /^app-(give|kinds|members|myaccount|payouts|projects|resources|revenues|signin|sync|tokens|input)-/;

/** Each message's source text (its value and variants), by key. */
function messages(source: string): Map<string, string> {
  const out = new Map<string, string>();
  let key: string | null = null;
  for (const line of source.split('\n')) {
    const m = /^([a-z][a-z0-9-]*) =(.*)$/.exec(line);
    if (m) {
      key = m[1]!;
      out.set(key, m[2]!);
    } else if (key !== null && /^\s/.test(line) && line.trim() !== '') {
      out.set(key, `${out.get(key)}\n${line}`);
    } else {
      key = null;
    }
  }
  return new Map([...out].filter(([k]) => PREFIXES.test(k)));
}

// The sources, to find each key written literally (not built from parts).
const sources = Object.values(
  import.meta.glob(['/src/**/*.ts', '/src/**/*.svelte', '!/src/**/*.test.ts'], { query: '?raw', import: 'default', eager: true }),
).map(String).join('\n');

const variables = (text: string) => [...new Set([...text.matchAll(/\$([a-zA-Z]+)/g)].map((m) => m[1]))].sort();
const catalogues: Record<Lang, Map<string, string>> = { en: messages(en), es: messages(es), ca: messages(ca), fr: messages(fr) };

describe('the screens’ messages', () => {
  it('are there', () => {
    expect(catalogues.en.size).toBeGreaterThan(300);
  });

  for (const lang of ['es', 'ca', 'fr'] as const) {
    it(`are all in ${lang} with the same placeholders`, () => {
      const problems: string[] = [];
      for (const [key, text] of catalogues.en) {
        const other = catalogues[lang].get(key);
        if (other === undefined) problems.push(`${key}: missing`);
        else if (variables(other).join() !== variables(text).join()) problems.push(`${key}: ${variables(other)} ≠ ${variables(text)}`);
      }
      for (const key of catalogues[lang].keys()) if (!catalogues.en.has(key)) problems.push(`${key}: not in en`);
      expect(problems).toEqual([]);
    });
  }

  it('are each used, written literally, somewhere in the app', () => {
    const unused = [...catalogues.en.keys()].filter((key) => !sources.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('format without errors in every language', () => {
    const sourcesByLang: Record<Lang, string> = { en, es, ca, fr };
    const problems: string[] = [];
    for (const lang of ['en', 'es', 'ca', 'fr'] as const) {
      const bundle = new FluentBundle(lang, { useIsolating: false });
      const clashes = bundle.addResource(new FluentResource(sourcesByLang[lang]));
      if (clashes.length > 0) problems.push(`${lang}: ${clashes.map(String).join('; ')}`);
      for (const [key, text] of catalogues[lang]) {
        const message = bundle.getMessage(key);
        if (!message?.value) {
          problems.push(`${lang} ${key}: no value`);
          continue;
        }
        const args = Object.fromEntries(variables(text).map((v) => [v, 2]));
        const errors: Error[] = [];
        const out = bundle.formatPattern(message.value, args, errors);
        if (errors.length > 0 || out.trim() === '') problems.push(`${lang} ${key}: ${errors.join('; ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('follow French typography: a space before : ? ! ;', () => {
    const tight = [...catalogues.fr].filter(([, text]) => /[\p{L}\d)»][?!;]|[\p{L})»]:\s/u.test(text.replace(/\{[^}]*\}/g, 'x')));
    expect(tight.map(([k]) => k)).toEqual([]);
  });

  it('render in English exactly as the screens wrote them', () => {
    expect(translate('en', 'app-give-saved', { giver: 'ana', epoch: 'e1', given: '80', give: '100', remaining: 20 }))
      .toBe("Saved ana's gifts in e1: 80 of 100 GIVE given, 20 left unspent (GIVE not given is lost when the epoch closes).");
    expect(translate('en', 'app-give-saved', { giver: 'ana', epoch: 'e1', given: '100', give: '100', remaining: 0 }))
      .toBe("Saved ana's gifts in e1: 100 of 100 GIVE given.");
    expect(translate('en', 'app-revenues-reversed-count', { count: 2 })).toBe('2 reversed');
    expect(translate('en', 'app-members-members-count', { count: 3 })).toBe('Members (3)');
    expect(translate('en', 'app-input-places', { places: 2 })).toBe('at most 2 decimal places');
  });

  it('use plural forms for counts', () => {
    expect(translate('es', 'app-revenues-reversed-count', { count: 1 })).toBe('1 anulado');
    expect(translate('ca', 'app-revenues-reversed-count', { count: 3 })).toBe('3 anul·lats');
    expect(translate('fr', 'app-input-places', { places: 1 })).toBe('au plus 1 décimale');
    expect(translate('fr', 'app-give-saved', { giver: 'ana', epoch: 'e1', given: '80', give: '100', remaining: 20 }))
      .toBe('Dons de ana dans e1 enregistrés\u202f: 80 GIVE donnés sur 100, 20 non utilisés (le GIVE non donné est perdu à la clôture du cycle).');
  });
});
