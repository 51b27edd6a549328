// A minimal W3C WebDriver client over plain HTTP, enough to drive the
// real OpenValue window through WebKitWebDriver (see DESKTOP.md).

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export const Keys = { TAB: '\uE004', ENTER: '\uE007', CONTROL: '\uE009', ALT: '\uE00A', BACKSPACE: '\uE003', ESCAPE: '\uE00C' };

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async start(base, binary, args = []) {
    const res = await request(base, 'POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary, args } } },
    });
    return new Session(base, res.sessionId);
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  async stop() {
    await this.cmd('DELETE', '').catch(() => {});
  }

  async find(css, timeoutMs = 10_000) {
    return waitFor(async () => {
      const els = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
      return els.length > 0 ? els[0][ELEMENT] : null;
    }, timeoutMs, `element ${css}`);
  }

  async findAll(css) {
    const els = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return els.map((e) => e[ELEMENT]);
  }

  async exists(css) {
    return (await this.findAll(css)).length > 0;
  }

  async click(css) {
    const el = await this.find(css);
    await this.cmd('POST', `/element/${el}/click`, {});
  }

  async type(css, text, { clear = true } = {}) {
    const el = await this.find(css);
    if (clear) await this.cmd('POST', `/element/${el}/clear`, {});
    if (text !== '') await this.cmd('POST', `/element/${el}/value`, { text });
  }

  /**
   * Sets a date field (`<input type="date">`, a calendar picker whose
   * typed form follows the system's locale) to an ISO date, as picking it
   * would: the value, then the input and change events.
   */
  async setDate(css, iso) {
    await this.find(css);
    const ok = await this.js(
      `const el = document.querySelector(arguments[0]); el.focus(); el.value = arguments[1];
       el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true }));
       return el.type === 'date' && el.value === arguments[1];`,
      [css, iso],
    );
    if (!ok) throw new Error(`${css} is not a date field holding ${iso}`);
  }

  /** Keys sent to whatever has focus, as a person types them. */
  /** A key pressed with a modifier held (Keys.ALT, Keys.CONTROL). */
  async chord(modifier, key) {
    const actions = [
      { type: 'keyDown', value: modifier },
      { type: 'keyDown', value: key },
      { type: 'keyUp', value: key },
      { type: 'keyUp', value: modifier },
    ];
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  async keys(text) {
    const actions = [];
    for (const ch of text) actions.push({ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch });
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  async text(css) {
    const el = await this.find(css);
    return this.cmd('GET', `/element/${el}/text`);
  }

  async value(css) {
    const el = await this.find(css);
    return this.cmd('GET', `/element/${el}/property/value`);
  }

  async select(css, value) {
    await this.click(`${css} option[value="${value}"]`);
  }

  /** Runs a script in the page; `arguments` as in WebDriver. */
  async js(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  async setSize(width, height) {
    return this.cmd('POST', '/window/rect', { x: 0, y: 0, width, height });
  }

  async waitText(css, predicate, what, timeoutMs = 10_000) {
    return waitFor(async () => {
      const els = await this.findAll(css);
      for (const el of els) {
        const t = await this.cmd('GET', `/element/${el}/text`).catch(() => '');
        if (predicate(t)) return t;
      }
      return null;
    }, timeoutMs, what);
  }
}

export async function request(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const v = json.value ?? {};
    throw new Error(`${method} ${path}: ${res.status} ${v.error ?? ''} ${v.message ?? JSON.stringify(json)}`);
  }
  return 'value' in json ? json.value : json;
}

export async function waitFor(probe, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await probe();
      if (v !== null && v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
