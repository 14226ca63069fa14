// Checks the rendered report page the way a reader with assistive technology, a zoomed screen or a printer
// would meet it. Run by Maven (exec-maven-plugin, verify phase) on target/report-2024.html, which
// Report2024Test writes; any finding exits non-zero and fails the build.
//
// 1. axe-core, every rule that runs without a layout engine (WCAG 2.0-2.2 A/AA and best practices), in jsdom.
// 2. Colour contrast, which jsdom cannot compute (no layout, no cascade): every colour the page's stylesheet
//    and its SVG charts use, against the page's white background: text 4.5:1, graphics 3:1 (WCAG 1.4.3, 1.4.11).
// 3. Structure the report promises: one h1, no skipped heading level, every th with scope, every chart an
//    SVG with title and desc, a print stylesheet, no fixed pixel sizes in the stylesheet (200 % zoom).
import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import axe from 'axe-core';

const [file, testFilter] = process.argv.slice(2);
if (!file) {
  console.error('usage: node check-report.mjs <report.html> [surefire test filter]');
  process.exit(2);
}
if (!existsSync(file)) {
  // a run limited to other tests (-Dtest=...) does not write the page; a full run must
  if (testFilter && !testFilter.startsWith('${')) {
    console.log(`a11y: ${file} not written by this run (-Dtest=${testFilter}); not checked`);
    process.exit(0);
  }
  console.error(`a11y: ${file} is missing; Report2024Test writes it`);
  process.exit(1);
}

const html = readFileSync(file, 'utf8');
const findings = [];

// 1. axe-core
const dom = new JSDOM(html, { runScripts: 'outside-only', pretendToBeVisual: true });
const { window } = dom;
window.eval(axe.source);
const results = await window.axe.run(window.document, {
  resultTypes: ['violations'],
  rules: { 'color-contrast': { enabled: false }, 'color-contrast-enhanced': { enabled: false } },
});
for (const violation of results.violations) {
  for (const node of violation.nodes) {
    findings.push(`axe ${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}`);
  }
}
console.log(`a11y: axe-core ${window.axe.version}: ${countRules(window)} rules run, ${results.violations.length} violated`);

// 2. contrast
const document = window.document;
const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
const backgrounds = new Set(['#ffffff']);
for (const m of css.matchAll(/background(?:-color)?\s*:\s*(#[0-9a-fA-F]{3,6})/g)) backgrounds.add(normalise(m[1]));
const textColours = new Set(['#000000']);
for (const m of css.matchAll(/(?:^|[;{\s])color\s*:\s*(#[0-9a-fA-F]{3,6})/g)) textColours.add(normalise(m[1]));
for (const t of document.querySelectorAll('svg text[fill]')) textColours.add(normalise(t.getAttribute('fill')));
const graphicColours = new Set();
for (const m of css.matchAll(/border[a-z-]*\s*:[^;}]*?(#[0-9a-fA-F]{3,6})/g)) graphicColours.add(normalise(m[1]));
for (const el of document.querySelectorAll('svg [fill], svg [stroke]')) {
  if (el.tagName.toLowerCase() === 'text') continue;
  for (const attr of ['fill', 'stroke']) {
    const value = el.getAttribute(attr);
    if (value && value.startsWith('#')) graphicColours.add(normalise(value));
  }
}
if (/(?:^|[;{\s])(?:color|background(?:-color)?)\s*:\s*(?!#|inherit|transparent)/m.test(css)) {
  findings.push('contrast: a colour in the stylesheet is not a hex value, so it cannot be checked');
}
for (const bg of backgrounds) {
  for (const fg of textColours) check(fg, bg, 4.5, 'text');
  for (const fg of graphicColours) check(fg, bg, 3, 'graphics');
}
console.log(`a11y: contrast of ${textColours.size} text and ${graphicColours.size} graphic colours against `
  + `${backgrounds.size} background(s) checked`);

// 3. structure, zoom and print
const h1s = document.querySelectorAll('h1');
if (h1s.length !== 1) findings.push(`structure: ${h1s.length} h1 elements, expected one`);
let level = 0;
for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
  const next = Number(h.tagName[1]);
  if (next > level + 1) findings.push(`structure: h${next} "${h.textContent}" follows h${level}`);
  level = next;
}
for (const th of document.querySelectorAll('th')) {
  if (!['col', 'row'].includes(th.getAttribute('scope'))) findings.push(`structure: th "${th.textContent}" has no scope`);
}
const charts = document.querySelectorAll('svg');
if (charts.length === 0) findings.push('structure: no SVG chart');
for (const svg of charts) {
  const title = svg.querySelector(':scope > title');
  const desc = svg.querySelector(':scope > desc');
  if (!title || !title.textContent.trim() || !desc || !desc.textContent.trim()) {
    findings.push(`structure: a chart lacks its title or desc (${title ? title.textContent : 'untitled'})`);
  }
}
if (document.documentElement.getAttribute('lang') !== 'sv') findings.push('structure: html lang is not "sv"');
if (!/@media\s+print/.test(css)) findings.push('print: no print stylesheet');
for (const m of css.matchAll(/(?<![\w.-])(\d+(?:\.\d+)?)px/g)) {
  if (Number(m[1]) > 1) findings.push(`zoom: fixed size ${m[0]} in the stylesheet (use rem, em or %)`);
}

if (findings.length > 0) {
  console.error(`a11y: ${findings.length} finding(s) in ${file}:`);
  for (const f of findings) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`a11y: ${file}: no violations`);

function check(fg, bg, needed, kind) {
  const ratio = contrast(fg, bg);
  if (ratio < needed) findings.push(`contrast: ${kind} ${fg} on ${bg} is ${ratio.toFixed(2)}:1, needs ${needed}:1`);
}

function normalise(hex) {
  const h = hex.toLowerCase().replace('#', '');
  return '#' + (h.length === 3 ? [...h].map((c) => c + c).join('') : h);
}

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function countRules(win) {
  return win.axe.getRules().filter((r) => r.ruleId !== 'color-contrast' && r.ruleId !== 'color-contrast-enhanced').length;
}
