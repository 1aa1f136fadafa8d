'use strict';

// Measures how closely a runtime's view of engine-raised errors matches node's.
//
//   node  tests/engine-errors/measure.js --update    record node's results in expected.json
//   nodus tests/engine-errors/measure.js [-v]        compare (node itself scores 100%)
//
// For every snippet of corpus.js the error is caught and shown the way a program shows it
// (console.log(err)); the first line(s) of that output, before the frames, must read
// exactly as node's `${err.name}: ${err.message}`. Two more figures are printed:
//  - "read directly": err.name + ': ' + err.message read in the catch block before the
//    runtime has seen the error (JavaScriptCore's own text for engine errors under nodus:
//    the engine has no creation hook, see docs/engine-errors.md);
//  - "String(err)": String(err) in the catch block (nodus rewrites engine errors it
//    converts to strings);
//  - "top frame": the first "    at ..." line of the shown stack (function name, file,
//    line and column) equals node's.
// -v lists every case that differs.

const path = require('path');
const cases = require('./corpus');

const update = process.argv.includes('--update');
const verbose = process.argv.includes('-v') || process.argv.includes('--verbose');
const corpusFile = require.resolve('./corpus');
const corpusDir = path.dirname(corpusFile);

let captured = '';
const noop = () => {};
const sink = {
  write(chunk) {
    captured += chunk;
    return true;
  },
  on: noop, once: noop, removeListener: noop, off: noop, emit: noop, listenerCount: () => 0,
};
const display = new console.Console({ stdout: sink, stderr: sink, colorMode: false });

function shown(err) {
  captured = '';
  display.log(err);
  const text = captured.endsWith('\n') ? captured.slice(0, -1) : captured;
  const at = text.indexOf('\n    at ');
  const header = at === -1 ? text : text.slice(0, at);
  let top = '';
  if (at !== -1) {
    const end = text.indexOf('\n', at + 1);
    top = text.slice(at + 1, end === -1 ? text.length : end);
  }
  return { header, top: top.split(corpusDir).join('<dir>') };
}

function runCase(fn) {
  try {
    fn();
  } catch (err) {
    let direct;
    let string;
    try {
      direct = `${err.name}: ${err.message}`;
      string = String(err);
    } catch {
      direct = '<unreadable>';
    }
    return { direct, string, ...shown(err) };
  }
  return { direct: '<no error>', string: '<no error>', header: '<no error>', top: '' };
}

const results = cases.map(({ label, fn }) => ({ label, ...runCase(fn) }));

if (update) {
  const fs = require('fs');
  const expected = results.map(({ label, direct, top }) => ({ label, message: direct, top }));
  fs.writeFileSync(path.join(__dirname, 'expected.json'),
                   JSON.stringify(expected, null, 1) + '\n');
  console.log(`wrote expected.json (${expected.length} cases)`);
  process.exit(0);
}

const expected = require('./expected.json');
let shownSame = 0;
let directSame = 0;
let stringSame = 0;
let topSame = 0;
const differences = [];
for (let i = 0; i < results.length; i++) {
  const r = results[i];
  const e = expected[i];
  if (e === undefined || e.label !== r.label) {
    console.log(`expected.json is out of date at case ${i} (${r.label}): run with node --update`);
    process.exit(2);
  }
  const same = r.header === e.message;
  if (same) shownSame++;
  if (r.direct === e.message) directSame++;
  if (r.string === e.message) stringSame++;
  if (r.top === e.top) topSame++;
  if (verbose && (!same || r.top !== e.top)) {
    differences.push(`#${i} ${r.label}\n` +
      (same ? '' : `  node:  ${e.message}\n  shown: ${r.header}\n`) +
      (r.top === e.top ? '' : `  node top:  ${e.top}\n  shown top: ${r.top}\n`));
  }
}
if (verbose) console.log(differences.join(''));
const n = results.length;
const pct = (k) => `${(100 * k / n).toFixed(1)}%`;
console.log(`shown message identical: ${shownSame}/${n} (${pct(shownSame)})`);
console.log(`read directly identical: ${directSame}/${n} (${pct(directSame)})`);
console.log(`String(err) identical:   ${stringSame}/${n} (${pct(stringSame)})`);
console.log(`top frame identical:     ${topSame}/${n} (${pct(topSame)})`);
