'use strict';
// execSync and execFileSync: return stdout, throw node's errors (status, signal, output,
// pid, stdout, stderr; "Command failed: ..." with the child's stderr), and pass the
// child's stderr on to ours unless stdio is given.
// compat: stderr
const { execSync, execFileSync } = require('child_process');

function describe(label, e) {
  console.log(label, e.constructor.name, JSON.stringify(e.message));
  console.log('  keys', Object.keys(e).join());
  console.log('  status', e.status, 'signal', e.signal, 'code', e.code, 'pid',
              typeof e.pid === 'number' && e.pid >= 0);
  console.log('  stdout', JSON.stringify(e.stdout && e.stdout.toString()), 'stderr',
              JSON.stringify(e.stderr && e.stderr.toString()));
  console.log('  output', e.output && e.output.map((o) => (o === null ? null : o.toString())));
}

console.log('execSync buffer', execSync('echo hello'));
console.log('execSync utf8', JSON.stringify(execSync('echo hello; echo to-stderr >&2', { encoding: 'utf8' })));
console.log('execSync input', JSON.stringify(execSync('tr a-z A-Z', { input: 'shout', encoding: 'utf8' })));
console.log('execSync shell string', JSON.stringify(execSync('echo $0', { shell: '/bin/sh', encoding: 'utf8' })));
console.log('execSync env', JSON.stringify(execSync('echo $FOO', { env: { FOO: 'bar' }, encoding: 'latin1' })));
console.log('execSync cwd', JSON.stringify(execSync('pwd', { cwd: '/', encoding: 'utf8' })));
console.log('execSync stdio inherit returns', execSync('echo printed-directly', { stdio: 'inherit' }));
console.log('execSync stdio ignore returns', execSync('echo nowhere', { stdio: 'ignore' }));

try {
  execSync('echo out; echo problem >&2; exit 3');
} catch (e) {
  describe('exit 3', e);
}
try {
  execSync('exit 1', { encoding: 'utf8' });
} catch (e) {
  describe('exit 1 no stderr', e);
}
try {
  execSync('echo quiet >&2; exit 2', { stdio: 'pipe' });
} catch (e) {
  describe('stdio pipe keeps stderr', e);
}
try {
  execSync('kill $$');
} catch (e) {
  describe('signal', e);
}
try {
  execSync('sleep 5', { timeout: 100 });
} catch (e) {
  describe('timeout', e);
  console.log('  error is itself', e.error === e, e.errno, e.syscall, JSON.stringify(e.path),
              JSON.stringify(e.spawnargs));
}
try {
  execSync('head -c 3000 /dev/zero; exec sleep 5', { maxBuffer: 100 });
} catch (e) {
  console.log('maxBuffer', e.code, e.message, e.signal, e.status);
}
try {
  execSync('echo hi', { cwd: '/nonexistent-dir-xyz' });
} catch (e) {
  describe('cwd missing', e);
}

console.log('execFileSync', execFileSync('echo', ['a', 'b']));
console.log('execFileSync options only', JSON.stringify(execFileSync('pwd', { cwd: '/', encoding: 'utf8' })));
console.log('execFileSync null args', JSON.stringify(execFileSync('echo', null, { encoding: 'utf8' })));
console.log('execFileSync shell', JSON.stringify(execFileSync('echo', ['$0'], { shell: true, encoding: 'utf8' })));
try {
  execFileSync('sh', ['-c', 'echo fail-out; echo fail-err >&2; exit 4']);
} catch (e) {
  describe('execFileSync exit 4', e);
}
try {
  execFileSync('sh', ['-c', 'exit 5'], { argv0: 'renamed' });
} catch (e) {
  describe('execFileSync argv0', e);
}
try {
  execFileSync('nonexistent-program-xyz', ['x', 'y']);
} catch (e) {
  describe('execFileSync ENOENT', e);
  console.log('  errno', e.errno, 'syscall', e.syscall, 'path', e.path, 'spawnargs', e.spawnargs);
}
try {
  execFileSync('sh', ['-c', 'kill -9 $$'], { encoding: 'utf8' });
} catch (e) {
  describe('execFileSync SIGKILL', e);
}
