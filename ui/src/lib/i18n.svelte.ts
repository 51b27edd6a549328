// The app's language (SPEC §16): the same Fluent catalogues as the CLI and
// the core (locales/LANG.ftl at the repository's root), rendered with
// Project Fluent's own JavaScript library. The language follows the
// system's until the user picks one in the selector; the choice is
// remembered on this computer for every ledger.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import en from '../../../locales/en.ftl?raw';
import es from '../../../locales/es.ftl?raw';
import ca from '../../../locales/ca.ftl?raw';
import fr from '../../../locales/fr.ftl?raw';

export const LANGS = ['en', 'es', 'ca', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

const SOURCES: Record<Lang, string> = { en, es, ca, fr };
const STORAGE_KEY = 'openvalue:language';

function makeBundle(lang: Lang): FluentBundle {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  bundle.addResource(new FluentResource(SOURCES[lang]));
  return bundle;
}

const bundles = new Map<Lang, FluentBundle>();
function bundleFor(lang: Lang): FluentBundle {
  let b = bundles.get(lang);
  if (!b) {
    b = makeBundle(lang);
    bundles.set(lang, b);
  }
  return b;
}

/** Our language for a language tag (`es-ES`, `ca`, `fr-CA`), if we have it. */
export function langOf(tag: string | undefined | null): Lang | undefined {
  const code = (tag ?? '').split(/[-_.@]/)[0]?.toLowerCase();
  return LANGS.find((l) => l === code);
}

/** The first of the system's preferred languages we have, else English. */
export function systemLang(preferred: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  for (const tag of preferred) {
    const l = langOf(tag);
    if (l) return l;
  }
  return 'en';
}

function storedLang(): Lang | undefined {
  try {
    return langOf(globalThis.localStorage?.getItem(STORAGE_KEY));
  } catch {
    return undefined;
  }
}

/** The current language; reading it in a component re-renders on change. */
export const i18n = $state<{ lang: Lang }>({ lang: storedLang() ?? systemLang() });

/**
 * The system's language as the core reads it from the environment
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`): it wins over the window's guess, which
 * needs the locale installed, but never over a language the user chose.
 */
export function adoptSystemLang(tag: string | null | undefined): void {
  const lang = langOf(tag);
  if (lang !== undefined && storedLang() === undefined) i18n.lang = lang;
}

/** Switches language and remembers the choice on this computer. */
export function setLang(lang: Lang): void {
  i18n.lang = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be unavailable; the choice then lasts until the app closes.
  }
  if (globalThis.document) globalThis.document.documentElement.lang = lang;
}

let told: { lang: Lang; promise: Promise<unknown> } | null = null;

/**
 * Tells the core the app's language once per switch (`tell` is the IPC
 * call); whoever needs the core to speak it (the shell, a chart) waits on
 * the same promise. A failure (no core, in unit tests) is no matter.
 */
export function tellCore(lang: Lang, tell: (lang: Lang) => Promise<unknown>): Promise<unknown> {
  if (told?.lang !== lang) told = { lang, promise: tell(lang).catch(() => undefined) };
  return told.promise;
}

/** Message arguments: text, or numbers (which choose plural forms). */
export type Args = Record<string, string | number>;

/** The message `key` in language `lang`; English when `lang` lacks it. */
export function translate(lang: Lang, key: string, args?: Args): string {
  for (const l of lang === 'en' ? [lang] : [lang, 'en' as const]) {
    const bundle = bundleFor(l);
    const message = bundle.getMessage(key);
    if (message?.value) {
      const errors: Error[] = [];
      return bundle.formatPattern(message.value, args as Record<string, FluentVariable> | undefined, errors);
    }
  }
  return key;
}

/** The message `key` in the current language. */
export function t(key: string, args?: Args): string {
  return translate(i18n.lang, key, args);
}
