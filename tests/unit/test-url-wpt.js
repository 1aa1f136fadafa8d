'use strict';
// Runs the URL Standard's test data from web-platform-tests (tests/fixtures/wpt-url/:
// urltestdata.json, setters_tests.json, toascii.json) against the global URL class and
// prints the pass rate of each file. The expected results are the Standard's.
//
// Exit status: 0 when every file passes at least its floor below (the rates nodus
// reached; a regression fails the test). `--verbose` lists the failures.
// Runs under node too: `node tests/unit/test-url-wpt.js`.

const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '..', 'fixtures', 'wpt-url');
const verbose = process.argv.includes('--verbose');
const load = (name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));

// Minimum pass counts; raise them when the implementation improves.
const FLOORS = { urltestdata: 1.0, setters: 1.0, toascii: 1.0 };

const failures = [];
function check(file, label, fn) {
  try {
    const problem = fn();
    if (problem) failures.push(`${file}: ${label}: ${problem}`);
    return !problem;
  } catch (err) {
    failures.push(`${file}: ${label}: threw ${err && err.message}`);
    return false;
  }
}

const show = (s) => JSON.stringify(s);
const FIELDS = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];

function compare(url, expected) {
  for (const key of [...FIELDS, 'origin']) {
    if (key in expected && url[key] !== expected[key]) {
      return `${key} = ${show(url[key])}, expected ${show(expected[key])}`;
    }
  }
  return null;
}

// urltestdata.json: parsing, with and without a base.
function runParsing() {
  let pass = 0;
  let total = 0;
  for (const t of load('urltestdata.json')) {
    if (typeof t === 'string') continue;
    total++;
    const label = `${show(t.input)} against ${show(t.base)}`;
    const ok = check('urltestdata', label, () => {
      const base = t.base === null ? undefined : t.base;
      if (t.failure) {
        let threw = false;
        try {
          new URL(t.input, base);
        } catch (err) {
          threw = err instanceof TypeError;
        }
        if (!threw) return 'expected failure';
        if (URL.canParse(t.input, base)) return 'canParse() should be false';
        return null;
      }
      const url = new URL(t.input, base);
      const problem = compare(url, t);
      if (problem) return problem;
      if (!URL.canParse(t.input, base)) return 'canParse() should be true';
      // The serialization parses back to itself.
      if (new URL(url.href).href !== url.href) return 'href does not re-parse to itself';
      if (url.searchParams.toString() !== new URLSearchParams(url.search).toString()) {
        return 'searchParams out of sync';
      }
      return null;
    });
    if (ok) pass++;
  }
  return [pass, total];
}

// setters_tests.json: each setter on each case.
function runSetters() {
  let pass = 0;
  let total = 0;
  const data = load('setters_tests.json');
  for (const setter of Object.keys(data)) {
    if (setter === 'comment') continue;
    for (const t of data[setter]) {
      total++;
      const label = `${setter} = ${show(t.new_value)} on ${show(t.href)}`;
      const ok = check('setters', label, () => {
        const url = new URL(t.href);
        url[setter] = t.new_value;
        return compare(url, t.expected);
      });
      if (ok) pass++;
    }
  }
  return [pass, total];
}

// toascii.json: hosts through the URL parser (and the host/hostname setters).
function runToASCII() {
  let pass = 0;
  let total = 0;
  for (const t of load('toascii.json')) {
    if (typeof t === 'string') continue;
    total++;
    const ok = check('toascii', show(t.input), () => {
      if (t.output === null) {
        if (URL.canParse(`https://${t.input}/x`)) return 'expected failure';
        const url = new URL('https://x/x');
        url.hostname = t.input;
        if (url.hostname !== 'x') return `hostname setter gave ${show(url.hostname)}`;
        return null;
      }
      const url = new URL(`https://${t.input}/x`);
      if (url.host !== t.output) return `host = ${show(url.host)}, expected ${show(t.output)}`;
      const other = new URL('https://x/x');
      other.hostname = t.input;
      if (other.hostname !== t.output) {
        return `hostname setter gave ${show(other.hostname)}, expected ${show(t.output)}`;
      }
      return null;
    });
    if (ok) pass++;
  }
  return [pass, total];
}

const results = {
  urltestdata: runParsing(),
  setters: runSetters(),
  toascii: runToASCII(),
};

let failed = false;
const parts = [];
let allPass = 0;
let allTotal = 0;
for (const [name, [pass, total]] of Object.entries(results)) {
  allPass += pass;
  allTotal += total;
  parts.push(`${name} ${pass}/${total} (${(100 * pass / total).toFixed(1)}%)`);
  if (pass / total < FLOORS[name] - 1e-9) failed = true;
}
console.log(`WPT url: ${allPass}/${allTotal} passed (${(100 * allPass / allTotal).toFixed(1)}%): ` +
            parts.join(', '));
if (verbose || failed) {
  for (const f of failures.slice(0, verbose ? failures.length : 40)) console.log(`  ${f}`);
}
process.exitCode = failed ? 1 : 0;
