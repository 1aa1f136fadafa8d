'use strict';
// Large outputs and inputs go through intact.
const { spawnSync, execSync } = require('child_process');
const crypto = require('crypto');

const size = 32 * 1024 * 1024;
let r = spawnSync('head', ['-c', String(size), '/dev/urandom'], { maxBuffer: Infinity });
console.log('32 MiB stdout', r.status, r.error, r.stdout.length);
// Round-trip random bytes through cat.
const data = crypto.randomBytes(8 * 1024 * 1024 + 13);
r = spawnSync('cat', { input: data, maxBuffer: 64 * 1024 * 1024 });
console.log('8 MiB round trip', r.status, r.stdout.length, Buffer.compare(r.stdout, data) === 0);
// Both streams at once, interleaved by the child.
r = spawnSync('sh', ['-c', 'i=0; while [ $i -lt 2000 ]; do echo out$i; echo err$i >&2; i=$((i+1)); done'],
              { encoding: 'utf8' });
const outLines = r.stdout.split('\n');
const errLines = r.stderr.split('\n');
console.log('interleaved', r.status, outLines.length, errLines.length, outLines[1999], errLines[1999]);
console.log('execSync 2 MiB', execSync('head -c 2097152 /dev/zero', { maxBuffer: 4 * 1024 * 1024 }).length);
// Many small runs: nothing leaks between them.
let total = 0;
for (let i = 0; i < 200; i++) total += spawnSync('echo', [String(i)]).stdout.length;
console.log('200 runs', total);
// Repeated large results stay intact while the collector runs (each output is external
// memory the engine accounts for, so collections happen between and during these calls).
let intact = true;
for (let i = 0; i < 12; i++) {
  const big = spawnSync('head', ['-c', String(5 * 1024 * 1024), '/dev/zero'], { maxBuffer: Infinity });
  const out = big.stdout;
  if (out.length !== 5 * 1024 * 1024 || !out.every((b) => b === 0) || big.stderr.length !== 0) intact = false;
}
console.log('12 x 5 MiB intact', intact);
