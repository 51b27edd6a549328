// Issue 15: "a lint that fails on user-visible English literals in Svelte
// components", and a check that every app-* key the sources use is in all
// four catalogues. Both read the files from disk, so a new component or key
// is checked without being listed here.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'svelte/compiler';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const LOCALES = fileURLToPath(new URL('../../../locales', import.meta.url));

function filesUnder(dir: string, ending: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ending));
    else if (ending(name)) out.push(path);
  }
  return out;
}

// Not words for translation: the product's name, the logo's letters, the
// GIVE unit (SPEC §15, a proper name like a currency code), currency codes
// and keyboard keys. Symbols (×, —, %, →, …) carry no letters and pass anyway.
const ALLOWED = [
  'OpenValue', 'OV', 'GIVE',
  'EUR', 'USD', 'GBP', 'CHF', 'JPY', 'ECO', 'HOUR',
  'Esc', 'Ctrl', 'Alt', 'Shift', 'Enter', 'Tab', 'Cmd',
];
const ALLOWED_RE = new RegExp(`\\b(?:${ALLOWED.join('|')})\\b`, 'g');
const hasWords = (text: string) => /\p{L}/u.test(text.replace(ALLOWED_RE, ''));

const CHECKED_ATTRIBUTES = new Set(['placeholder', 'title', 'aria-label', 'alt', 'label']);

interface Finding {
  file: string;
  line: number;
  what: string;
}

function lineAt(source: string, offset: number): number {
  return source.slice(0, offset).split('\n').length;
}

type Node = { type?: string; start?: number; [key: string]: unknown };

/** User-visible literals with words in one component: text nodes and checked attributes. */
function literalsIn(source: string, file = 'component.svelte'): Finding[] {
  const found: Finding[] = [];
  const ast = parse(source, { modern: true });
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'Text' && typeof n.data === 'string' && hasWords(n.data)) {
      found.push({ file, line: lineAt(source, n.start ?? 0), what: `text “${n.data.trim()}”` });
      return;
    }
    if (n.type === 'Attribute') {
      const name = String(n.name);
      if (CHECKED_ATTRIBUTES.has(name) && Array.isArray(n.value)) {
        for (const part of n.value as Node[]) {
          if (part.type === 'Text' && typeof part.data === 'string' && hasWords(part.data)) {
            found.push({ file, line: lineAt(source, part.start ?? 0), what: `${name}="${part.data}"` });
          }
        }
      }
      return;
    }
    for (const [key, value] of Object.entries(n)) {
      // Expressions hold code, not markup; the script and style are not shown.
      if (key === 'expression' || key === 'metadata' || key === 'loc') continue;
      visit(value);
    }
  };
  visit(ast.fragment);
  // confirm('…') / alert('…') with a literal, in the script or the markup.
  const dialog = /\b(confirm|alert)\(\s*(['"`])/g;
  for (let m = dialog.exec(source); m !== null; m = dialog.exec(source)) {
    found.push({ file, line: lineAt(source, m.index), what: `${m[1]}(${m[2]}…)` });
  }
  return found;
}

const components = filesUnder(SRC, (n) => n.endsWith('.svelte'));
const findings = components.flatMap((path) => literalsIn(readFileSync(path, 'utf8'), relative(SRC, path)));

describe('the English-literal lint', () => {
  it('catches what it is meant to catch', () => {
    const source = [
      '<script>const x = confirm("Sure?");</script>',
      '<h1>Members</h1>',
      '<p>{t("app-ok")} and more</p>',
      '<input placeholder="today" title={t("app-x")} aria-label="Close {name}" />',
      '<Chart label="Split" />',
      '<span>OpenValue · GIVE × 2 — 50 % Esc</span>',
      '<style>h1 { color: red; }</style>',
    ].join('\n');
    const whats = literalsIn(source).map((f) => f.what);
    expect(whats).toEqual([
      'text “Members”',
      'text “and more”',
      'placeholder="today"',
      'aria-label="Close "',
      'label="Split"',
      'confirm("…)',
    ]);
  });

  it('finds the components on disk', () => {
    expect(components.length).toBeGreaterThan(20);
  });

  // One test per component, so a failure names the file to fix.
  for (const path of components) {
    const file = relative(SRC, path);
    it(`finds no English literal in ${file}`, () => {
      const list = findings.filter((f) => f.file === file).map((f) => `${f.line}: ${f.what}`);
      expect(list, `user-visible literals in ${file}; use t('app-…')`).toEqual([]);
    });
  }
});

describe('the app’s keys', () => {
  const sources = filesUnder(SRC, (n) => (n.endsWith('.svelte') || n.endsWith('.ts')) && !n.endsWith('.test.ts'));
  const used = new Map<string, string>();
  const built: string[] = [];
  for (const path of sources) {
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(/['"](app-[a-z0-9-]+)['"]/g)) used.set(m[1]!, relative(SRC, path));
    for (const m of text.matchAll(/`app-[^`]*\$\{/g)) built.push(`${relative(SRC, path)}: ${m[0]}`);
  }

  it('are written literally, never built', () => {
    expect(built).toEqual([]);
  });

  for (const lang of ['en', 'es', 'ca', 'fr']) {
    it(`are all in ${lang}.ftl`, () => {
      const resource = new FluentResource(readFileSync(join(LOCALES, `${lang}.ftl`), 'utf8'));
      const defined = new Set(resource.body.map((m) => m.id));
      const missing = [...used].filter(([key]) => !defined.has(key)).map(([key, file]) => `${key} (${file})`);
      expect(missing, `missing in ${lang}.ftl`).toEqual([]);
    });
  }
});
