'use strict';
// spawnSync failures are reported in result.error (never thrown): a missing program or
// directory, a program that cannot run, timeouts, maxBuffer; and children killed by
// signals.
const { spawnSync } = require('child_process');
const path = require('path');

function showError(label, r) {
  const e = r.error;
  console.log(label, JSON.stringify({
    keys: Object.keys(r),
    status: r.status,
    signal: r.signal,
    output: r.output === null ? null : r.output.map((o) => (o === null ? null : o.length)),
    pid: r.pid === 0 ? 0 : 'positive',
  }));
  if (e) {
    console.log('  error', e instanceof Error, e.message, e.errno, e.code, e.syscall,
                JSON.stringify(e.path), JSON.stringify(e.spawnargs), Object.keys(e).join());
  }
}

showError('ENOENT', spawnSync('nonexistent-program-xyz', ['a', 'b']));
showError('ENOENT no args', spawnSync('nonexistent-program-xyz'));
showError('ENOENT path', spawnSync('/nonexistent/dir/prog'));
showError('cwd missing', spawnSync('sh', ['-c', 'echo hi'], { cwd: '/nonexistent-dir-xyz' }));
showError('shell ENOENT', spawnSync('echo hi', { shell: '/nonexistent/sh' }));
const notExecutable = path.join(__dirname, 'fixtures', 'child.js');
const eacces = spawnSync(notExecutable);
console.log('not executable', eacces.error.code, eacces.error.errno, eacces.status,
            eacces.error.message === `spawnSync ${notExecutable} EACCES`);

// Exit by signal: status is null and signal names it.
showError('kill -TERM self', spawnSync('sh', ['-c', 'kill -TERM $$']));
showError('kill -9 self', spawnSync('sh', ['-c', 'echo before; kill -9 $$; echo after']));
showError('kill -USR1 self', spawnSync('sh', ['-c', 'kill -USR1 $$']));
showError('kill -HUP self', spawnSync('sh', ['-c', 'kill -HUP $$']));
showError('kill -SEGV self', spawnSync('sh', ['-c', 'kill -SEGV $$']));
showError('kill -ABRT self', spawnSync('sh', ['-c', 'kill -ABRT $$']));

// Timeouts: the child is sent killSignal and the error is ETIMEDOUT.
showError('timeout', spawnSync('sleep', ['5'], { timeout: 100 }));
showError('timeout SIGKILL', spawnSync('sleep', ['5'], { timeout: 100, killSignal: 'SIGKILL' }));
showError('timeout signal number', spawnSync('sleep', ['5'], { timeout: 100, killSignal: 2 }));
showError('timeout lowercase', spawnSync('sleep', ['5'], { timeout: 100, killSignal: 'sigusr2' }));
showError('timeout not reached', spawnSync('sh', ['-c', 'echo quick'], { timeout: 5000 }));
showError('timeout 0 means none', spawnSync('sh', ['-c', 'sleep 0.1; echo done'], { timeout: 0 }));
const partial = spawnSync('sh', ['-c', 'echo early; exec sleep 5'], { timeout: 1000, encoding: 'utf8' });
console.log('output before timeout', JSON.stringify(partial.stdout), partial.error.code, partial.signal);

// maxBuffer counts stdout and stderr together; going over kills the child (ENOBUFS) and
// keeps what was read.
const over = spawnSync('sh', ['-c', 'head -c 5000 /dev/zero; exec sleep 5'], { maxBuffer: 1000 });
console.log('maxBuffer', over.error.code, over.error.errno, over.error.message, over.status,
            over.signal, over.stdout.length > 1000);
const overErr = spawnSync('sh', ['-c', 'head -c 5000 /dev/zero >&2; exec sleep 5'], { maxBuffer: 1000 });
console.log('maxBuffer stderr', overErr.error.code, overErr.signal, overErr.stderr.length > 1000);
const exact = spawnSync('head', ['-c', '1000', '/dev/zero'], { maxBuffer: 1000 });
console.log('maxBuffer exact', exact.error, exact.status, exact.stdout.length);
const defaultMax = spawnSync('sh', ['-c', 'head -c 2000000 /dev/zero; exec sleep 5']);
console.log('default maxBuffer is 1 MiB', defaultMax.error.code, defaultMax.signal);
const kill9 = spawnSync('sh', ['-c', 'head -c 5000 /dev/zero; exec sleep 5'],
                        { maxBuffer: 100, killSignal: 'SIGKILL' });
console.log('maxBuffer SIGKILL', kill9.error.code, kill9.signal);
for (const maxBuffer of [0, Infinity, undefined]) {
  const r = spawnSync('head', ['-c', '2000000', '/dev/zero'], { maxBuffer });
  console.log('maxBuffer', maxBuffer, 'no limit', r.error, r.status, r.stdout.length);
}
