// The colour schemes of app.css, light and dark (following the system's
// prefers-color-scheme), checked for WCAG AA contrast of every text and
// background pair the screens use; and text sizes that follow the
// system's setting (no fixed pixel font sizes).
import { describe, expect, it } from 'vitest';
import css from '../app.css?raw';

function variables(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)) out[m[1]!] = m[2]!;
  return out;
}

const lightBlock = css.slice(css.indexOf(':root {'), css.indexOf('@media (prefers-color-scheme: dark)'));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const darkBlock = darkStart < 0 ? '' : css.slice(darkStart, css.indexOf('\n}\n', darkStart));
const light = variables(lightBlock);
const dark = { ...light, ...variables(darkBlock) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// [text, background]: every pairing of app.css and the screens' styles.
const PAIRS: [string, string][] = [
  ['ink', 'paper'], ['ink', 'wash'], ['ink', 'head'],
  ['ink', 'ok-wash'], ['ink', 'warn-wash'], ['ink', 'danger-wash'],
  ['ink', 'badge'], ['ink', 'badge-counts'], ['ink', 'badge-pending'], ['ink', 'badge-rejected'], ['ink', 'badge-void'], ['ink', 'warn-badge'],
  ['muted', 'paper'], ['muted', 'wash'],
  ['brand-text', 'paper'], ['brand-text', 'ok-wash'],
  ['on-brand', 'brand'], ['on-brand', 'brand-dark'], ['on-brand', 'danger-strong'],
  ['danger', 'paper'], ['danger', 'danger-wash'],
  ['warn-ink', 'warn-wash'], ['warn-ink', 'paper'],
  ['nav-ink', 'nav'], ['nav-ink', 'nav-hover'], ['nav-muted', 'nav'],
];

describe('colour schemes', () => {
  it('has a dark scheme that follows the system and redefines the colours', () => {
    expect(darkStart).toBeGreaterThan(0);
    expect(Object.keys(variables(darkBlock)).length).toBeGreaterThan(20);
    expect(dark.paper).not.toBe(light.paper);
    // Charts are images on white: their card stays light in both schemes.
    expect(dark['chart-paper']).toBe('#ffffff');
  });

  for (const [name, scheme] of [['light', light], ['dark', dark]] as const) {
    it(`keeps every text readable in the ${name} scheme (WCAG AA, 4.5:1)`, () => {
      const poor = PAIRS.map(([fg, bg]) => {
        expect(scheme[fg], `--${fg}`).toBeDefined();
        expect(scheme[bg], `--${bg}`).toBeDefined();
        return [fg, bg, contrast(scheme[fg]!, scheme[bg]!)] as const;
      }).filter(([, , ratio]) => ratio < 4.5);
      expect(poor).toEqual([]);
    });
  }
});

describe('text size', () => {
  it('follows the system setting: the root size is a share of it, no font size is in pixels', () => {
    expect(lightBlock).toMatch(/font-size:\s*\d+(\.\d+)?%/);
    expect(css).not.toMatch(/font-size:\s*[\d.]+px/);
    expect(css).not.toMatch(/font:\s*[^;]*\d+px/);
  });
});
