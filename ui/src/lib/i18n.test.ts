import { describe, expect, it } from 'vitest';
import { langOf, systemLang, translate } from './i18n.svelte';

describe('the app language', () => {
  it('follows the first system language we have', () => {
    expect(systemLang(['de-DE', 'ca-ES', 'en-US'])).toBe('ca');
    expect(systemLang(['fr-CA'])).toBe('fr');
    expect(systemLang(['de-DE'])).toBe('en');
    expect(systemLang([])).toBe('en');
    expect(langOf('es_ES.UTF-8')).toBe('es');
  });

  it('reads the shared catalogues', () => {
    expect(translate('es', 'language-name')).toBe('Español');
    expect(translate('fr', 'language-name')).toBe('Français');
    expect(translate('ca', 'no-such-key')).toBe('no-such-key');
  });
});

describe('the system language from the environment', () => {
  it('is adopted unless the user chose one', async () => {
    const { adoptSystemLang, i18n, setLang } = await import('./i18n.svelte');
    adoptSystemLang('ca');
    expect(i18n.lang).toBe('ca');
    adoptSystemLang('de');
    expect(i18n.lang).toBe('ca');
    adoptSystemLang(null);
    expect(i18n.lang).toBe('ca');
    // (No localStorage in the test's environment: a chosen language lasts
    // for the session; with storage, adoptSystemLang leaves it alone.)
    setLang('fr');
    expect(i18n.lang).toBe('fr');
  });
});

describe('telling the core the language', () => {
  it('calls the core once per switch, whoever asks', async () => {
    const { tellCore } = await import('./i18n.svelte');
    const calls: string[] = [];
    const tell = (l: string) => {
      calls.push(l);
      return Promise.resolve();
    };
    await Promise.all([tellCore('es', tell), tellCore('es', tell)]);
    await tellCore('fr', tell);
    await tellCore('fr', tell);
    expect(calls).toEqual(['es', 'fr']);
    // A failing core is no matter.
    await expect(tellCore('ca', () => Promise.reject(new Error('no core')))).resolves.toBeUndefined();
  });
});
