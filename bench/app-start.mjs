#!/usr/bin/env node
// Cold start of the desktop app to its first screen: from launching the
// process (through WebKitWebDriver, under Xvfb) until the contributions
// list shows its first row, on a given ledger. Prints one line of JSON with
// the median and every run, in seconds. Used by bench/run.sh.
//
//   node bench/app-start.mjs APP_BINARY LEDGER [RUNS]

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

import { Session, waitFor } from '../tests/e2e/webdriver.mjs';

const [app, ledger, runsText = '5'] = process.argv.slice(2);
if (!app || !ledger) {
  console.error('usage: node bench/app-start.mjs APP_BINARY LEDGER [RUNS]');
  process.exit(2);
}
const runs = Number(runsText);
const children = [];
const stopAll = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('exit', stopAll);

const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
  stdio: ['ignore', 'pipe', 'ignore'],
});
children.push(xvfb);
const display = await new Promise((ok, fail) => {
  let out = '';
  xvfb.stdout.on('data', (d) => {
    out += d;
    if (out.includes('\n')) ok(`:${out.trim()}`);
  });
  setTimeout(() => fail(new Error('Xvfb did not start')), 15_000);
});

const port = await new Promise((ok, fail) => {
  const srv = createServer();
  srv.on('error', fail);
  srv.listen(0, '127.0.0.1', () => {
    const { port } = srv.address();
    srv.close(() => ok(port));
  });
});
const env = { ...process.env, DISPLAY: display, TAURI_WEBVIEW_AUTOMATION: 'true', OPENVALUE_LEDGER: ledger };
const driver = spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' });
children.push(driver);
const base = `http://127.0.0.1:${port}`;
await waitFor(
  () => fetch(`${base}/status`, { signal: AbortSignal.timeout(1000) }).then((r) => r.ok).catch(() => false),
  20_000,
  'WebKitWebDriver',
);

const times = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const session = await Session.start(base, app);
  await session.find('table[data-testid="contributions"] tbody tr[data-id]', 60_000);
  times.push((performance.now() - t0) / 1000);
  await session.stop();
  await new Promise((r) => setTimeout(r, 500));
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(JSON.stringify({ median, times }));
stopAll();
process.exit(0);
