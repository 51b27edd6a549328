// Issue 15: "a lint that fails on user-visible English literals in Svelte
// components", and a check that every app-* key the sources use is in all
// four catalogues. Both read the files from disk, so a new component or key
// is checked without being listed here.

import { parse } from 'svelte/compiler';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en.ftl?raw';
import es from '../../../locales/es.ftl?raw';
import ca from '../../../locales/ca.ftl?raw';
import fr from '../../../locales/fr.ftl?raw';

// The files as they are on disk, listed by Vite's glob when the test runs
// (node's fs would need @types/node, which the app does not otherwise use).
const raw = (files: Record<string, unknown>) =>
  Object.entries(files).map(([path, text]) => ({ file: path.replace(/^\/src\//, ''), text: String(text) }));
const componentFiles = raw(import.meta.glob('/src/**/*.svelte', { query: '?raw', import: 'default', eager: true }));
const sourceFiles = raw(
  import.meta.glob(['/src/**/*.ts', '/src/**/*.svelte', '!/src/**/*.test.ts'], { query: '?raw', import: 'default', eager: true }),
);
const CATALOGUES: Record<string, string> = { en, es, ca, fr };

// Not words for translation: the product's name, the logo's letters, the
// GIVE unit (SPEC §15, a proper name like a currency code), currency codes,
// file formats, keyboard keys and codes the user types. Symbols (×, —, %, →, …) carry no letters and pass anyway.
const ALLOWED = [
  'OpenValue', 'OV', 'GIVE',
  'EUR', 'USD', 'GBP', 'CHF', 'JPY', 'ECO', 'HOUR',
  'PDF', 'HTML', 'PNG', 'SVG', 'CSV', 'JSON', 'TOML',
  'Esc', 'Ctrl', 'Alt', 'Shift', 'Enter', 'Tab', 'Cmd',
  // Codes the user types, never translated (SPEC §4, §16): a share of
  // "rest", and file names such as members.csv.
  'rest', 'csv',
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

const findings = componentFiles.flatMap(({ file, text }) => literalsIn(text, file));

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
    expect(componentFiles.length).toBeGreaterThan(20);
    expect(componentFiles.map((f) => f.file)).toContain('screens/Members.svelte');
  });

  // One test per component, so a failure names the file to fix.
  for (const { file } of componentFiles) {
    it(`finds no English literal in ${file}`, () => {
      const list = findings.filter((f) => f.file === file).map((f) => `${f.line}: ${f.what}`);
      expect(list, `user-visible literals in ${file}; use t('app-…')`).toEqual([]);
    });
  }
});

describe('the app’s keys', () => {
  const used = new Map<string, string>();
  const built: string[] = [];
  for (const { file, text } of sourceFiles) {
    for (const m of text.matchAll(/['"](app-[a-z0-9-]+)['"]/g)) used.set(m[1]!, file);
    for (const m of text.matchAll(/`app-[^`]*\$\{/g)) built.push(`${file}: ${m[0]}`);
  }

  it('are found in the sources', () => {
    expect(sourceFiles.some((f) => f.file === 'lib/numbers.ts')).toBe(true);
    expect(used.has('app-input-required')).toBe(true);
  });

  it('are written literally, never built', () => {
    expect(built).toEqual([]);
  });

  for (const lang of ['en', 'es', 'ca', 'fr']) {
    it(`are all in ${lang}.ftl`, () => {
      const resource = new FluentResource(CATALOGUES[lang]!);
      const defined = new Set(resource.body.map((m) => m.id));
      const missing = [...used].filter(([key]) => !defined.has(key)).map(([key, file]) => `${key} (${file})`);
      expect(missing, `missing in ${lang}.ftl`).toEqual([]);
    });
  }
});
