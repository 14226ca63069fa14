// Measures the rendered report page in a real browser (headless Chromium, driven over the DevTools protocol on a
// pipe, no npm dependency) at a phone's width (390 px) and a desktop's (1280 px). Run by Maven (exec-maven-plugin,
// verify phase) after check-report.mjs on target/report-2024.html; any finding exits non-zero and fails the build.
// Screenshots of both widths are left in target/ (layout-390.png, layout-1280.png) for a reviewer.
//
// At each width: the page never scrolls sideways; no table cell's text overflows its cell; an amount never breaks
// over two lines; a row's name of up to 30 characters takes at most two lines; chart text is drawn at >= 12 px;
// a comment cell is at least 200 px wide (narrower, a row with a long comment grows hundreds of pixels tall).
// CHROMIUM names the browser (default /usr/bin/chromium, Debian's package).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [file, testFilter] = process.argv.slice(2);
if (!file) {
  console.error('usage: node check-layout.mjs <report.html> [surefire test filter]');
  process.exit(2);
}
if (!existsSync(file)) {
  if (testFilter && !testFilter.startsWith('${')) {
    console.log(`layout: ${file} not written by this run (-Dtest=${testFilter}); not checked`);
    process.exit(0);
  }
  console.error(`layout: ${file} is missing; Report2024Test writes it`);
  process.exit(1);
}
const browser = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(browser)) {
  console.error(`layout: no browser at ${browser}; install Debian's chromium (apt-get install -y chromium) or set CHROMIUM`);
  process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'rus-layout-'));
const chrome = spawn(browser, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars',
  `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'],
  // its own process group: the renderer and helper processes go down with it
  { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'], detached: true });
const toBrowser = chrome.stdio[3];
const fromBrowser = chrome.stdio[4];
const pending = new Map();
const listeners = [];
let nextId = 0;
let buffered = Buffer.alloc(0);
fromBrowser.on('data', (chunk) => {
  buffered = Buffer.concat([buffered, chunk]);
  let end;
  while ((end = buffered.indexOf(0)) >= 0) {
    const message = JSON.parse(buffered.subarray(0, end).toString('utf8'));
    buffered = buffered.subarray(end + 1);
    if (message.id && pending.has(message.id)) {
      const { resolve: done, reject } = pending.get(message.id);
      pending.delete(message.id);
      message.error ? reject(new Error(JSON.stringify(message.error))) : done(message.result);
    } else {
      listeners.forEach((listener) => listener(message));
    }
  }
});
function send(method, params = {}, sessionId) {
  const id = ++nextId;
  toBrowser.write(JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params }) + '\0');
  return new Promise((done, reject) => pending.set(id, { resolve: done, reject }));
}
function event(name, sessionId) {
  return new Promise((done) => listeners.push((m) => m.method === name && m.sessionId === sessionId && done(m.params)));
}

// Runs in the page: what a reader at this width would trip over.
function measure() {
  const findings = [];
  const width = window.innerWidth;
  const page = document.documentElement.scrollWidth;
  if (page > width) findings.push(`the page is ${page} px wide in a ${width} px window: it scrolls sideways`);
  const lines = (element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  };
  for (const cell of document.querySelectorAll('th, td')) {
    if (cell.scrollWidth > cell.clientWidth + 1) {
      findings.push(`cell "${cell.textContent.slice(0, 40)}" overflows: ${cell.scrollWidth} > ${cell.clientWidth} px`);
    }
  }
  for (const comment of document.querySelectorAll('td.comment')) {
    const cellWidth = comment.getBoundingClientRect().width;
    if (cellWidth > 0 && cellWidth < 200) findings.push(`comment cell is ${Math.round(cellWidth)} px wide: its row grows tall`);
  }
  for (const amount of document.querySelectorAll('td.amount')) {
    if (lines(amount) > 1) findings.push(`amount "${amount.textContent}" breaks over ${lines(amount)} lines`);
  }
  for (const name of document.querySelectorAll('tbody th[scope=row]')) {
    if (name.textContent.trim().length <= 30 && lines(name) > 2) {
      findings.push(`row name "${name.textContent}" takes ${lines(name)} lines`);
    }
  }
  for (const svg of document.querySelectorAll('svg.chart')) {
    const drawn = svg.getBoundingClientRect().width;
    const scale = drawn / svg.viewBox.baseVal.width;
    for (const text of svg.querySelectorAll('text')) {
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < 12) {
        findings.push(`chart text "${text.textContent}" is drawn at ${size.toFixed(1)} px`);
        break;
      }
    }
  }
  return { findings, page, width, tables: document.querySelectorAll('table').length, charts: document.querySelectorAll('svg.chart').length };
}

const url = pathToFileURL(resolve(file)).href;
const findings = [];
try {
  for (const width of [390, 1280]) {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    await send('Page.enable', {}, sessionId);
    await send('Emulation.setDeviceMetricsOverride', { width, height: 900, deviceScaleFactor: 1, mobile: width < 600 }, sessionId);
    const loaded = event('Page.loadEventFired', sessionId);
    await send('Page.navigate', { url }, sessionId);
    await loaded;
    const { result } = await send('Runtime.evaluate', { expression: `(${measure})()`, returnByValue: true }, sessionId);
    const measured = result.value;
    console.log(`layout ${width} px: page ${measured.page} px wide, ${measured.tables} tables, ${measured.charts} charts, `
      + `${measured.findings.length} findings`);
    measured.findings.forEach((finding) => findings.push(`${width} px: ${finding}`));
    const shot = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true }, sessionId);
    writeFileSync(join(dirname(resolve(file)), `layout-${width}.png`), Buffer.from(shot.data, 'base64'));
    await send('Target.closeTarget', { targetId });
  }
} finally {
  const exited = new Promise((done) => chrome.once('exit', done));
  process.kill(-chrome.pid, 'SIGTERM');
  await exited;
  // a helper process may still be writing its profile for a moment; a leftover temporary directory is no finding
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
  } catch (error) {
    console.warn(`layout: could not remove the browser profile ${profile}: ${error.code}`);
  }
}
if (findings.length > 0) {
  findings.forEach((finding) => console.error(`layout: ${finding}`));
  process.exit(1);
}
console.log('layout: no findings at 390 and 1280 px');
