'use strict';
// process.stdin from a pipe: a net.Socket read through 'data', 'readable', async
// iteration, pipe(), readline and openStdin().
const { spawnSync } = require('child_process');
const path = require('path');

const reader = path.join(__dirname, 'fixtures', 'stdin-reader.js');
const input = 'x'.repeat(100000) + '\nsecond line\nthird line\n\u00e9\u4e2d\n';
for (const mode of ['data', 'encoding', 'readable', 'iterate', 'pipe', 'readline', 'openStdin']) {
  const r = spawnSync(process.execPath, [reader, mode], { input, encoding: 'utf8' });
  const out = mode === 'pipe' ? `echoed ${r.stdout.length} chars` : r.stdout.trim();
  console.log(`${mode}: ${out} ${r.stderr.trim()} status=${r.status}`);
}
