'use strict';
// An open stdin pipe keeps the process alive only while it is being read: a script that
// never reads it, or stops reading (pause, removed listeners, unref, destroy), exits
// although the writer is still there.
const { spawnSync } = require('child_process');
const path = require('path');

const script = path.join(__dirname, 'fixtures', 'stdin-alive.js');
for (const mode of ['untouched', 'accessed', 'data-then-pause', 'resume-pause',
  'readable-removed', 'unref', 'destroy', 'data-first']) {
  const start = Date.now();
  // The writer (a process substitution, which bash does not wait for) sends one line
  // and keeps the pipe open for 5 seconds.
  const r = spawnSync('bash', ['-c',
    `"${process.execPath}" "${script}" ${mode} < <({ echo hello; exec sleep 5; } 2>/dev/null)`,
  ], { encoding: 'utf8', timeout: 30000, stdio: ['ignore', 'pipe', 'pipe'] });
  const quick = Date.now() - start < 4000;
  console.log(`${mode}: ${r.stdout.trim()} | exited before the writer: ${quick} status=${r.status}`);
}
