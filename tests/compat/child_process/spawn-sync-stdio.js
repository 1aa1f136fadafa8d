'use strict';
// stdio forms: 'inherit' (the child writes straight to our fds, in order with our own
// output), 'ignore', fd numbers, objects with an fd, and mixed arrays.
// compat: stderr
const { spawnSync } = require('child_process');

const summary = (r) => JSON.stringify({
  status: r.status,
  output: r.output.map((o) => (o === null ? null : o.toString())),
  stdout: r.stdout === null ? null : String(r.stdout),
});

process.stdout.write('1 parent\n');
console.log('inherit', summary(spawnSync('sh', ['-c', 'echo "2 child out"; echo "child err" >&2'], { stdio: 'inherit' })));
process.stdout.write('3 parent\n');
console.log('ignore', summary(spawnSync('sh', ['-c', 'echo lost; echo lost >&2'], { stdio: 'ignore' })));
console.log('pipe', summary(spawnSync('sh', ['-c', 'echo kept; echo kept-err >&2'], { stdio: 'pipe' })));
console.log('array mix', summary(spawnSync('sh', ['-c', 'echo "4 to our stdout"; echo captured >&2'], { stdio: ['ignore', 'inherit', 'pipe'] })));
console.log('fd numbers', summary(spawnSync('sh', ['-c', 'echo "5 via fd 1"; echo "err via fd 2" >&2'], { stdio: [0, 1, 2] })));
console.log('stdout to stderr', summary(spawnSync('echo', ['to our stderr'], { stdio: ['pipe', 2, 'pipe'] })));
console.log('stream objects', summary(spawnSync('echo', ['6 via process.stdout'], { stdio: [process.stdin, process.stdout, process.stderr] })));
console.log('fd objects', summary(spawnSync('echo', ['7 via {fd: 1}'], { stdio: ['ignore', { fd: 1 }, 'ignore'] })));
console.log('short array', summary(spawnSync('sh', ['-c', 'echo short; echo e >&2'], { stdio: ['ignore'] })));
console.log('undefined entries', summary(spawnSync('sh', ['-c', 'echo u'], { stdio: [undefined, null, 'ignore'] })));
console.log('negative number is pipe', summary(spawnSync('echo', ['neg'], { stdio: ['pipe', -1, 'pipe'] })));
console.log('stdin inherit', summary(spawnSync('cat', { stdio: ['inherit', 'pipe', 'pipe'] })));
console.log('input overrides stdin inherit', summary(spawnSync('cat', { stdio: ['inherit', 'pipe', 'pipe'], input: 'given' })));
console.log('ignored fd 3', summary(spawnSync('sh', ['-c', 'echo three >&3 || echo no-fd-3'], { stdio: ['pipe', 'pipe', 'ignore', 'ignore'] })));
process.stdout.write('8 parent last\n');
