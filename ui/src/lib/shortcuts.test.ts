import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts';

const key = (k: string, o: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; inField: boolean }> = {}) =>
  shortcutFor({ key: k, altKey: false, ctrlKey: false, metaKey: false, inField: false, ...o });

describe('shortcutFor', () => {
  it('Alt+digit goes to a screen', () => {
    expect(key('2', { altKey: true })).toEqual({ kind: 'screen', index: 1 });
    expect(key('0', { altKey: true })).toBeNull();
  });
  it('Alt+N starts a new contribution, even from a field', () => {
    expect(key('n', { altKey: true, inField: true })).toEqual({ kind: 'new' });
  });
  it('/ searches only when not typing', () => {
    expect(key('/')).toEqual({ kind: 'search' });
    expect(key('/', { inField: true })).toBeNull();
  });
  it('leaves the system and plain typing alone', () => {
    expect(key('2', { altKey: true, ctrlKey: true })).toBeNull();
    expect(key('n')).toBeNull();
  });
});
