'use strict';
// Timeout: 180
// Runs the web-platform-tests of the Streams Standard and of the encoding streams
// (tests/fixtures/wpt/streams, tests/fixtures/wpt/encoding/streams: *.any.js) against
// this runtime, one process per file (wpt-harness.js), and prints the pass rate.
//
// Exit status: 0 when at least MIN_PASS tests pass (the count nodus reached; a
// regression fails the test). The failures nodus has are listed in docs/webstreams.md.
// `--verbose` lists the failures; `--only SUBSTRING` runs matching files.
// Runs under node too: `node tests/unit/webstreams/test-wpt-streams.js`.

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..', '..', 'fixtures', 'wpt');
const harness = path.join(__dirname, 'wpt-harness.js');
const verbose = process.argv.includes('--verbose');
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined;

// The number of passing tests nodus reached (1185), less two: one CI run on a loaded
// 2-core machine passed 1176, a timing-dependent test that does not fail here even under
// CPU contention. Raise it when the implementation improves.
const MIN_PASS = 1183;

function listTests(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'resources') out.push(...listTests(full));
    } else if (entry.name.endsWith('.any.js')) {
      out.push(full);
    }
  }
  return out.sort();
}

const files = [
  ...listTests(path.join(root, 'streams')),
  ...listTests(path.join(root, 'encoding', 'streams')),
].filter((f) => only === undefined || f.includes(only));

let pass = 0;
let total = 0;
const failures = [];
const lines = [];
for (const file of files) {
  const rel = path.relative(root, file);
  const child = spawnSync(process.execPath, ['--expose-gc', harness, file], {
    encoding: 'utf8',
    timeout: 180000,
    maxBuffer: 64 * 1024 * 1024,
  });
  let results;
  try {
    const line = child.stdout.trim().split('\n').pop();
    results = JSON.parse(line);
  } catch {
    failures.push(`${rel}: harness failed (exit ${child.status}): ` +
                  `${(child.stderr || child.stdout || '').slice(0, 500)}`);
    total += 1;
    lines.push(`${rel}: harness failed`);
    continue;
  }
  let filePass = 0;
  for (const r of results) {
    if (r.status === 'PASS') filePass++;
    else failures.push(`${rel}: ${r.status} ${r.name}: ${r.message}`);
  }
  pass += filePass;
  total += results.length;
  lines.push(`${rel}: ${filePass}/${results.length}`);
}

const rate = total === 0 ? 0 : pass / total;
console.log(`WPT streams: ${pass}/${total} passed (${(100 * rate).toFixed(1)}%)`);
if (verbose) {
  for (const line of lines) console.log(`  ${line}`);
}
const failed = pass < MIN_PASS && only === undefined;
if (verbose || failed) {
  for (const f of failures.slice(0, verbose ? failures.length : 60)) console.log(`  ${f}`);
}
process.exitCode = failed ? 1 : 0;
