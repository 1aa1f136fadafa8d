'use strict';
// Argument validation, with node's codes and messages, for every function (the
// asynchronous ones included: they validate before starting anything).
const cp = require('child_process');

function t(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

t('spawnSync()', () => cp.spawnSync());
t('spawnSync(5)', () => cp.spawnSync(5));
t('empty file', () => cp.spawnSync(''));
t('file with NUL', () => cp.spawnSync('a\0b'));
t('args string', () => cp.spawnSync('echo', 'x'));
t('args number', () => cp.spawnSync('echo', 5));
t('arg with NUL', () => cp.spawnSync('echo', ['ok', 'a\0']));
t('options string', () => cp.spawnSync('echo', [], 'x'));
t('options null', () => cp.spawnSync('echo', [], null));
t('options array', () => cp.spawnSync('echo', [], []));
t('cwd number', () => cp.spawnSync('echo', [], { cwd: 5 }));
t('cwd NUL', () => cp.spawnSync('echo', [], { cwd: 'a\0' }));
t('cwd bad URL', () => cp.spawnSync('echo', [], { cwd: new URL('http://x/') }));
t('detached', () => cp.spawnSync('echo', [], { detached: 1 }));
t('uid string', () => cp.spawnSync('echo', [], { uid: 'x' }));
t('uid too big', () => cp.spawnSync('echo', [], { uid: 2 ** 31 }));
t('gid float', () => cp.spawnSync('echo', [], { gid: 1.5 }));
t('shell number', () => cp.spawnSync('echo', [], { shell: 1 }));
t('shell NUL', () => cp.spawnSync('echo', [], { shell: 'a\0' }));
t('argv0 number', () => cp.spawnSync('echo', [], { argv0: 1 }));
t('argv0 NUL', () => cp.spawnSync('echo', [], { argv0: 'a\0' }));
t('windowsHide', () => cp.spawnSync('echo', [], { windowsHide: 1 }));
t('windowsVerbatimArguments', () => cp.spawnSync('echo', [], { windowsVerbatimArguments: 'x' }));
t('timeout -1', () => cp.spawnSync('echo', [], { timeout: -1 }));
t('timeout 1.5', () => cp.spawnSync('echo', [], { timeout: 1.5 }));
t('timeout string', () => cp.spawnSync('echo', [], { timeout: '10' }));
t('timeout Infinity', () => cp.spawnSync('echo', [], { timeout: Infinity }));
t('maxBuffer -1', () => cp.spawnSync('echo', [], { maxBuffer: -1 }));
t('maxBuffer string', () => cp.spawnSync('echo', [], { maxBuffer: 'x' }));
t('maxBuffer NaN', () => cp.spawnSync('echo', [], { maxBuffer: NaN }));
t('killSignal unknown', () => cp.spawnSync('echo', [], { killSignal: 'SIGFOO' }));
t('killSignal number', () => cp.spawnSync('echo', [], { killSignal: 999 }));
t('killSignal 0', () => cp.spawnSync('echo', [], { killSignal: 0 }));
t('killSignal object', () => cp.spawnSync('echo', [], { killSignal: {} }));
t('stdio string', () => cp.spawnSync('echo', [], { stdio: 'foo' }));
t('stdio number', () => cp.spawnSync('echo', [], { stdio: 5 }));
t('stdio ipc', () => cp.spawnSync('echo', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }));
t('stdio object', () => cp.spawnSync('echo', [], { stdio: [{}] }));
t('stdio boolean', () => cp.spawnSync('echo', [], { stdio: [true] }));
t('input number', () => cp.spawnSync('echo', [], { input: 5 }));
t('input object', () => cp.spawnSync('echo', [], { input: {} }));
t('input ArrayBuffer', () => cp.spawnSync('echo', [], { input: new ArrayBuffer(2) }));
t('env value NUL', () => cp.spawnSync('echo', [], { env: { A: 'a\0' } }));
t('env key NUL', () => cp.spawnSync('echo', [], { env: { ['A\0']: 'a' } }));
t('input encoding buffer', () => cp.spawnSync('cat', [], { input: 'abc', encoding: 'buffer' }));

t('execSync(5)', () => cp.execSync(5));
t('execSync()', () => cp.execSync());
t('execSync NUL', () => cp.execSync('a\0'));
t('execSync options', () => cp.execSync('echo', { timeout: -5 }));
t('execFileSync(5)', () => cp.execFileSync(5));
t('execFileSync args 5', () => cp.execFileSync('echo', 5));
t('execFileSync options 5', () => cp.execFileSync('echo', [], 5));
t('execFileSync argv0', () => cp.execFileSync('echo', [], { argv0: 5 }));
t('execFileSync stdio', () => cp.execFileSync('echo', [], { stdio: 'bad' }));

t('spawn()', () => cp.spawn());
t('spawn empty', () => cp.spawn(''));
t('spawn args', () => cp.spawn('echo', 'x'));
t('spawn buffer stdio', () => cp.spawn('echo', [], { stdio: [Buffer.from('x')] }));
t('spawn string stdio', () => cp.spawn('echo', [], { stdio: ['pipe', 'input'] }));
t('spawn signal', () => cp.spawn('echo', [], { signal: 5 }));
t('spawn two ipc', () => cp.spawn('echo', [], { stdio: ['ipc', 'ipc'] }));
t('spawn timeout', () => cp.spawn('echo', [], { timeout: -1 }));
t('spawn killSignal', () => cp.spawn('echo', [], { killSignal: 'NOPE' }));
t('spawn serialization', () => cp.spawn('echo', [], { serialization: 'xml' }));
t('exec(5)', () => cp.exec(5));
t('exec NUL', () => cp.exec('a\0'));
t('exec callback', () => cp.exec('echo', {}, 5));
t('execFile callback', () => cp.execFile('echo', [], {}, 5));
t('execFile options', () => cp.execFile('echo', [], 5));
t('execFile timeout', () => cp.execFile('echo', [], { timeout: -1 }));
t('execFile maxBuffer', () => cp.execFile('echo', [], { maxBuffer: -1 }));
t('execFile killSignal', () => cp.execFile('echo', [], { killSignal: 'SIGNOPE' }));
t('execFile file', () => cp.execFile(5));
t('fork(5)', () => cp.fork(5));
t('fork args', () => cp.fork('x', 5));
t('fork options', () => cp.fork('x', [], 5));
t('fork stdio', () => cp.fork('x', [], { stdio: ['pipe', 'pipe', 'pipe'] }));
t('fork stdio string', () => cp.fork('x', [], { stdio: 'bogus' }));
t('fork execPath', () => cp.fork('x', [], { execPath: 'a\0' }));
t('fork execArgv', () => cp.fork('x', [], { execArgv: ['a\0'] }));
t('fork NUL path', () => cp.fork('x\0'));
