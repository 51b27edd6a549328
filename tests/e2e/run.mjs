#!/usr/bin/env node
// End-to-end tests of the OpenValue desktop app: the real window, driven
// through WebKitWebDriver under Xvfb, against real ledger files, with the
// balances checked against the `openvalue` CLI on the same file.
//
//   node tests/e2e/run.mjs            (after `make app-build` and `cargo build`)
//
// Environment: OPENVALUE_APP, OPENVALUE_CLI (binaries; default target/debug),
// E2E_SCREENSHOTS (where screenshots go; default target/e2e/screenshots),
// E2E_DOCS (if set, the README's screenshots are copied there, e.g. docs/screenshots),
// E2E_ONLY (`main`, `sync` or `people`: run one part only, while working on it).

import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Keys, Session, waitFor } from './webdriver.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const APP = resolve(process.env.OPENVALUE_APP ?? join(root, 'target/debug/openvalue-app'));
const CLI = resolve(process.env.OPENVALUE_CLI ?? join(root, 'target/debug/openvalue'));
const SHOTS = resolve(process.env.E2E_SCREENSHOTS ?? join(root, 'target/e2e/screenshots'));
const FIXTURES = join(root, 'tests/e2e/fixtures');
const ONLY = process.env.E2E_ONLY ?? '';

for (const bin of [APP, CLI]) {
  if (!existsSync(bin)) {
    console.error(`missing ${bin}: run \`make app-build\` first`);
    process.exit(2);
  }
}

const work = mkdtempSync(join(tmpdir(), 'openvalue-e2e-'));
const dataHome = join(work, 'data');
const ledgerPath = join(dataHome, 'openvalue', 'ledger.openvalue');
mkdirSync(SHOTS, { recursive: true });

const children = [];
function start(cmd, args, env) {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  child.log = () => stderr;
  children.push(child);
  return child;
}

async function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function portOpen(port) {
  return fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) })
    .then((r) => r.ok)
    .catch(() => false);
}

// ---- the display and the driver ------------------------------------------
// Xvfb picks a free display itself and writes its number on stdout.
async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(xvfb);
  return new Promise((ok, fail) => {
    let out = '';
    xvfb.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) ok(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited with ${code}`)));
    setTimeout(() => fail(new Error('Xvfb did not start')), 15_000);
  });
}
const display = await startXvfb();
// The window and the CLI speak English unless a step picks a language:
// the app follows the system's, the CLI LC_ALL, LC_MESSAGES, then LANG.
const env = { DISPLAY: display, XDG_DATA_HOME: dataHome, TAURI_WEBVIEW_AUTOMATION: 'true', OPENVALUE_LEDGER: '', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', LANGUAGE: 'en' };
process.env.LC_ALL = 'C.UTF-8';
delete process.env.LC_MESSAGES;
delete process.env.LANG;
const port = await freePort();
const driver = start('WebKitWebDriver', [`--port=${port}`], env);
await waitFor(() => portOpen(port), 20_000, 'WebKitWebDriver');

let session;
const results = [];

// The CLI on the app's ledger, with the app's data directory (so it holds
// the same device key and may write too).
function cli(...args) {
  return execFileSync(CLI, ['--ledger', ledgerPath, ...args], {
    encoding: 'utf8',
    env: { ...process.env, XDG_DATA_HOME: dataHome },
  });
}

async function shot(name, size = '1280x800', on = display) {
  // Let the window paint the last change before the capture.
  await new Promise((r) => setTimeout(r, 400));
  const file = join(SHOTS, `${name}.png`);
  execFileSync('import', ['-display', on, '-window', 'root', '-crop', `${size}+0+0`, '+repage', file]);
  return file;
}

// Which part the steps that follow belong to (E2E_ONLY runs one part).
let group = 'main';
// The two laptops of the sync part, by name: display, sessions, files.
const laptops = {};
// The people part's window: its display, driver, session and files.
const kiosk = {};

async function step(name, f) {
  if (ONLY !== '' && ONLY !== group) return;
  if (results.some((r) => !r.ok)) {
    results.push({ name, ok: false, skipped: true });
    console.log(`- skipped: ${name}`);
    return;
  }
  const t0 = Date.now();
  try {
    await f();
    results.push({ name, ok: true });
    console.log(`ok ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAILED ${name}: ${e.stack ?? e}`);
    try {
      await shot(`failure-${results.length}`);
      for (const [n, l] of Object.entries(laptops)) await shot(`failure-${results.length}-laptop-${n}`, '1280x800', l.display);
      if (kiosk.display) await shot(`failure-${results.length}-people`, '1280x800', kiosk.display);
    } catch {}
  }
}

const nav = (screen) => session.click(`button[data-screen="${screen}"]`);
const rowsOf = (css) =>
  session.js(
    `return [...document.querySelectorAll(arguments[0] + ' tbody tr')].map(tr => [...tr.cells].map(td => td.innerText.trim()));`,
    [css],
  );

try {
  if (ONLY === '' || ONLY === 'main') session = await Session.start(`http://127.0.0.1:${port}`, APP);

  await step('first run offers create, open and demo', async () => {
    await session.find('[data-testid="create-form"]', 30_000);
    const path = await session.value('#create-path');
    if (path !== ledgerPath) throw new Error(`default path ${path}, expected ${ledgerPath}`);
    await shot('01-first-run');
  });

  await step('create a ledger', async () => {
    await session.type('#create-name', 'E2E cooperative');
    await session.type('#create-approvals', '1');
    await session.click('#create-submit');
    await session.find('button[data-screen="contributions"]', 15_000);
    if (!existsSync(ledgerPath)) throw new Error('no ledger file was created');
    const out = cli('settings');
    if (!out.includes('E2E cooperative') || !out.includes('1 approval')) throw new Error(out);
    // A new ledger says what to set up first, and does not nag about backups yet.
    await nav('contributions');
    const guide = await session.waitText('[data-testid="getting-started"]', (t) => t.includes('Add members'), 'getting started shown');
    if (!guide.includes('Add a project') || !guide.includes('Add kinds of contribution')) throw new Error(guide);
    await shot('01b-getting-started');
    if (await session.exists('[data-testid="backup-reminder"]')) throw new Error('a new, empty ledger is told to back up');
    await session.click('[data-setup="members"]');
    await session.find('#account-handle');
  });

  await step('add members, a fund and a project and a kind', async () => {
    await nav('members');
    for (const [handle, name, type] of [['ana', 'Ana Puig', 'member'], ['ben', 'Ben Okafor', 'member'], ['commons', 'Commons fund', 'fund']]) {
      await session.type('#account-handle', handle);
      await session.type('#account-name', name);
      await session.select('#account-type', type);
      await session.click('#account-add');
      await session.waitText('[data-testid="account-form"] .notice', (t) => t.includes(handle), `added ${handle}`);
    }
    // A duplicate handle is refused next to the handle field.
    await session.type('#account-handle', 'ana');
    await session.type('#account-name', 'Another Ana');
    await session.select('#account-type', 'member');
    await session.click('#account-add');
    await session.waitText('[data-testid="account-form"] .field-error', (t) => t.includes('already exists'), 'duplicate refused');
    const members = await rowsOf('[data-testid="members"]');
    const funds = await rowsOf('[data-testid="funds"]');
    if (members.length !== 2 || funds.length !== 1) throw new Error(JSON.stringify({ members, funds }));

    await nav('projects');
    await session.type('#project-code', 'web');
    await session.type('#project-name', 'Website');
    await session.click('#project-add');
    await session.waitText('[data-testid="projects"] td', (t) => t === 'web', 'project listed');

    await nav('kinds');
    await session.type('#kind-code', 'work');
    await session.type('#kind-name', 'Work');
    await session.type('#kind-rate', '20');
    await session.click('#kind-add');
    await session.waitText('[data-testid="kinds"] td', (t) => t === 'work', 'kind listed');
    const out = cli('member', 'list');
    if (!/commons\s+Commons fund\s+fund/.test(out)) throw new Error(out);
  });

  await step('set an equation, with validation as you type', async () => {
    await nav('equations');
    await session.select('#equation-project', 'web');
    await session.click('#equation-view-toml');
    const lines = (...l) => l.join(Keys.ENTER);
    await session.type('#equation-source', lines('name = "Web split"', '[[bucket]]', 'share = "10%"', 'fund = "comons"'));
    await session.waitText('[data-testid="equation-problems"]', (t) => t.includes("did you mean 'commons'"), 'unknown fund flagged with its line');
    await session.type('#equation-source', lines('name = "Web split"', '[[bucket]]', 'share = "10%"', 'fund = "commons"', '[[bucket]]', 'share = "rest"', 'policy = "lifetime"'));
    await session.waitText('[data-testid="equation-problems"]', (t) => t.includes('valid'), 'equation valid');
    await session.click('#equation-save');
    await session.waitText('.notice', (t) => t.includes('Saved for web'), 'equation saved');
    if (!cli('equation', 'list').includes('Web split')) throw new Error('equation not in the ledger');
  });

  await step('log contributions with the keyboard alone', async () => {
    await nav('contributions');
    await session.click('#entry-member');
    await session.keys(`ana${Keys.TAB}web${Keys.TAB}work${Keys.TAB}3${Keys.ENTER}`);
    await session.waitText('[data-testid="entry-saved"]', (t) => t.includes('3 hours of work by ana'), 'first entry saved');
    // Focus is back on the member field and member, project and kind are remembered.
    const focused = await session.js('return document.activeElement && document.activeElement.id');
    if (focused !== 'entry-member') throw new Error(`focus on ${focused}`);
    if ((await session.value('#entry-project')) !== 'web') throw new Error('project not remembered');
    await session.keys(`ben${Keys.TAB}${Keys.TAB}${Keys.TAB}1.5${Keys.TAB}${Keys.TAB}design review${Keys.ENTER}`);
    await session.waitText('[data-testid="entry-saved"]', (t) => t.includes('1.5 hours of work by ben'), 'second entry saved');
    // A mistake is shown next to its field and nothing is written.
    await session.keys(`anna${Keys.TAB}${Keys.TAB}${Keys.TAB}2${Keys.ENTER}`);
    await session.waitText('[data-testid="quick-entry"] .field-error', (t) => t.includes("did you mean 'ana'"), 'unknown member flagged');
    const rows = await waitFor(async () => {
      const r = await rowsOf('[data-testid="contributions"]');
      return r.length === 2 ? r : null;
    }, 5000, 'both entries listed');
    if (!rows.every((r) => r[5] === 'pending')) throw new Error(JSON.stringify(rows));
    await shot('02-contributions');
  });

  await step('approve one contribution', async () => {
    await session.select('#reviewer', 'ben');
    // Ana's row: approved by ben.
    const ids = await session.js(`return [...document.querySelectorAll('[data-testid="contributions"] tbody tr[data-id]')].map(tr => [tr.dataset.id, tr.cells[1].innerText])`);
    const ana = ids.find(([, m]) => m === 'ana');
    const ben = ids.find(([, m]) => m === 'ben');
    await session.click(`tr[data-id="${ana[0]}"] button[data-action="approve"]`);
    await session.waitText(`tr[data-id="${ana[0]}"] .badge`, (t) => t === 'counts', 'approved row counts');
    // Ben cannot approve his own.
    await session.click(`tr[data-id="${ben[0]}"] button[data-action="approve"]`);
    await session.waitText('[data-testid="row-error"]', (t) => t.includes('cannot approve their own'), 'self-approval refused');
    const list = cli('list');
    if (!/ana .* counts/.test(list.replace(/\s+/g, ' ')) || !list.includes('pending')) throw new Error(list);
  });

  await step('reject with a reason, correct, void, and the timer', async () => {
    const ben = await session.js(`return [...document.querySelectorAll('[data-testid="contributions"] tbody tr[data-id]')].find(tr => tr.cells[1].innerText === 'ben').dataset.id`);
    const row = `tr[data-id="${ben}"]`;
    await session.select('#reviewer', 'ana');
    await session.click(`${row} button[data-action="reject"]`);
    await session.click('button[type="submit"]:not(#entry-save)'); // no reason yet
    await session.waitText('.field-error', (t) => t === 'required', 'a rejection needs a reason');
    await session.type('#reject-reason', 'counted twice');
    await session.keys(Keys.ENTER);
    await session.waitText(`${row} .badge`, (t) => t === 'rejected', 'rejected');
    await session.click(`${row} button[data-action="correct"]`);
    await session.type('#correct-quantity', '2');
    await session.keys(Keys.ENTER);
    // A correction supersedes the entry: the rejection no longer applies.
    await session.waitText(`${row} td.num`, (t) => t === '2 h', 'corrected quantity');
    await session.waitText(`${row} .badge`, (t) => t === 'pending', 'pending again after the correction');
    // A correction the core refuses at a field says so once, at the field,
    // and the message goes when the field is changed (issue 16 item 10).
    await session.click(`${row} button[data-action="correct"]`);
    await session.type('#correct-kind', 'nosuchkind');
    await session.keys(Keys.ENTER);
    await session.waitText('[data-testid="contributions"] .field-error', (t) => t.includes('nosuchkind'), 'the unknown kind at its field');
    const said = await session.js(`return document.querySelector('[data-testid="contributions"]').innerText.split('nosuchkind').length - 1`);
    if (said !== 1) throw new Error(`the refusal is said ${said} times`);
    if (await session.exists('[data-testid="row-error"]')) throw new Error('the refusal is repeated under the row');
    await session.type('#correct-kind', 'work', { clear: true });
    await waitFor(async () => !(await session.exists('[data-testid="contributions"] .field-error')) || null, 5000, 'the stale message goes');
    await session.click('#correct-kind');
    await session.keys(Keys.ESCAPE);
    await session.js(`[...document.querySelectorAll('button.secondary')].find(b => b.innerText === 'Cancel' && b.closest('form'))?.click()`);
    // Void asks first, saying what will happen; Cancel and Escape back out
    // and change nothing.
    const before = cli('list', '--all');
    await session.click(`${row} button[data-action="void"]`);
    await session.waitText('[data-testid="void-confirm-box"]', (t) => t.includes('stops counting') && t.includes('cannot be undone'), 'void explained');
    await shot('02a-contribution-void-confirm');
    await session.click('#void-cancel');
    await waitFor(async () => !(await session.exists('[data-testid="void-confirm-box"]')), 5000, 'cancel closes the confirmation');
    await session.click(`${row} button[data-action="void"]`);
    await session.find('#void-confirm');
    await session.keys(Keys.ESCAPE);
    await waitFor(async () => !(await session.exists('[data-testid="void-confirm-box"]')), 5000, 'Escape closes the confirmation');
    if ((await session.text(`${row} .badge`)) !== 'pending') throw new Error('cancelling changed the row');
    if (cli('list', '--all') !== before) throw new Error('cancelling a void changed the ledger');
    await session.click(`${row} button[data-action="void"]`);
    await session.click('#void-confirm');
    // The row stays, struck through and marked void.
    await session.waitText(`${row} .badge`, (t) => t === 'void', 'voided row marked void');
    if (!(await session.js(`return document.querySelector(arguments[0]).classList.contains('voided')`, [row]))) throw new Error('voided row not struck through');
    await session.waitText('[data-testid="voided-notice"]', (t) => t.includes('Voided'), 'void confirmed in words');
    const listed = cli('list', '--all').split('\n').find((l) => l.includes(ben));
    if (!listed || !/\bvoid\b/.test(listed)) throw new Error(`not void in the ledger: ${listed}`);
    if (cli('list').includes(ben)) throw new Error('the CLI still counts the voided contribution');
    await session.select('#filter-status', 'standing');
    await waitFor(async () => !(await session.exists(row)), 5000, '"all but void" hides it');
    await session.select('#filter-status', '');
    await session.find(row);
    await shot('02b-contribution-voided');
    // Its history, one click away: the rejection's reason, the correction, the void.
    await session.click(`${row} button[data-action="history"]`);
    const history = await session.waitText('[data-testid="history"] ol', (t) => t.includes('Voided'), 'history of the voided contribution');
    for (const want of ['Logged for ben', 'Rejected by ana', 'Reason: counted twice', 'quantity 1.5 → 2', 'Voided']) {
      if (!history.includes(want)) throw new Error(`missing ${want} in ${history}`);
    }
    await shot('02c-contribution-history');
    await session.click(`${row} button[data-action="history"]`);
    // Ana's: who approved it.
    const ana = await session.js(`return [...document.querySelectorAll('[data-testid="contributions"] tbody tr[data-id]')].find(tr => tr.cells[1].innerText === 'ana').dataset.id`);
    await session.click(`tr[data-id="${ana}"] button[data-action="history"]`);
    await session.waitText('[data-testid="history"] ol', (t) => t.includes('Approved by ben'), 'who approved ana\'s');
    await session.click(`tr[data-id="${ana}"] button[data-action="history"]`);
    // The timer fills in the hours.
    await session.click('#entry-timer');
    await new Promise((r) => setTimeout(r, 1200));
    await session.click('#entry-timer');
    if ((await session.value('#entry-quantity')) !== '0.01') throw new Error('timer did not fill the quantity');
    await session.type('#entry-quantity', '', { clear: true });
  });

  await step('an unlikely entry is questioned first: a date after today, 30 hours at once', async () => {
    await nav('contributions');
    await session.type('#entry-member', 'ana');
    await session.type('#entry-project', 'web');
    await session.type('#entry-kind', 'work');
    await session.type('#entry-quantity', '30');
    await session.setDate('#entry-date', '2099-01-01');
    await session.keys(Keys.ENTER);
    const text = await session.waitText('[data-testid="entry-warnings"]', (t) => t.includes('2099-01-01 is after today'), 'warned');
    if (!text.includes('30 hours in one entry is more than a whole day')) throw new Error(text);
    if (cli('list', '--all').includes('2099-01-01')) throw new Error('saved before the warning was answered');
    await shot('02b-entry-warning');
    // Enter again saves it as it is.
    await session.keys(Keys.ENTER);
    await session.waitText('[data-testid="entry-saved"]', (t) => t.includes('30 hours of work by ana'), 'saved after the warning');
    if (!cli('list', '--all').includes('2099-01-01')) throw new Error('not saved');
    // The timer is for kinds measured in hours, and reachable by keyboard.
    if (await session.js('return document.getElementById("entry-timer").tabIndex') !== 0) throw new Error('the timer is out of the tab order');
  });

  await step('the contributions list sorts by any column, searches notes and totals every matching row', async () => {
    // A project of its own, filled from the CLI on the same file, so what
    // other steps log does not change what is expected here: one approved,
    // one voided, the rest pending.
    cli('project', 'add', 'lists', 'Lists');
    const ids = {};
    for (const [member, q, date, note] of [['ben', '0.5', '2026-01-15', 'Fixed 100% of the bugs'], ['ana', '1.25', '2026-02-01', 'design_review'], ['ben', '4', '2026-02-20', 'Design workshop'], ['ana', '3', '2026-03-01', ''], ['ben', '2', '2026-03-05', 'design review']]) {
      ids[`${member} ${q}`] = cli('log', member, 'lists', 'work', q, '--date', date, '--note', note).trim().split(/\s+/).pop();
    }
    cli('approve', ids['ana 3'], '--by', 'ben');
    cli('correct', ids['ben 2'], '--void');
    await nav('members');
    await nav('contributions');
    await session.type('#filter-project', 'lists');
    // Every row of the list, the voided one left out: 0.5 + 1.25 + 4 + 3 h at 20.
    await session.waitText('[data-testid="contribution-totals"]', (t) => t === '4 contributions · 8.75 hours · value 175.00 EUR (1 voided one not counted)', 'totals of the list');
    const column = (i) => session.js(`return [...document.querySelectorAll('[data-testid="contributions"] tbody tr[data-id]')].map(tr => tr.cells[${i}].innerText.trim())`);
    const header = (c) => session.js(`const th = document.querySelector('th[data-sort="${c}"]'); return [th.getAttribute('aria-sort'), th.querySelector('.arrow').innerText.trim()]`);
    const sortedAs = async (i, want, what) => waitFor(async () => JSON.stringify(await column(i)) === JSON.stringify(want) || null, 5000, what);
    if (JSON.stringify(await header('date')) !== JSON.stringify(['descending', '▼'])) throw new Error(`date header ${await header('date')}`);
    await session.click('th[data-sort="quantity"] button');
    await sortedAs(4, ['4 h', '3 h', '2 h', '1.25 h', '0.5 h'], 'largest quantity first');
    if (JSON.stringify(await header('quantity')) !== JSON.stringify(['descending', '▼'])) throw new Error(`quantity header ${await header('quantity')}`);
    if (JSON.stringify(await header('date')) !== JSON.stringify(['none', ''])) throw new Error('the date header still says sorted');
    await session.click('th[data-sort="quantity"] button');
    await sortedAs(4, ['0.5 h', '1.25 h', '2 h', '3 h', '4 h'], 'smallest quantity first');
    if (JSON.stringify(await header('quantity')) !== JSON.stringify(['ascending', '▲'])) throw new Error(`quantity header ${await header('quantity')}`);
    await session.click('th[data-sort="member"] button');
    await sortedAs(1, ['ana', 'ana', 'ben', 'ben', 'ben'], 'by member, A to Z');
    await session.click('th[data-sort="status"] button');
    await sortedAs(5, ['counts', 'pending', 'pending', 'pending', 'void'], 'by status');
    // Back to the date: newest first again.
    await session.click('th[data-sort="date"] button');
    await waitFor(async () => {
      const dates = await column(0);
      return JSON.stringify(dates) === JSON.stringify([...dates].sort().reverse()) || null;
    }, 5000, 'newest first again');
    if ((await header('date'))[0] !== 'descending') throw new Error('the date header does not say descending');
    // Search in notes: any case; % and _ are only themselves.
    await session.type('#filter-note', 'DESIGN');
    // (ben's voided "design review" is found too, and left out of the totals.)
    await sortedAs(6, ['design review', 'Design workshop', 'design_review'], 'notes with "design"');
    await session.waitText('[data-testid="contribution-totals"]', (t) => t === '2 contributions · 5.25 hours · value 105.00 EUR (1 voided one not counted)', 'totals of the search');
    await session.click('th[data-sort="quantity"] button');
    await sortedAs(6, ['Design workshop', 'design review', 'design_review'], 'the search sorted by quantity');
    await shot('02d-contributions-sorted-searched');
    await session.type('#filter-note', '_');
    // As a LIKE wildcard, "_" would match the space of "design review" too.
    await sortedAs(6, ['design_review'], '"_" matches only an underscore');
    await session.type('#filter-note', '100%');
    await sortedAs(6, ['Fixed 100% of the bugs'], '"100%" matches only itself');
    await session.type('#filter-note', 'no such note');
    await session.waitText('[data-testid="contribution-totals"]', (t) => t === '0 contributions · 0 hours · value 0.00 EUR', 'nothing found, nothing added');
    await nav('members');
    await nav('contributions');
    if ((await session.value('#filter-note')) !== '' || (await session.value('#filter-project')) !== '') throw new Error('the filters stayed');
  });

  await step('keyboard shortcuts: Alt+digit for a screen, Alt+N for a new entry, / to search notes', async () => {
    await session.chord(Keys.ALT, '3');
    await session.waitText('button.nav.active', (t) => t.startsWith('Members'), 'Alt+3 opened the third screen');
    await session.chord(Keys.ALT, 'n');
    await session.waitText('button.nav.active', (t) => t.startsWith('Contributions'), 'Alt+N opened contributions');
    await waitFor(async () => (await session.js('return document.activeElement && document.activeElement.id')) === 'entry-member' || null, 5000, 'the member field has the focus');
    await session.js('document.activeElement.blur()');
    await session.keys('/');
    await waitFor(async () => (await session.js('return document.activeElement && document.activeElement.id')) === 'filter-note' || null, 5000, '/ went to the note search');
    if ((await session.value('#filter-note')) !== '') throw new Error('the / was typed into the search');
    if (!(await session.text('[data-testid="shortcuts"]')).includes('Alt+N')) throw new Error('the shortcuts are not listed');
  });

  await step('undo the last action: it asks, voids the contribution just logged, and is gone once done', async () => {
    await nav('contributions');
    await session.type('#entry-member', 'ana');
    await session.type('#entry-project', 'web');
    await session.type('#entry-kind', 'work');
    await session.type('#entry-quantity', '1.5');
    await session.type('#entry-note', 'logged by mistake');
    await session.keys(Keys.ENTER);
    await session.waitText('[data-testid="entry-saved"]', (t) => t.includes('1.5 hours of work by ana'), 'saved');
    const id = cli('list', '--all').split('\n').find((l) => l.includes('logged by mistake'))?.trim().split(/\s+/)[0];
    if (!id) throw new Error('the entry is not in the list');
    await session.click('[data-testid="undo-button"]');
    const question = await session.waitText('[data-testid="undo-question"]', (t) => t.includes(id), 'the question names the entry');
    if (!question.includes(`void contribution ${id}`)) throw new Error(question);
    // Nothing is undone before the answer.
    if ((cli('list', '--all').split('\n').find((l) => l.includes('logged by mistake')) ?? '').includes('void')) throw new Error('voided before the answer');
    await shot('02e-undo-question');
    await session.click('[data-testid="undo-confirm"]');
    await session.waitText('[data-testid="undo-done"]', (t) => t === `Done: void contribution ${id}.`, 'undone');
    const row = cli('list', '--all').split('\n').find((l) => l.includes('logged by mistake')) ?? '';
    if (!row.includes('void')) throw new Error(`not voided: ${row}`);
    // The void itself has no reversing entry: the button is gone.
    await waitFor(async () => (await session.js('return document.querySelector(\'[data-testid="undo-button"]\') === null')) || null, 5000, 'no undo of an undo');
  });

  await step('record a revenue, preview and commit its distribution', async () => {
    await nav('revenues');
    await session.select('#revenue-project', 'web');
    await session.type('#revenue-amount', '1000.00');
    // The default date is today, like the contributions above.
    await session.type('#revenue-id', 'R-1');
    await session.click('#revenue-add');
    await session.waitText('[data-testid="revenue-detail"] h2', (t) => t.includes('R-1'), 'revenue selected');
    await session.click('#preview');
    await session.find('[data-testid="plan-totals"]');
    const preview = await rowsOf('[data-testid="plan-totals"]');
    // Only ana's approved 3 h count: commons 10 %, ana the rest.
    const expected = JSON.stringify([['ana', '900.00'], ['commons', '100.00']]);
    if (JSON.stringify(preview) !== expected) throw new Error(JSON.stringify(preview));
    if (!cli('revenue', 'list').includes('not distributed')) throw new Error('a preview wrote something');
    await session.click('#commit');
    await session.waitText('[data-testid="revenue-detail"] .notice', (t) => t.includes('Distributed as'), 'committed');
    await session.find('[data-testid="revenue-detail"] figure.chart img');
    await shot('03-revenues');
    if (cli('revenue', 'list').includes('not distributed')) throw new Error('not committed in the ledger');
  });

  await step('record a payout', async () => {
    // From the balances, "Pay…" fills in the account and what is owed.
    await nav('balances');
    await session.click('[data-testid="balances"] tr[data-account="ana"] button');
    await waitFor(async () => (await session.value('#payout-amount')) === '900.00', 5000, 'owed amount filled in');
    if ((await session.value('#payout-account')) !== 'ana') throw new Error('account not filled in');
    // More than what is owed asks first, saying by how much; Cancel records nothing.
    const before = cli('balances');
    await session.type('#payout-amount', '1000.00');
    await session.click('#payout-add');
    const question = await session.waitText('[data-testid="overpay-question"]', (t) => t.length > 0, 'a payout above what is owed asks first');
    if (question !== '1,000.00 EUR is 100.00 EUR more than the 900.00 EUR owed to ana: ana would be paid 100.00 EUR in advance. Record it anyway?') throw new Error(question);
    await shot('04f-payout-overpay-confirm');
    await session.click('#overpay-cancel');
    await waitFor(async () => !(await session.exists('[data-testid="overpay-confirm"]')), 5000, 'cancel closes the question');
    if (cli('balances') !== before) throw new Error('cancelling an overpayment changed the balances');
    await session.type('#payout-amount', '250.50');
    await session.type('#payout-method', 'transfer');
    await session.click('#payout-add');
    await session.waitText('[data-testid="payouts"] td', (t) => t === '250.50', 'payout listed');
    if (await session.exists('[data-testid="overpay-confirm"]')) throw new Error('a payout within what is owed asked');
  });

  await step('void a payout recorded by mistake, with confirmation', async () => {
    // A second payout typed by mistake.
    await session.select('#payout-account', 'ana');
    await session.type('#payout-amount', '99.00');
    await session.click('#payout-add');
    await session.waitText('[data-testid="payouts"] td', (t) => t === '99.00', 'mistaken payout listed');
    const paidBefore = cli('balances').split('\n').find((l) => l.startsWith('ana'));
    if (!/ana\s+member\s+900\.00\s+349\.50\s+550\.50/.test(paidBefore)) throw new Error(paidBefore);
    const id = await session.js(`return [...document.querySelectorAll('[data-testid="payouts"] tbody tr[data-id]')].find(tr => tr.cells[2].innerText === '99.00').dataset.id`);
    const row = `[data-testid="payouts"] tr[data-id="${id}"]`;
    await session.click(`${row} button[data-action="void"]`);
    await session.waitText('[data-testid="payout-void-confirm"]', (t) => t.includes('no longer count as paid'), 'void explained');
    await shot('04b-payout-void-confirm');
    await session.click('#payout-void-cancel');
    await waitFor(async () => !(await session.exists('[data-testid="payout-void-confirm"]')), 5000, 'cancel closes it');
    if (cli('balances').split('\n').find((l) => l.startsWith('ana')) !== paidBefore) throw new Error('cancelling changed the balances');
    await session.click(`${row} button[data-action="void"]`);
    await session.click('#payout-void-confirm');
    await session.waitText(`${row} .badge`, (t) => t === 'void', 'payout listed as void');
    await session.waitText('[data-testid="payout-voided"]', (t) => t.includes('owed that much again'), 'void confirmed in words');
    await shot('04a-payout-voided');
    const ana = cli('balances').split('\n').find((l) => l.startsWith('ana'));
    if (!/ana\s+member\s+900\.00\s+250\.50\s+649\.50/.test(ana)) throw new Error(ana);
    const listed = cli('payout', 'list', '--all').split('\n').find((l) => l.includes(id));
    if (!listed || !/\bvoid\b/.test(listed)) throw new Error(`not void in the ledger: ${listed}`);
  });

  await step('balances in the window match the CLI on the same file', async () => {
    await nav('balances');
    await session.waitText('[data-testid="balances"] td', (t) => t === 'ana', 'balances listed');
    const window = (await rowsOf('[data-testid="balances"]')).map((r) => [r[0], r[2], ...r.slice(3, 6).map((x) => x.replace(/,/g, ''))]);
    const lines = cli('balances').trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/).map((x) => x.replace(/,/g, '')));
    if (JSON.stringify(window) !== JSON.stringify(lines)) {
      throw new Error(`window ${JSON.stringify(window)} ≠ CLI ${JSON.stringify(lines)}`);
    }
    const ana = lines.find((l) => l[0] === 'ana');
    if (JSON.stringify(ana) !== JSON.stringify(['ana', 'member', '900.00', '250.50', '649.50'])) throw new Error(JSON.stringify(ana));
    await shot('04-balances');
  });

  await step('balances as of a date and per project', async () => {
    // Everything above is dated today: as of yesterday nothing was earned or paid.
    const d = new Date(Date.now() - 86_400_000);
    const yesterday = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    await session.setDate('#balances-as-of', yesterday);
    await session.waitText('[data-testid="balances-scope"]', (t) => t.includes(`up to ${yesterday}`), 'as of yesterday');
    const lines = cli('balances', '--to', yesterday).trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/).map((x) => x.replace(/,/g, '')));
    await waitFor(async () => {
      const window = (await rowsOf('[data-testid="balances"]')).map((r) => [r[0], r[2], ...r.slice(3, 6).map((x) => x.replace(/,/g, ''))]);
      return JSON.stringify(window) === JSON.stringify(lines) || null;
    }, 5000, `balances as of ${yesterday} as the CLI's ${JSON.stringify(lines)}`);
    if (!lines.every((l) => l.slice(2).every((x) => x === '0.00'))) throw new Error(JSON.stringify(lines));
    // One project: what its distributions allocated; no paid or owed invented.
    await nav('members');
    await nav('balances');
    await session.select('#balances-project', 'web');
    await session.waitText('[data-testid="balances-project-note"]', (t) => t.includes('not for a project'), 'paid and owed are not per project');
    const rows = await waitFor(async () => {
      const r = await rowsOf('[data-testid="balances"]');
      return r.length === 2 && r[0].length === 4 ? r : null;
    }, 5000, 'earned from web only');
    if (JSON.stringify(rows) !== JSON.stringify([['ana', 'Ana Puig', 'member', '900.00'], ['commons', 'Commons fund', 'fund', '100.00']])) throw new Error(JSON.stringify(rows));
    const heads = await session.js(`return [...document.querySelectorAll('[data-testid="balances"] thead th')].map(th => th.innerText.trim())`);
    if (heads.includes('Paid') || heads.includes('Owed')) throw new Error(`per project shows ${heads}`);
    await shot('04d-balances-per-project');
    await nav('members');
  });

  await step('a failing import shows its row errors and changes nothing', async () => {
    const before = cli('list', '--all');
    await nav('import');
    await session.select('#import-table', 'contributions');
    await session.type('#import-path', join(FIXTURES, 'bad-contributions.csv'));
    await session.click('#import-run');
    const text = await session.waitText('[data-testid="import-error"]', (t) => t.includes('nothing was imported'), 'row errors');
    for (const want of ['bad-contributions.csv:2:', "did you mean 'ana'", 'bad-contributions.csv:3:', 'bad-contributions.csv:4:']) {
      if (!text.includes(want)) throw new Error(`missing ${want} in ${text}`);
    }
    await shot('05-import-errors');
    if (cli('list', '--all') !== before) throw new Error('the failed import changed the ledger');
    if (!cli('verify').startsWith('OK')) throw new Error('verify failed');
  });

  await step('reverse the distribution', async () => {
    await nav('revenues');
    await session.click('[data-testid="revenues"] tr[data-id="R-1"] button');
    await session.click('#reverse');
    await session.waitText('[data-testid="reverse-confirm-box"]', (t) => t.includes('no longer counts'), 'reversal explained');
    await session.keys(Keys.ESCAPE);
    await waitFor(async () => !(await session.exists('[data-testid="reverse-confirm-box"]')), 5000, 'Escape keeps it');
    if (cli('revenue', 'list').includes('not distributed')) throw new Error('backing out reversed it');
    await session.click('#reverse');
    await session.click('#reverse-confirm');
    await session.find('#preview');
    // The reversal stays visible.
    await session.waitText('[data-testid="reversed-list"]', (t) => t.includes('reversed'), 'reversed distribution listed');
    await session.waitText('[data-testid="revenues"] tr[data-id="R-1"]', (t) => t.includes('reversed'), 'revenue marked reversed');
    await shot('03b-revenue-reversed');
    const ana = cli('balances').split('\n').find((l) => l.startsWith('ana'));
    if (!/ana\s+member\s+0\.00\s+250\.50\s+-250\.50/.test(ana)) throw new Error(ana);
  });

  await step('overpayment: paid in advance is highlighted, and paying more asks first', async () => {
    // The reversal left ana paid 250.50 for nothing earned.
    await nav('balances');
    await session.waitText('[data-testid="balances"] tr[data-account="ana"] [data-testid="paid-in-advance"]', (t) => t === 'paid 250.50 in advance', 'paid in advance shown');
    if (!(await session.js(`return document.querySelector('[data-testid="balances"] tr[data-account="ana"]').classList.contains('advance')`))) throw new Error('the row is not highlighted');
    if (await session.exists('[data-testid="balances"] tr[data-account="ben"] [data-testid="paid-in-advance"]')) throw new Error('ben is not paid in advance');
    await shot('04c-balances-paid-in-advance');
    await nav('payouts');
    const before = cli('balances');
    await session.select('#payout-account', 'ana');
    await session.type('#payout-amount', '10.00');
    await session.click('#payout-add');
    const question = await session.waitText('[data-testid="overpay-question"]', (t) => t.length > 0, 'asked first');
    if (question !== 'Nothing is owed to ana, who was already paid 250.50 EUR in advance: after 10.00 EUR more, ana will have been paid 260.50 EUR in advance. Record it anyway?') throw new Error(question);
    await session.keys(Keys.ESCAPE);
    await waitFor(async () => !(await session.exists('[data-testid="overpay-confirm"]')), 5000, 'Escape backs out');
    if (cli('balances') !== before) throw new Error('backing out changed the balances');
    // Confirmed, it is recorded.
    await session.click('#payout-add');
    await session.click('#overpay-confirm');
    await session.waitText('[data-testid="payouts"] td', (t) => t === '10.00', 'recorded after confirming');
    const ana = cli('balances').split('\n').find((l) => l.startsWith('ana'));
    if (!/ana\s+member\s+0\.00\s+260\.50\s+-260\.50/.test(ana)) throw new Error(ana);
  });

  await step('the form view of the equation editor builds a cap and a repay bucket, previews and commits', async () => {
    // A deferred kind from the kinds form; ben's love hours and one more
    // hour of work (approved) from the CLI on the same file.
    await nav('kinds');
    await session.type('#kind-code', 'love');
    await session.type('#kind-name', 'Love');
    await session.type('#kind-rate', '30');
    await session.click('#kind-deferred');
    await session.click('#kind-add');
    await session.waitText('[data-testid="kinds"] td', (t) => t.includes('deferred'), 'deferred kind listed');
    for (const kind of ['love', 'work']) {
      const id = cli('log', 'ben', 'web', kind, kind === 'love' ? '2' : '1').trim().split(/\s+/).pop();
      cli('approve', id, '--by', 'ana');
    }
    await nav('equations');
    await session.select('#equation-project', 'web');
    await session.click('#equation-view-form');
    await waitFor(async () => (await session.findAll('[data-testid="equation-form-row"]')).length === 2 || null, 5000, 'two rows from the text');
    await session.click('#equation-add-bucket');
    const row = (n, css) => `[data-testid="equation-form-row"]:nth-child(${n}) ${css}`;
    await waitFor(async () => (await session.findAll('[data-testid="equation-form-row"]')).length === 3 || null, 5000, 'a third row');
    await session.select(row(3, '.bucket-kind'), 'repay');
    await session.type(row(3, '.bucket-name'), 'Love later');
    await session.type(row(3, '.bucket-share'), '20%');
    await session.type(row(2, '.bucket-cap'), '50%');
    await session.waitText('[data-testid="equation-problems"]', (t) => t.includes('valid'), 'the form gives a valid equation');
    await session.click('#equation-view-toml');
    const text = await session.value('#equation-source');
    for (const want of ['repay = true', 'cap = "50%"', 'share = "20%"']) {
      if (!text.includes(want)) throw new Error(`missing ${want} in ${text}`);
    }
    await session.click('#equation-view-form');
    await session.select('#equation-preview-revenue', 'R-1');
    await session.click('#equation-preview');
    // 1000: commons 100; repay 20 % pays ben's 60.00 claim, the 140 left
    // goes to the rest; the rest (840) by lifetime value 3:1 would give ana
    // 630, so she is held at 420 and ben gets the 210 above it: 60 + 420.
    const notes = await session.waitText('[data-testid="bucket-note"]', (t) => t.includes('held at the cap'), 'cap note');
    if (!notes.includes('ana held at the cap')) throw new Error(notes);
    // The line itself says so too.
    await session.waitText('[data-testid="plan-lines"] [data-testid="capped"]', (t) => t === 'at cap', 'capped line marked');
    await session.waitText('[data-testid="bucket-note"]', (t) => t.includes('pays claims'), 'claims note');
    const totals = await rowsOf('[data-testid="plan-totals"]');
    const expected = JSON.stringify([['ana', '420.00'], ['ben', '480.00'], ['commons', '100.00']]);
    if (JSON.stringify(totals) !== expected) throw new Error(JSON.stringify(totals));
    await shot('06-equation-form');
    await session.click('#equation-save');
    await session.waitText('.notice', (t) => t.includes('Saved for web'), 'equation saved');
    const dry = cli('distribute', 'R-1', '--dry-run');
    if (!dry.includes('held at the cap') || !dry.includes('pays claims')) throw new Error(dry);
    await nav('revenues');
    await session.click('[data-testid="revenues"] tr[data-id="R-1"] button');
    await session.click('#preview');
    await session.click('#commit');
    await session.waitText('[data-testid="revenue-detail"] .notice', (t) => t.includes('Distributed as'), 'committed');
    const ben = cli('balances').split('\n').find((l) => l.startsWith('ben'));
    if (!/ben\s+member\s+480\.00/.test(ben)) throw new Error(ben);
  });

  await step('members: a stage with its history, and leaving with a reason explained', async () => {
    await nav('members');
    await session.type('#stage-code', 'dating');
    await session.type('#stage-percent', '50');
    await session.type('#stage-kinds', 'work');
    await session.click('#stage-define');
    await session.waitText('[data-testid="stages"] td', (t) => t === 'dating', 'stage listed');
    await session.select('#stage-member', 'ben');
    await session.select('#stage-stage', 'dating');
    await session.setDate('#stage-from', '2026-01-01');
    await session.click('#stage-set');
    await session.waitText('[data-testid="stage-history"] td', (t) => t === '2026-01-01', 'history row');
    await session.waitText('[data-testid="members"] td', (t) => t.startsWith('dating (50%) since 2026-01-01'), 'stage today shown');
    await session.click('[data-leave="ben"]');
    const text = await session.waitText('[data-testid="leave-form"]', (t) => t.includes('Without good reason'), 'reasons explained');
    if (!text.includes('only the money they put in counts')) throw new Error(text);
    await session.click('#leave-bad');
    await session.setDate('#leave-date', '2026-11-30');
    await shot('07-members-leave');
    await session.click('#leave-confirm');
    await session.waitText('[data-testid="members"] tr', (t) => t.includes('ben') && t.includes('left'), 'ben has left');
    const stages = cli('stage', 'list');
    if (!/dating\s+50%\s+work\s+ben \(from 2026-01-01\)/.test(stages)) throw new Error(stages);
    if (!/^ben\s.*member\s+left/m.test(cli('member', 'list'))) throw new Error(cli('member', 'list'));
  });

  await step('resources: a laser cutter owned by ana and the commons fund, a use logged, credits split', async () => {
    await nav('resources');
    await session.type('#resource-code', 'laser');
    await session.type('#resource-name', 'Laser cutter');
    await session.type('#resource-rate', '10');
    await session.type('#resource-owners', 'ana:3, commons');
    await session.click('#resource-add');
    await session.waitText('[data-testid="resources"] td', (t) => t === 'ana (3), commons (1)', 'resource listed with its owners');
    await session.select('#use-resource', 'laser');
    await session.select('#use-project', 'web');
    await session.type('#use-quantity', '2');
    await session.click('#use-add');
    await session.waitText('[data-testid="resource-notice"]', (t) => t.includes('Logged a use: 2 hours of laser on web'), 'use logged');
    // 2 × 10 = 20, split 3:1: ana 15, commons 5.
    await session.waitText('[data-testid="uses"] td', (t) => t === 'ana 15, commons 5', 'credits shown');
    await shot('08-resources');
    const list = cli('resource', 'list');
    if (!/laser/.test(list) || !/ana 15/.test(list) || !/commons 7\.5|commons 5/.test(list)) throw new Error(list);
  });

  await step('peers: a GIVE epoch from open to distribution, a peer valuation, a token send', async () => {
    // ben has left; cai joins (since 2025), a project split by GIVE alone,
    // and a kind valued by peers.
    await nav('members');
    await session.type('#account-handle', 'cai');
    await session.type('#account-name', 'Cai Lin');
    await session.select('#account-type', 'member');
    await session.setDate('#account-joined', '2025-01-01');
    await session.click('#account-add');
    await session.waitText('[data-testid="account-form"] .notice', (t) => t.includes('cai'), 'added cai');
    await nav('projects');
    await session.type('#project-code', 'zine');
    await session.type('#project-name', 'Zine');
    await session.click('#project-add');
    await session.waitText('[data-testid="projects"] td', (t) => t === 'zine', 'project listed');
    const eq = join(work, 'peer.toml');
    writeFileSync(eq, 'name = "By GIVE"\n[[bucket]]\nname = "peers"\nshare = "100%"\npolicy = "peer"\n');
    cli('equation', 'set', 'zine', eq);
    await nav('kinds');
    await session.type('#kind-code', 'design');
    await session.type('#kind-name', 'Design');
    await session.click('#kind-peers');
    await session.click('#kind-add');
    await session.waitText('[data-testid="kinds"] tr', (t) => t.includes('design') && t.includes('valued by peers'), 'peer-valued kind listed');
    // Dated after ben left (2026-11-30): cai alone weighs it.
    cli('log', 'ana', 'zine', 'design', '1', '--date', '2026-12-01', '--id', 'C-cover', '--note', 'the cover');

    await nav('give');
    await session.find('[data-testid="no-epochs"]');
    await session.select('#epoch-project', 'zine');
    await session.setDate('#epoch-from', '2026-01-01');
    await session.setDate('#epoch-to', '2026-01-31');
    await session.type('#epoch-give', '100');
    await session.type('#epoch-id', 'E-jan');
    await session.click('#epoch-open');
    await session.waitText('[data-testid="give-notice"]', (t) => t.includes('Opened epoch E-jan'), 'epoch opened');
    // ana gives cai 70: 30 left, shown as she types.
    await session.select('#gift-giver', 'ana');
    await session.type('input[data-gift="cai"]', '70');
    await session.waitText('[data-testid="give-remaining"]', (t) => t.startsWith('30 of 100 GIVE left'), 'remaining budget live');
    await session.type('input[data-gift="cai"]', '170');
    await session.waitText('[data-testid="give-remaining"]', (t) => t.includes('70 GIVE over the budget'), 'over budget said');
    if (!(await session.js('return document.getElementById("gifts-save").disabled'))) throw new Error('saving over the budget is offered');
    await session.type('input[data-gift="cai"]', '70');
    await session.type('input[data-note="cai"]', 'for the layout nights');
    await session.click('#gifts-save');
    await session.waitText('[data-testid="give-notice"]', (t) => t.includes("Saved ana's gifts in E-jan: 70 of 100 GIVE given, 30 left unspent"), 'gifts saved');
    await session.select('#gift-giver', 'cai');
    await session.type('input[data-gift="ana"]', '40');
    await session.click('#gifts-save');
    await session.waitText('[data-testid="give-notice"]', (t) => t.includes("Saved cai's gifts"), "cai's gifts saved");
    await session.waitText('[data-testid="received"] tr[data-member="cai"]', (t) => t.includes('70') && t.includes('63.64 %'), 'received shown with shares');
    await session.find('figure.chart img', 15_000);
    await shot('09-give');
    if (!/ana gave cai 70 \(for the layout nights\)/.test(cli('epoch', 'show', 'E-jan'))) throw new Error(cli('epoch', 'show', 'E-jan'));
    await session.click('#epoch-close');
    await session.waitText('[data-testid="give-notice"]', (t) => t.includes('Closed E-jan'), 'epoch closed');
    if (await session.exists('[data-testid="gift-form"]')) throw new Error('a closed epoch still offers gifts');

    // The revenue is split 70 : 40 by GIVE received.
    cli('revenue', 'add', 'zine', '110', '--id', 'R-zine', '--date', '2026-02-01');
    await nav('revenues');
    await session.click('[data-testid="revenues"] tr[data-id="R-zine"] button');
    await session.click('#preview');
    await session.find('[data-testid="plan-totals"]');
    const plan = await rowsOf('[data-testid="plan-totals"]');
    if (JSON.stringify(plan) !== JSON.stringify([['ana', '40.00'], ['cai', '70.00']])) throw new Error(JSON.stringify(plan));
    await session.click('#commit');
    await session.waitText('[data-testid="revenue-detail"] .notice', (t) => t.includes('Distributed as'), 'committed by GIVE');

    // cai values ana's cover; its value is the reputation-weighted median
    // (cai is the only member besides ana on its date).
    await nav('contributions');
    await session.select('#reviewer', 'cai');
    await session.waitText('[data-testid="contributions"] tr[data-id="C-cover"] [data-testid="peer-value"]', (t) => t === 'valued 0.00', 'nobody valued it yet: 0');
    await session.click('[data-testid="contributions"] tr[data-id="C-cover"] button[data-action="value"]');
    await session.type('#value-amount', '120');
    await shot('10-peer-valuation');
    await session.click('#value-save');
    await session.waitText('[data-testid="valued-notice"]', (t) => t.includes('its value is now 120.00'), 'valued');
    await session.waitText('[data-testid="contributions"] tr[data-id="C-cover"] [data-testid="peer-value"]', (t) => t === 'valued 120.00', 'value shown in the list');
    const listed = cli('list', '--member', 'ana');
    if (!/C-cover/.test(listed) || !/120\.00/.test(listed)) throw new Error(listed);
    await nav('members');
    await session.waitText('[data-reputation="ana"]', (t) => /^\d+$/.test(t), 'reputation shown');

    // A token, earned by contributing and sent between members.
    await nav('tokens');
    await session.find('[data-testid="no-tokens"]');
    await session.type('#token-code', 'eco');
    await session.type('#token-name', 'Ecos');
    await session.type('#token-per-value', '0.5');
    await session.click('#token-define');
    await session.waitText('[data-testid="tokens-notice"]', (t) => t.includes('Defined token eco'), 'token defined');
    const before = cli('token', 'balances', 'eco');
    await session.select('#send-from', 'ana');
    await session.select('#send-to', 'cai');
    await session.type('#send-amount', '10');
    await session.type('#send-note', 'proofreading');
    await session.click('#send-submit');
    await session.waitText('[data-testid="tokens-notice"]', (t) => t.includes('ana sent 10 eco to cai'), 'sent');
    await session.waitText('[data-testid="token-moves"] tbody tr', (t) => t.includes('proofreading'), 'send in the history');
    const after = cli('token', 'balances', 'eco');
    const bal = (out, m) => Number(out.split('\n').find((l) => l.startsWith(`${m} `))?.split(/\s+/)[2]?.replace(/,/g, ''));
    if (bal(after, 'ana') !== bal(before, 'ana') - 10 || bal(after, 'cai') !== bal(before, 'cai') + 10) throw new Error(before + after);
    const shown = await session.text('[data-testid="token-balances"] tr[data-member="ana"]');
    if (!shown.includes(after.split('\n').find((l) => l.startsWith('ana ')).split(/\s+/)[2])) throw new Error(shown + after);
    await session.find('figure.chart img', 15_000);
    await shot('11-tokens');
    // An overdraft is refused with the balance named, and nothing is sent.
    // The recipient stays chosen for the next send.
    if ((await session.value('#send-to')) !== 'cai') throw new Error('recipient forgotten');
    await session.type('#send-amount', '100000');
    await session.click('#send-submit');
    await session.waitText('.error, [data-testid="error"]', (t) => t.length > 0, 'overdraft refused');
    if (cli('token', 'balances', 'eco') !== after) throw new Error('an overdraft changed the balances');
  });

  await step('a Spanish spreadsheet imports: its format is detected and shown first', async () => {
    await nav('import');
    await session.select('#import-table', 'members');
    await session.type('#import-path', join(FIXTURES, 'members-es.csv'));
    await session.waitText('[data-testid="import-detected"]', (t) => t.includes('detected: ; and decimal comma, dates DD/MM/YYYY'), 'format detected');
    await session.click('#import-run');
    await session.waitText('[data-testid="import-summary"], .notice', (t) => t.includes('1'), 'imported');
    const members = cli('member', 'list');
    if (!/dolors\s+Dolors Roca\s+member\s+active\s+2025-01-15/.test(members)) throw new Error(members);
  });

  await step('the demo ledger opens and every screen renders at 1280×800 and 1024×700', async () => {
    await nav('ledger');
    await session.click('#switch-ledger');
    await session.find('#demo-submit');
    await session.click('#demo-submit');
    await session.waitText('.ledger-name', (t) => t.includes('demo'), 'demo opened', 30_000);
    const screens = ['contributions', 'members', 'projects', 'kinds', 'equations', 'revenues', 'payouts', 'balances', 'import', 'export', 'ledger', 'sync', 'account', 'resources', 'give', 'tokens'];
    for (const [w, h] of [[1280, 800], [1024, 700]]) {
      await session.setSize(w, h);
      for (const [i, s] of screens.entries()) {
        await nav(s);
        if (s === 'revenues') {
          await session.click('[data-testid="revenues"] tr[data-id="R-festival-1"] button');
          await session.find('[data-testid="revenue-detail"] figure.chart img', 15_000);
        }
        // The history of a contribution, and a payout's void confirmation
        // (left unconfirmed), at both sizes.
        if (s === 'contributions') {
          if (!(await session.exists('[data-testid="history"]'))) await session.click('[data-testid="contributions"] tbody tr[data-id] button[data-action="history"]');
          await session.waitText('[data-testid="history"] ol', (t) => t.includes('Logged for'), 'demo history');
        }
        if (s === 'payouts') {
          await session.click('[data-testid="payouts"] tbody tr[data-id] button[data-action="void"]');
          await session.find('[data-testid="payout-void-confirm"]');
        }
        if (s === 'equations') await session.waitText('[data-testid="equation-problems"]', (t) => t.includes('valid'), 'checked');
        if (s === 'export') await session.find('figure.chart img', 15_000);
        // Sign-in is off in the demo: My account asks whose account to show.
        if (s === 'account') {
          await session.select('#account-member', 'ana');
          await session.find('[data-testid="account-owed"]');
        }
        // Nothing may stick out sideways: the page itself never scrolls horizontally.
        const overflow = await session.js('return document.documentElement.scrollWidth - window.innerWidth');
        if (overflow > 0) throw new Error(`${s} at ${w}×${h} overflows by ${overflow}px`);
        await shot(`demo-${String(i + 1).padStart(2, '0')}-${s}-${w}x${h}`, `${w}x${h}`);
        if (s === 'payouts') await session.keys(Keys.ESCAPE);
      }
    }
    await session.setSize(1280, 800);
  });
  await step("the README's walk: a demo revenue carried through to balances owed", async () => {
    const demo = join(dataHome, 'openvalue', 'demo.openvalue');
    await nav('revenues');
    await session.click('[data-testid="revenues"] tr[data-id="R-translation-2"] button');
    await session.click('#preview');
    await session.find('[data-testid="plan-totals"]');
    // "Why?" lists the contributions behind a line.
    await session.click('[data-testid="plan-lines"] button');
    await session.find('[data-testid="explain"] table');
    await session.click('#commit');
    await session.waitText('[data-testid="revenue-detail"] .notice', (t) => t.includes('Distributed as'), 'committed');
    await nav('balances');
    await session.waitText('[data-testid="balances"] td', (t) => t === 'ana', 'balances listed');
    const window = (await rowsOf('[data-testid="balances"]')).map((r) => [r[0], r[2], ...r.slice(3, 6).map((x) => x.replace(/,/g, ''))]);
    const out = execFileSync(CLI, ['--ledger', demo, 'balances'], { encoding: 'utf8' });
    const lines = out.trim().split('\n').slice(1).map((l) => l.trim().split(/\s+/).map((x) => x.replace(/,/g, '')));
    if (JSON.stringify(window) !== JSON.stringify(lines)) throw new Error(`window ${JSON.stringify(window)} ≠ CLI ${JSON.stringify(lines)}`);
  });

  await step('every screen in Spanish, Catalan and French at both sizes: translated, no raw keys, nothing overflowing, numbers the language\'s way', async () => {
    const screens = ['contributions', 'members', 'projects', 'kinds', 'equations', 'revenues', 'payouts', 'balances', 'import', 'export', 'ledger', 'sync', 'account', 'resources', 'give', 'tokens'];
    const words = { es: ['Aportaciones', 'Saldos'], ca: ['Aportacions', 'Saldos'], fr: ['Contributions', 'Soldes'] };
    const pick = async (lang) => {
      await session.js(`document.getElementById('language').scrollIntoView({ block: 'center' })`);
      await session.select('#language', lang);
    };
    for (const lang of ['es', 'ca', 'fr']) {
      await pick(lang);
      await waitFor(async () => (await session.js('return document.documentElement.lang')) === lang || null, 5000, `<html lang="${lang}">`);
      const nav = await session.text('nav');
      for (const w of words[lang]) if (!nav.includes(w)) throw new Error(`${lang}: the side bar lacks ${w}: ${nav}`);
      for (const [w, h] of [[1280, 800], [1024, 700]]) {
        await session.setSize(w, h);
        for (const [i, s] of screens.entries()) {
          await session.click(`button[data-screen="${s}"]`);
          if (s === 'account') {
            await session.select('#account-member', 'ana');
            await session.find('[data-testid="account-owed"]');
          }
          if (s === 'balances') {
            await session.waitText('[data-testid="balances"] td', (t) => t === 'ana', 'balances listed');
            const cells = await session.js(`return [...document.querySelectorAll('[data-testid="balances"] td')].map(td => td.innerText).join(' ')`);
            // Amounts with a decimal comma (es, ca, fr), never a decimal point.
            if (!/\d,\d\d\b/.test(cells) || /\d\.\d\d\b/.test(cells)) throw new Error(`${lang}: balances not in the language's numbers: ${cells.slice(0, 200)}`);
          }
          if (s === 'export') await session.find('figure.chart img', 15_000);
          const text = await session.js('return document.body.innerText');
          const raw = /\b(?:app|cli|err|refusal|chart)-[a-z0-9]+(?:-[a-z0-9]+)+\b/.exec(text);
          if (raw) throw new Error(`${lang}: ${s} shows a raw message key ${raw[0]}`);
          const overflow = await session.js('return document.documentElement.scrollWidth - window.innerWidth');
          if (overflow > 0) throw new Error(`${s} at ${w}×${h} overflows by ${overflow}px in ${lang}`);
          await shot(`lang-${lang}-${String(i + 1).padStart(2, '0')}-${s}-${w}x${h}`, `${w}x${h}`);
        }
      }
      await session.setSize(1280, 800);
    }
    await pick('en');
    await waitFor(async () => (await session.js('return document.documentElement.lang')) === 'en' || null, 5000, 'back to English');
  });

  await step('started with LANG=ca_ES.UTF-8 (no language chosen), the app speaks Catalan: screens, a chart and the core\'s refusal', async () => {
    const demo = join(dataHome, 'openvalue', 'demo.openvalue');
    await session.js(`localStorage.removeItem('openvalue:language')`);
    await session.stop();
    session = null;
    const caPort = await freePort();
    start('WebKitWebDriver', [`--port=${caPort}`], { ...env, LANG: 'ca_ES.UTF-8', LC_ALL: '', LANGUAGE: '' });
    await waitFor(() => portOpen(caPort), 20_000, 'WebKitWebDriver (ca)');
    session = await Session.start(`http://127.0.0.1:${caPort}`, APP, [demo]);
    await session.waitText('button[data-screen="contributions"]', (t) => t.startsWith('Aportacions'), 'Catalan from LANG', 30_000);
    if ((await session.js('return document.documentElement.lang')) !== 'ca') throw new Error('<html lang> is not ca');
    // The core's refusal in the app's language: a handle that is taken.
    await session.click('button[data-screen="members"]');
    await session.type('#account-handle', 'ana');
    await session.type('#account-name', 'Ana again');
    await session.click('#account-add');
    const said = await session.waitText('main', (t) => t.includes('ja existeix'), 'the refusal in Catalan');
    if (said.includes('already exists')) throw new Error('English refusal');
    // A chart's words too.
    await session.click('button[data-screen="export"]');
    await session.find('figure.chart img', 15_000);
    const svg = await session.js(`return decodeURIComponent(document.querySelector('figure.chart img').src.split(',')[1])`);
    if (!/Aportacions|aportacions/.test(svg)) throw new Error(`the chart is not in Catalan: ${svg.slice(0, 300)}`);
    await shot('lang-ca-system-export');
    await session.js(`localStorage.setItem('openvalue:language', 'en')`);
    await session.stop();
    session = null;
    const enPort = await freePort();
    start('WebKitWebDriver', [`--port=${enPort}`], env);
    await waitFor(() => portOpen(enPort), 20_000, 'WebKitWebDriver (en)');
    session = await Session.start(`http://127.0.0.1:${enPort}`, APP, [demo]);
    await session.waitText('button[data-screen="contributions"]', (t) => t.startsWith('Contributions'), 'English again', 30_000);
  });

  await step('dark mode follows the system (GTK_THEME=Adwaita:dark): contributions, balances, a chart on a light card', async () => {
    // WebKitGTK tells the page prefers-color-scheme: dark when GTK's theme
    // is a dark one; the app is restarted on the demo with that theme.
    const demo = join(dataHome, 'openvalue', 'demo.openvalue');
    await session.stop();
    session = null;
    const darkPort = await freePort();
    start('WebKitWebDriver', [`--port=${darkPort}`], { ...env, GTK_THEME: 'Adwaita:dark' });
    await waitFor(() => portOpen(darkPort), 20_000, 'WebKitWebDriver (dark)');
    session = await Session.start(`http://127.0.0.1:${darkPort}`, APP, [demo]);
    await session.find('button[data-screen="contributions"]', 30_000);
    if (!(await session.js('return matchMedia("(prefers-color-scheme: dark)").matches'))) throw new Error('the window does not see a dark system scheme');
    const background = await session.js('return getComputedStyle(document.documentElement).backgroundColor');
    if (background !== 'rgb(17, 23, 21)') throw new Error(`background ${background}`);
    await nav('contributions');
    await session.click('th[data-sort="member"] button');
    await session.waitText('[data-testid="contribution-totals"]', (t) => t.includes('contributions ·'), 'totals in dark');
    await shot('dark-contributions');
    await nav('balances');
    await session.waitText('[data-testid="balances"] td', (t) => t === 'ana', 'balances listed');
    await shot('dark-balances');
    await nav('revenues');
    await session.click('[data-testid="revenues"] tr[data-id="R-festival-1"] button');
    await session.find('[data-testid="revenue-detail"] figure.chart img', 15_000);
    const card = await session.js(`return getComputedStyle(document.querySelector('figure.chart')).backgroundColor`);
    if (card !== 'rgb(255, 255, 255)') throw new Error(`the chart's card is ${card}`);
    await session.js(`document.querySelector('figure.chart').scrollIntoView({ block: 'center' })`);
    await shot('dark-revenues');
    // Every screen, dark, at both sizes: nothing sticks out sideways.
    const screens = ['contributions', 'members', 'projects', 'kinds', 'equations', 'revenues', 'payouts', 'balances', 'import', 'export', 'ledger', 'sync', 'account', 'resources', 'give', 'tokens'];
    for (const [w, h] of [[1280, 800], [1024, 700]]) {
      await session.setSize(w, h);
      for (const [i, s] of screens.entries()) {
        await nav(s);
        if (s === 'account') {
          await session.select('#account-member', 'ana');
          await session.find('[data-testid="account-owed"]');
        }
        if (s === 'export') await session.find('figure.chart img', 15_000);
        const overflow = await session.js('return document.documentElement.scrollWidth - window.innerWidth');
        if (overflow > 0) throw new Error(`${s} at ${w}×${h} overflows by ${overflow}px in dark mode`);
        await shot(`dark-${String(i + 1).padStart(2, '0')}-${s}-${w}x${h}`, `${w}x${h}`);
      }
    }
    await session.setSize(1280, 800);
  });

  // ---- two laptops -----------------------------------------------------------
  // Two computers (each its own display, device keys, data and config
  // folders) share one sync folder. Laptop A's ledger is set up with the
  // CLI; A invites B from its Sync screen; B starts from the invitation on
  // its first-run screen; both record and distribute the same revenue
  // before syncing, sync through the folder, and list the same one conflict.
  group = 'sync';
  const shared = join(work, 'shared');
  const invitation = join(work, 'usb', 'bar.ovinvite');
  const on = (l) => laptops[l].session;
  const navOn = (l, screen) => on(l).click(`button[data-screen="${screen}"]`);

  async function laptop(name) {
    const home = join(work, `laptop-${name}`);
    const disp = await startXvfb();
    const lenv = {
      DISPLAY: disp,
      TAURI_WEBVIEW_AUTOMATION: 'true',
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CONFIG_HOME: join(home, 'config'),
      OPENVALUE_KEYS: join(home, 'keys'),
      OPENVALUE_LEDGER: name === 'a' ? join(home, 'coop.openvalue') : '',
    };
    const p = await freePort();
    const drv = start('WebKitWebDriver', [`--port=${p}`], lenv);
    await waitFor(() => portOpen(p), 20_000, `WebKitWebDriver for laptop ${name}`);
    laptops[name] = { home, display: disp, env: lenv, driver: drv, ledger: lenv.OPENVALUE_LEDGER };
    laptops[name].session = await Session.start(`http://127.0.0.1:${p}`, APP);
    return laptops[name];
  }

  function cliOn(name, ...args) {
    const l = laptops[name];
    const env = { ...process.env, OPENVALUE_KEYS: l.env.OPENVALUE_KEYS };
    // An empty OPENVALUE_LEDGER makes the CLI refuse even --ledger.
    delete env.OPENVALUE_LEDGER;
    return execFileSync(CLI, ['--ledger', l.ledger, ...args], { encoding: 'utf8', env });
  }

  async function distributeR1(name) {
    const s = on(name);
    await navOn(name, 'revenues');
    await s.select('#revenue-project', 'web');
    await s.type('#revenue-amount', '1000.00');
    await s.type('#revenue-id', 'R-1');
    await s.click('#revenue-add');
    await s.waitText('[data-testid="revenue-detail"] h2', (t) => t.includes('R-1'), `R-1 selected on ${name}`);
    await s.click('#preview');
    await s.find('[data-testid="plan-totals"]');
    await s.click('#commit');
    await s.waitText('[data-testid="revenue-detail"] .notice', (t) => t.includes('Distributed as'), `committed on ${name}`);
  }

  async function syncOn(name, expect) {
    const s = on(name);
    await navOn(name, 'sync');
    await s.type('#sync-folder', shared);
    await s.click('#sync-now');
    return s.waitText('[data-testid="sync-result"]', expect, `a sync on ${name}`, 20_000);
  }

  await step('laptop A: a ledger set up, then its Sync screen invites laptop B', async () => {
    if (session) {
      await session.stop();
      session = null;
    }
    mkdirSync(shared, { recursive: true });
    mkdirSync(dirname(invitation), { recursive: true });
    const home = join(work, 'laptop-a');
    mkdirSync(home, { recursive: true });
    laptops.a = { ledger: join(home, 'coop.openvalue'), env: { OPENVALUE_KEYS: join(home, 'keys') } };
    const fixture = (name, text) => {
      const f = join(home, name);
      writeFileSync(f, text);
      return f;
    };
    cliOn('a', 'init', '--name', 'Festa Major cooperative', '--currency', 'EUR', '--approvals', '0');
    cliOn('a', 'import', 'members', fixture('members.csv', 'handle,name,type\nana,Ana Puig,member\nben,Ben Okafor,member\ncommons,Commons fund,fund\n'));
    cliOn('a', 'import', 'projects', fixture('projects.csv', 'code,name\nweb,Website\n'));
    cliOn('a', 'import', 'kinds', fixture('kinds.csv', 'code,name,measure,rate\nwork,Work,hours,20\n'));
    cliOn('a', 'log', 'ana', 'web', 'work', '3', '--date', '2026-03-01');
    cliOn('a', 'log', 'ben', 'web', 'work', '1', '--date', '2026-03-02');
    cliOn('a', 'equation', 'set', 'web', fixture('web.toml', 'name = "Web split"\n[[bucket]]\nshare = "10%"\nfund = "commons"\n[[bucket]]\nshare = "rest"\npolicy = "lifetime"\n'));

    const a = await laptop('a');
    await a.session.find('button[data-screen="sync"]', 30_000);
    await navOn('a', 'sync');
    await a.session.waitText('[data-testid="no-conflicts"]', (t) => t.includes('No conflicts'), 'no conflicts yet');
    await a.session.type('#invite-label', 'bar');
    await a.session.type('#invite-path', invitation);
    await a.session.click('#invite-submit');
    await a.session.waitText('[data-testid="invited"]', (t) => t.includes('Invitation for bar'), 'invitation written');
    if (!existsSync(invitation)) throw new Error('no invitation file');
    await a.session.waitText('[data-testid="devices"] td', (t) => t.startsWith('bar'), 'bar listed as a laptop');
  });

  await step('laptop B starts from the invitation on its first-run screen', async () => {
    const b = await laptop('b');
    await b.session.find('[data-testid="join-form"]', 30_000);
    await shot('sync-00-first-run-b', '1280x800', b.display);
    await b.session.type('#join-invitation', invitation);
    b.ledger = await b.session.value('#join-path');
    if (!b.ledger.startsWith(b.home)) throw new Error(`ledger offered at ${b.ledger}`);
    await b.session.click('#join-submit');
    // A new laptop is sent to the Sync screen: the shared folder comes next.
    await b.session.find('[data-testid="sync-folder-form"]', 15_000);
    await b.session.waitText('[data-testid="joined"]', (t) => t.includes('Delete that file now'), 'asked to delete the invitation');
    await b.session.waitText('.ledger-name', (t) => t.includes('Festa Major'), 'B holds the ledger');
    if (!cliOn('b', 'member', 'list').includes('commons')) throw new Error('B lacks the members');
  });

  await step('both laptops distribute R-1 before syncing, then sync through the folder', async () => {
    await distributeR1('a');
    await distributeR1('b');
    await syncOn('a', (t) => t.includes('No other laptop has synced'));
    await syncOn('b', (t) => t.includes('Took 2 new entries') && t.includes('1 conflict in the books (1 new)'));
    await syncOn('a', (t) => t.includes('from bar') && t.includes('1 conflict in the books (1 new)'));
  });

  await step('both Sync screens show the same one conflict, with what it means and what to do', async () => {
    const lists = {};
    for (const name of ['a', 'b']) {
      const s = on(name);
      await navOn(name, 'sync');
      await s.find('[data-testid="conflicts"] li', 10_000);
      lists[name] = await s.js(
        `return [...document.querySelectorAll('[data-testid="conflicts"] li')].map(li => [li.dataset.code, li.querySelector('.reason').innerText, li.querySelector('dl').innerText]);`,
      );
      const badge = await s.text('[data-testid="nav-conflicts"]');
      if (badge !== '1') throw new Error(`laptop ${name}: the Sync button shows ${badge} conflicts`);
    }
    if (lists.a.length !== 1) throw new Error(JSON.stringify(lists.a));
    if (JSON.stringify(lists.a) !== JSON.stringify(lists.b)) throw new Error(`A ${JSON.stringify(lists.a)} ≠ B ${JSON.stringify(lists.b)}`);
    const [code, reason, help] = lists.a[0];
    if (code !== 'already_distributed' || !reason.includes("revenue 'R-1' is already distributed")) throw new Error(reason);
    if (!help.includes('nothing was paid twice') || !help.includes('distribute the revenue again')) throw new Error(help);
    if (/openvalue /.test(help)) throw new Error(`the window tells the user to type a command: ${help}`);
    // The window says what the CLI says, on each laptop's own file.
    for (const name of ['a', 'b']) {
      const out = cliOn(name, 'conflicts');
      if (!out.includes(reason)) throw new Error(`laptop ${name}: CLI says ${out}`);
    }
    // One distribution counts, the same on both laptops.
    if (cliOn('a', 'balances') !== cliOn('b', 'balances')) throw new Error('the laptops disagree on balances');
    // Each laptop has written its file to the folder; the laptops table says when.
    const synced = await on('a').js(`return [...document.querySelectorAll('[data-testid="devices"] td[data-col="last-sync"]')].map(td => td.innerText)`);
    if (synced.length !== 2 || synced.some((t) => t === 'never')) throw new Error(JSON.stringify(synced));
    for (const [w, h] of [[1280, 800], [1024, 700]]) {
      for (const name of ['a', 'b']) {
        await on(name).setSize(w, h);
        const overflow = await on(name).js('return document.documentElement.scrollWidth - window.innerWidth');
        if (overflow > 0) throw new Error(`sync screen of ${name} at ${w}×${h} overflows by ${overflow}px`);
      }
      await on('a').js(`document.querySelector('[data-testid="conflicts-card"]').scrollIntoView({ block: 'start' });`);
      await shot(`sync-01-laptop-a-${w}x${h}`, `${w}x${h}`, laptops.a.display);
      await on('a').js(`document.querySelector('main').scrollTop = 0;`);
      await shot(`sync-02-conflict-${w}x${h}`, `${w}x${h}`, laptops.a.display);
      await shot(`sync-03-laptop-b-${w}x${h}`, `${w}x${h}`, laptops.b.display);
    }
  });

  await step('"Open revenue R-1" shows the distribution that counts', async () => {
    const s = on('a');
    await s.setSize(1280, 800);
    await navOn('a', 'sync');
    await s.click('[data-testid="conflicts"] li button');
    await s.waitText('[data-testid="revenue-detail"] h2', (t) => t.includes('R-1'), 'R-1 shown');
    // Its live distribution, which can be reversed from here.
    await s.find('#reverse');
  });

  await step('a copied ledger opens read-only; made a new laptop, laptop A admits it from its Sync screen', async () => {
    const b = laptops.b;
    const copy = join(b.home, 'copy-of-a.openvalue');
    cliOn('a', 'backup', copy);
    const s = on('b');
    await s.setSize(1280, 800);
    await navOn('b', 'ledger');
    await s.click('#switch-ledger');
    await s.type('#open-path', copy);
    await s.click('#open-submit');
    await s.waitText('[data-testid="read-only"]', (t) => t.includes('Read-only on this computer'), 'read-only banner', 15_000);
    await shot('sync-04-read-only', '1280x800', b.display);
    await s.click('#new-device');
    await s.type('#new-device-label', 'door');
    await s.click('#new-device-confirm');
    await s.waitText('[data-testid="new-device-done"]', (t) => t.includes('new laptop'), 'now a new laptop');
    if (await s.exists('[data-testid="read-only"]')) throw new Error('still read-only');
    await syncOn('b', (t) => t.includes('Wrote'));
    await syncOn('a', (t) => t.includes('skipped'));
    const a = on('a');
    await a.click('[data-testid="sync-skipped"] button');
    await a.find('[data-testid="confirm"]');
    await shot('sync-05-admit', '1280x800', laptops.a.display);
    await a.click('#confirm-yes');
    await a.waitText('[data-testid="sync-result"]', (t) => t.includes('from door'), 'door admitted and merged', 20_000);
    await a.waitText('[data-testid="devices"] td', (t) => t.startsWith('door'), 'door listed');
    // A lost laptop is revoked, after a confirmation.
    const door = await a.js(`return [...document.querySelectorAll('[data-testid="devices"] tbody tr')].find(tr => tr.cells[0].innerText.startsWith('door')).dataset.device`);
    await a.click(`tr[data-device="${door}"] button`);
    await a.waitText('[data-testid="confirm"]', (t) => t.includes('Revoke door?') && t.includes('cannot be undone'), 'revoke asks first');
    // Escape backs out and changes nothing; then confirm.
    await a.keys(Keys.ESCAPE);
    await waitFor(async () => !(await a.exists('[data-testid="confirm"]')), 5000, 'Escape closes the confirmation');
    if (/revoked after entry/.test(cliOn('a', 'device', 'list'))) throw new Error('backing out revoked it');
    await a.click(`tr[data-device="${door}"] button`);
    await a.find('[data-testid="confirm"]');
    await shot('sync-05b-revoke-confirm', '1280x800', laptops.a.display);
    await a.click('#confirm-yes');
    await a.waitText(`tr[data-device="${door}"] .badge`, (t) => t === 'revoked', 'door revoked');
    if (!/revoked after entry/.test(cliOn('a', 'device', 'list'))) throw new Error('not revoked in the ledger');
  });

  await step('laptop A, started again, remembers its folder and syncs by itself', async () => {
    const a = laptops.a;
    await a.session.stop();
    a.session = await Session.start(a.session.base, APP);
    await a.session.find('button[data-screen="sync"]', 30_000);
    await navOn('a', 'sync');
    if ((await a.session.value('#sync-folder')) !== shared) throw new Error('the sync folder was forgotten');
    // Nobody clicks: the timer's first sync runs as the ledger opens.
    await a.session.waitText('[data-testid="sync-result"]', (t) => t.includes('Last sync'), 'a sync on its own', 20_000);
  });

  await step('a ledger inside a folder Syncthing synchronises is flagged on every screen', async () => {
    const s = on('b');
    const synced = join(laptops.b.home, 'Sync');
    mkdirSync(synced, { recursive: true });
    writeFileSync(join(synced, '.stfolder'), '');
    await navOn('b', 'ledger');
    await s.click('#switch-ledger');
    await s.type('#create-name', 'Wrong place');
    await s.type('#create-path', join(synced, 'coop.openvalue'));
    await s.click('#create-submit');
    await s.waitText('[data-testid="synced-folder-warning"]', (t) => t.includes('Syncthing'), 'synced-folder warning', 15_000);
    await navOn('b', 'balances');
    await s.find('[data-testid="synced-folder-warning"]');
    await shot('sync-06-synced-folder-warning', '1280x800', laptops.b.display);
  });

  // ---- people: sign-in, roles, My account, event mode (SPEC §13) --------
  // One window on a computer of its own, opening a ledger the CLI set up:
  // ana (admin), ben (member), cai (coordinator), each with a passphrase;
  // sign-in on; ben's C1 approved and C2 rejected with a reason; R1
  // distributed; 30.00 paid to ben.
  group = 'people';
  const PASS = { ana: 'ana long passphrase', ben: 'ben long passphrase', cai: 'cai long passphrase' };
  const pk = () => kiosk.session;
  const navP = (screen) => pk().click(`button[data-screen="${screen}"]`);
  function cliP(member, ...args) {
    const env = { ...process.env, OPENVALUE_KEYS: kiosk.env.OPENVALUE_KEYS };
    delete env.OPENVALUE_LEDGER;
    delete env.OPENVALUE_PASSPHRASE;
    const pre = member === null ? [] : ['--as', member];
    if (member !== null) env.OPENVALUE_PASSPHRASE = PASS[member];
    return execFileSync(CLI, ['--ledger', kiosk.ledger, ...pre, ...args], { encoding: 'utf8', env });
  }
  async function noOverflow(what, w, h) {
    const overflow = await pk().js('return document.documentElement.scrollWidth - window.innerWidth');
    if (overflow > 0) throw new Error(`${what} at ${w}×${h} overflows by ${overflow}px`);
  }
  async function bothSizes(name, what) {
    for (const [w, h] of [[1024, 700], [1280, 800]]) {
      await pk().setSize(w, h);
      await new Promise((r) => setTimeout(r, 800));
      await noOverflow(what, w, h);
      await shot(`${name}-${w}x${h}`, `${w}x${h}`, kiosk.display);
    }
  }
  async function signInAs(member) {
    await pk().find('[data-testid="sign-in"]', 20_000);
    await pk().select('#sign-in-member', member);
    await pk().type('#sign-in-passphrase', PASS[member]);
    await pk().click('#sign-in-submit');
    await pk().waitText('[data-testid="signed-in"]', (t) => t.toLowerCase().includes(member), `${member} signed in`, 20_000);
  }
  async function startKiosk() {
    kiosk.session = await Session.start(kiosk.base, APP);
  }

  await step('people: a ledger with sign-in on opens on the sign-in screen', async () => {
    if (session) {
      await session.stop();
      session = null;
    }
    const home = join(work, 'people');
    mkdirSync(home, { recursive: true });
    kiosk.display = await startXvfb();
    kiosk.ledger = join(home, 'coop.openvalue');
    kiosk.env = {
      DISPLAY: kiosk.display,
      TAURI_WEBVIEW_AUTOMATION: 'true',
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CONFIG_HOME: join(home, 'config'),
      OPENVALUE_KEYS: join(home, 'keys'),
      OPENVALUE_LEDGER: kiosk.ledger,
    };
    cliP(null, 'init', '--name', 'Festa cooperative', '--currency', 'EUR', '--approvals', '1');
    for (const [h, n] of [['ana', 'Ana Ribas'], ['ben', 'Ben Okafor'], ['cai', 'Cai Lin']]) cliP(null, 'member', 'add', h, n);
    cliP(null, 'project', 'add', 'fest', 'Summer festival');
    cliP(null, 'kind', 'add', 'work', 'Festival work', '--measure', 'hours', '--rate', '20');
    const eq = join(home, 'eq.toml');
    writeFileSync(eq, 'name = "all"\n[[bucket]]\nname = "contributors"\nshare = "100%"\npolicy = "lifetime"\n');
    cliP(null, 'equation', 'set', '--default', eq);
    for (const m of Object.keys(PASS)) {
      execFileSync(CLI, ['--ledger', kiosk.ledger, 'member', 'passphrase', m], {
        env: { ...process.env, OPENVALUE_KEYS: kiosk.env.OPENVALUE_KEYS, OPENVALUE_NEW_PASSPHRASE: PASS[m], OPENVALUE_LEDGER: undefined },
      });
    }
    cliP(null, 'role', 'grant', 'cai', 'coordinator');
    cliP('ana', 'settings', '--sign-in', 'on');
    cliP('ben', 'log', 'ben', 'fest', 'work', '3', '--date', '2026-06-01', '--id', 'C1');
    cliP('ben', 'log', 'ben', 'fest', 'work', '2', '--date', '2026-06-02', '--id', 'C2');
    cliP('cai', 'log', 'cai', 'fest', 'work', '1', '--date', '2026-06-02', '--id', 'C3');
    cliP('cai', 'approve', 'C1', '--by', 'cai');
    cliP('cai', 'reject', 'C2', '--by', 'cai', '--reason', 'logged twice: see C1');
    cliP('ben', 'approve', 'C3', '--by', 'ben');
    cliP('cai', 'revenue', 'add', 'fest', '400', '--id', 'R1', '--date', '2026-06-10');
    cliP('cai', 'distribute', 'R1');
    cliP('ana', 'pay', 'ben', '30', '--date', '2026-06-11');
    const p = await freePort();
    start('WebKitWebDriver', [`--port=${p}`], kiosk.env);
    await waitFor(() => portOpen(p), 20_000, 'WebKitWebDriver for the people window');
    kiosk.base = `http://127.0.0.1:${p}`;
    await startKiosk();
    await pk().find('[data-testid="sign-in"]', 30_000);
    if (await pk().exists('nav')) throw new Error('screens reachable before sign-in');
    // The window's first paint, before the pictures.
    await waitFor(async () => (await pk().text('[data-testid="sign-in"] h1')).includes('Festa'), 10_000, 'the sign-in form painted');
    await new Promise((r) => setTimeout(r, 1500));
    await bothSizes('sign-in', 'the sign-in screen');
  });

  await step('people: a wrong passphrase is refused; the right one signs ben in, shown on every screen', async () => {
    await pk().select('#sign-in-member', 'ben');
    await pk().type('#sign-in-passphrase', 'not his passphrase');
    await pk().click('#sign-in-submit');
    await pk().waitText('[data-testid="sign-in-error"]', (t) => t.includes('wrong passphrase for'), 'a wrong passphrase refused', 20_000);
    await shot('sign-in-wrong-passphrase', '1280x800', kiosk.display);
    await signInAs('ben');
    for (const s of ['contributions', 'revenues', 'balances']) {
      await navP(s);
      await pk().waitText('[data-testid="signed-in"]', (t) => t.includes('Ben Okafor') && t.includes('member'), `signed-in member on ${s}`);
    }
  });

  await step('people: a member is refused what their role does not allow, with the reason; no "Review as"', async () => {
    await navP('contributions');
    await pk().find('[data-testid="contributions"]');
    if (await pk().exists('#reviewer')) throw new Error('"Review as" is shown with sign-in on');
    // ben's own entry field is fixed to ben.
    if ((await pk().value('#entry-member')) !== 'ben') throw new Error('quick entry is not ben\'s own');
    await navP('revenues');
    await pk().waitText('[data-gate="record_revenue"] [data-testid="gate-reason"]', (t) => t === 'ben is a member; recording revenue needs a coordinator', 'the reason on the revenue form');
    const disabled = await pk().js('return document.querySelector(\'[data-gate="record_revenue"]\').disabled');
    if (disabled !== true) throw new Error('the revenue form is not disabled');
    const reason = await pk().js('return document.querySelector(\'button[data-screen="import"]\').dataset.reason');
    if (!/needs a coordinator/.test(reason ?? '')) throw new Error(`import nav: ${reason}`);
    await shot('sign-in-refused-revenue', '1280x800', kiosk.display);
    // ben approves cai's C3? Already approved by ben in the CLI; his review as himself is checked by the core.
    await navP('payouts');
    await pk().waitText('[data-gate="pay_out"] [data-testid="gate-reason"]', (t) => t.includes('needs a treasurer'), 'payouts need a treasurer');
  });

  await step('people: My account shows status, the rejection reason, the share with Why?, paid and owed', async () => {
    await navP('account');
    await pk().waitText('[data-testid="account-owed"]', (t) => t.includes('EUR'), 'my account');
    const owed = await pk().text('[data-testid="account-owed"]');
    const line = cliP(null, 'balances').split('\n').find((l) => l.startsWith('ben'));
    const cliOwed = line.trim().split(/\s+/).at(-1);
    if (!owed.startsWith(cliOwed)) throw new Error(`owed ${owed} in the app, ${line} in the CLI`);
    await pk().waitText('[data-testid="account-contributions"] tr[data-id="C2"]', (t) => t.includes('rejected') && t.includes('logged twice: see C1'), 'the rejection reason');
    await pk().waitText('[data-testid="account-paid"]', (t) => t.startsWith('30.00'), 'paid 30.00');
    await pk().click('[data-testid="account-lines"] button[data-action="why"]');
    await pk().waitText('[data-testid="account-explain"]', (t) => t.includes('C1') && !t.includes('C2'), 'Why? lists C1');
    await bothSizes('my-account', 'My account');
    // His statement, as PDF and as HTML: the HTML's totals are the CLI's.
    for (const ext of ['pdf', 'html']) {
      const file = join(work, `ben-statement.${ext}`);
      await pk().type('#statement-path', file);
      await pk().click('#save-statement');
      await pk().waitText('[data-testid="statement-saved"]', (t) => t.includes(`ben-statement.${ext}`), `statement saved as ${ext}`);
      const bytes = readFileSync(file);
      if (ext === 'pdf' && bytes.subarray(0, 5).toString() !== '%PDF-') throw new Error('not a PDF');
      if (ext === 'html') {
        const html = bytes.toString();
        const [earned, paid, owedNow] = line.trim().split(/\s+/).slice(-3);
        for (const figure of [earned, paid, owedNow]) {
          if (!html.includes(figure)) throw new Error(`${figure} (the CLI's balances) not in the statement`);
        }
      }
    }
    await pk().type('#statement-path', '');
    // ben changes his own passphrase there; the new one is his from now on.
    await pk().type('#new-passphrase', 'ben new long passphrase');
    await pk().type('#new-passphrase-again', 'ben new long passphraze');
    await pk().click('#set-passphrase');
    await pk().waitText('[data-testid="passphrase-error"]', (t) => t.includes('differ'), 'two different passphrases refused');
    await pk().type('#new-passphrase', 'ben new long passphrase');
    await pk().type('#new-passphrase-again', 'ben new long passphrase');
    await pk().click('#set-passphrase');
    await pk().find('[data-testid="passphrase-done"]', 20_000);
    PASS.ben = 'ben new long passphrase';
  });

  await step('people: a contribution logged in the app is made as ben, the signed-in member', async () => {
    await navP('contributions');
    await pk().type('#entry-project', 'fest');
    await pk().type('#entry-kind', 'work');
    await pk().type('#entry-quantity', '1.5');
    await pk().click('#entry-save');
    await pk().waitText('[data-testid="entry-saved"]', (t) => t.includes('Saved'), 'saved');
    // With sign-in on the core refuses a write that names no member (and
    // one for another member from a member): this one went through as ben's.
    const list = cliP(null, 'list', '--member', 'ben');
    if (!/\b1\.5\b/.test(list)) throw new Error(`ben's 1.5 hours are not in the ledger:\n${list}`);
    await pk().click('#sign-out');
    await pk().find('[data-testid="sign-in"]', 10_000);
  });

  await step('event mode: cai starts it; ben and ana set PINs and start their shifts, both timers running at once', async () => {
    await signInAs('cai');
    await pk().click('#event-enter');
    await pk().click('#event-enter-confirm');
    await pk().find('[data-testid="event-grid"]', 10_000);
    if (await pk().exists('nav')) throw new Error('the screens are reachable in event mode');
    for (const m of ['ben', 'ana']) {
      await pk().click(`.tile[data-member="${m}"]`);
      await pk().type('#event-set-passphrase', PASS[m]);
      await pk().type('#event-new-pin', m === 'ben' ? '2468' : '1357');
      await pk().type('#event-new-pin-again', m === 'ben' ? '2468' : '1357');
      await pk().click('#event-set-pin-submit');
      await pk().waitText('[data-testid="event-notice"]', (t) => t.includes('PIN set'), `${m}'s PIN set`, 20_000);
      await pk().type('#event-pin-input', m === 'ben' ? '2468' : '1357');
      await pk().click('#event-pin-submit');
      await pk().waitText('[data-testid="event-signed-in"]', (t) => t.includes(m === 'ben' ? 'Ben' : 'Ana'), `${m} signed in with the PIN`, 20_000);
      await pk().click('#event-start');
      await pk().find('[data-testid="event-clock"]');
      await pk().click('#event-done');
      await pk().find('[data-testid="event-grid"]');
    }
    await pk().type('#event-search', '');
    const running = await pk().findAll('[data-testid="tile-timer"]');
    if (running.length !== 2) throw new Error(`${running.length} timers running, expected 2`);
    await new Promise((r) => setTimeout(r, 1200));
    await bothSizes('event-mode-grid', 'the event-mode grid');
  });

  await step('event mode survives a restart of the app: still a kiosk, both timers still running', async () => {
    await pk().stop();
    await startKiosk();
    await pk().find('[data-testid="event-grid"]', 30_000);
    await waitFor(async () => (await pk().findAll('[data-testid="tile-timer"]')).length === 2, 10_000, 'two timers after the restart');
    await pk().type('#event-search', 'ben');
    const tiles = await pk().findAll('.tile');
    if (tiles.length !== 1) throw new Error(`search 'ben' shows ${tiles.length} tiles`);
    await pk().type('#event-search', '');
  });

  await step('event mode: ben stops his shift (hours logged as his) and logs a contribution; his totals', async () => {
    await pk().click('.tile[data-member="ben"]');
    await pk().type('#event-pin-input', '2468');
    await pk().click('#event-pin-submit');
    await pk().find('[data-testid="event-clock"]', 10_000);
    await pk().click('#event-stop');
    await pk().waitText('[data-testid="event-notice"]', (t) => t.includes('Shift logged'), 'shift logged');
    await pk().select('#event-entry-project', 'fest');
    await pk().select('#event-entry-kind', 'work');
    await pk().type('#event-entry-quantity', '2');
    await pk().type('#event-entry-note', 'stage build');
    await pk().click('#event-entry-save');
    await pk().waitText('[data-testid="event-notice"]', (t) => t.includes('Saved 2'), 'quick entry saved');
    await pk().waitText('[data-testid="event-count"]', (t) => t === '5', 'ben has 5 contributions (C1, C2, 1.5 h, the shift, the quick entry)');
    const list = cliP(null, 'list', '--member', 'ben');
    if (!/shift timer from/.test(list) || !/stage build/.test(list)) throw new Error(`not in the ledger:\n${list}`);
    await bothSizes('event-mode-member', 'a member signed in on the kiosk');
    await pk().click('#event-done');
    await pk().find('[data-testid="event-grid"]');
    await waitFor(async () => (await pk().findAll('[data-testid="tile-timer"]')).length === 1, 10_000, "ana's timer running alone");
  });

  await step('event mode: five wrong PINs lock a member for a minute', async () => {
    await pk().click('.tile[data-member="ben"]');
    for (let i = 0; i < 5; i += 1) {
      await pk().type('#event-pin-input', '0000');
      await pk().click('#event-pin-submit');
      if (i < 4) await pk().waitText('[data-testid="event-error"]', (t) => t.includes(`${4 - i} more wrong`), `wrong PIN ${i + 1}`);
    }
    await pk().waitText('[data-testid="event-locked"]', (t) => t.includes('Locked'), 'ben locked');
    await shot('event-mode-locked', '1280x800', kiosk.display);
  });

  await step("event mode: leaving needs a coordinator's passphrase", async () => {
    await pk().click('[data-testid="event-pin"] button.secondary');
    await pk().click('#event-leave');
    await pk().select('#leave-member', 'ben');
    await pk().type('#leave-passphrase', PASS.ben);
    await pk().click('#leave-confirm');
    await pk().waitText('[data-testid="event-error"]', (t) => t.includes('needs a coordinator'), 'a member cannot leave');
    await pk().select('#leave-member', 'cai');
    await pk().type('#leave-passphrase', 'wrong wrong wrong');
    await pk().click('#leave-confirm');
    await pk().waitText('[data-testid="event-error"]', (t) => t.includes('wrong passphrase'), 'a wrong passphrase cannot leave');
    await shot('event-mode-leave', '1280x800', kiosk.display);
    await pk().type('#leave-passphrase', PASS.cai);
    await pk().click('#leave-confirm');
    await pk().find('[data-testid="sign-in"]', 20_000);
  });
} catch (e) {
  results.push({ name: 'session', ok: false });
  console.log(`FAILED session: ${e.stack ?? e}`);
  console.log(driver.log());
} finally {
  if (session) await session.stop();
  for (const l of Object.values(laptops)) if (l.session) await l.session.stop();
  if (kiosk.session) await kiosk.session.stop();
  for (const c of children.reverse()) c.kill('SIGTERM');
  // A web process may still be writing the window's storage as it exits:
  // retry rather than fail a run whose steps all passed.
  rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
}

const DOCS = {
  'first-run': '01-first-run',
  contributions: 'demo-01-contributions-1280x800',
  'contributions-1024x700': 'demo-01-contributions-1024x700',
  members: 'demo-02-members-1280x800',
  projects: 'demo-03-projects-1280x800',
  kinds: 'demo-04-kinds-1280x800',
  equations: 'demo-05-equations-1280x800',
  revenues: 'demo-06-revenues-1280x800',
  'revenues-1024x700': 'demo-06-revenues-1024x700',
  payouts: 'demo-07-payouts-1280x800',
  balances: 'demo-08-balances-1280x800',
  'import-errors': '05-import-errors',
  reports: 'demo-10-export-1280x800',
  ledger: 'demo-11-ledger-1280x800',
  'sync-conflict': 'sync-02-conflict-1280x800',
  'sync-conflict-1024x700': 'sync-02-conflict-1024x700',
  'sign-in': 'sign-in-1280x800',
  'sign-in-1024x700': 'sign-in-1024x700',
  'sign-in-refused': 'sign-in-refused-revenue',
  'my-account': 'my-account-1280x800',
  'my-account-1024x700': 'my-account-1024x700',
  'event-mode': 'event-mode-grid-1280x800',
  'event-mode-1024x700': 'event-mode-grid-1024x700',
  'event-mode-member': 'event-mode-member-1280x800',
  'event-mode-locked': 'event-mode-locked',
  'equation-form': '06-equation-form',
  'members-stages': '07-members-leave',
  give: '09-give',
  'peer-valuation': '10-peer-valuation',
  tokens: '11-tokens',
  'give-1024x700': 'demo-15-give-1024x700',
  'tokens-1024x700': 'demo-16-tokens-1024x700',
};
if (process.env.E2E_DOCS && results.every((r) => r.ok)) {
  const docs = resolve(process.env.E2E_DOCS);
  mkdirSync(docs, { recursive: true });
  for (const [name, shotName] of Object.entries(DOCS)) {
    // E2E_ONLY runs a part: only its screenshots are fresh.
    const from = join(SHOTS, `${shotName}.png`);
    if (ONLY === '' || existsSync(from)) copyFileSync(from, join(docs, `${name}.png`));
  }
  console.log(`README screenshots copied to ${docs}`);
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`screenshots in ${SHOTS}`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
