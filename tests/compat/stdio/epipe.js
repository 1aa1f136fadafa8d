'use strict';
// Writing to a pipe whose reader has gone: an EPIPE 'error' on process.stdout (an
// uncaught exception without a listener), an error for the write callback, and
// console.log staying quiet.
const { spawnSync } = require('child_process');
const path = require('path');

const writer = path.join(__dirname, 'fixtures', 'epipe-writer.js');
for (const mode of ['listener', 'callback', 'console', 'uncaught']) {
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${writer}" ${mode} | head -n 2`],
                      { encoding: 'utf8' });
  console.log(`== ${mode}`);
  console.log('reader got', JSON.stringify(r.stdout));
  const err = r.stderr.split('\n');
  // Stacks and source excerpts of uncaught errors differ between runtimes: keep the
  // lines naming the error.
  console.log('stderr', JSON.stringify(err.filter((l) =>
    /^Error: |code: |syscall: |errno: |^(error event|destroyed|callback error|console)/.test(l))));
}
// The writer's exit status, through the shell.
const r = spawnSync('sh', ['-c',
  `"${process.execPath}" "${writer}" listener | head -n 1 >/dev/null; echo "status $?"`,
], { encoding: 'utf8' });
console.log(r.stdout.trim());
const r2 = spawnSync('bash', ['-c',
  `"${process.execPath}" "${writer}" uncaught 2>/dev/null | head -n 1 >/dev/null; echo "status \${PIPESTATUS[0]}"`,
], { encoding: 'utf8' });
console.log('uncaught', r2.stdout.trim());
const r3 = spawnSync('bash', ['-c',
  `"${process.execPath}" "${writer}" listener 2>/dev/null | head -n 1 >/dev/null; echo "status \${PIPESTATUS[0]}"`,
], { encoding: 'utf8' });
console.log('listener', r3.stdout.trim());
