'use strict';
// Output names this directory as <dir>, so the expected output does not depend on where
// the repository is checked out.
{
  const log = console.log;
  const scrub = (v) => (typeof v === 'string' ? v.split(__dirname).join('<dir>') : v);
  console.log = (...args) => log(...args.map(scrub));
}
// spawn() failures: programs that cannot start report an 'error' event (after the
// ChildProcess is returned, with errno, code, syscall, path, spawnargs), no 'exit', and
// 'close' only when stdio pipes existed; bad options throw synchronously with node's
// errors.
const { spawn } = require('child_process');
const path = require('path');

function show(e) {
  return [e.name, e.code, e.message].join(' | ');
}

function startFailure(label, file, args, options) {
  return new Promise((resolve) => {
    const events = [];
    const cp = spawn(file, args, options);
    events.push(`returned pid=${cp.pid} stdin=${cp.stdin !== null}`);
    cp.on('spawn', () => events.push('spawn'));
    cp.on('exit', (c, s) => events.push(`exit ${c} ${s}`));
    cp.on('close', (c, s) => events.push(`close ${c} ${s}`));
    cp.on('error', (e) => {
      events.push(`error ${e instanceof Error} ${e.message} errno=${e.errno} code=${e.code} ` +
                  `syscall=${e.syscall} path=${e.path} spawnargs=${JSON.stringify(e.spawnargs)} ` +
                  `keys=${Object.keys(e).join()}`);
    });
    setTimeout(() => {
      console.log(label);
      for (const ev of events) console.log('  ' + ev);
      console.log('  state', cp.exitCode, cp.signalCode, cp.killed, cp.kill());
      resolve();
    }, 200);
  });
}

function throws(label, fn) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (e) {
    console.log(label, show(e));
  }
}

(async () => {
  await startFailure('ENOENT', 'nonexistent-program-xyz', ['a', 'b']);
  await startFailure('ENOENT path', '/nonexistent/dir/prog', []);
  await startFailure('ENOENT ignore', 'nonexistent-program-xyz', [], { stdio: 'ignore' });
  await startFailure('EACCES', path.join(__dirname, 'fixtures', 'child.js'), []);
  await startFailure('cwd missing', 'sh', ['-c', 'echo hi'], { cwd: '/nonexistent-dir-xyz' });
  await startFailure('shell missing', 'echo hi', [], { shell: '/nonexistent/sh' });

  throws('file number', () => spawn(1));
  throws('file empty', () => spawn(''));
  throws('file NUL', () => spawn('a\0b'));
  throws('args string', () => spawn('true', 'abc'));
  throws('args NUL', () => spawn('true', ['x\0']));
  throws('options string', () => spawn('true', [], 'x'));
  throws('cwd number', () => spawn('true', [], { cwd: 1 }));
  throws('cwd NUL', () => spawn('true', [], { cwd: '/tmp\0' }));
  throws('detached string', () => spawn('true', [], { detached: 'yes' }));
  throws('uid string', () => spawn('true', [], { uid: '0' }));
  throws('uid float', () => spawn('true', [], { uid: 1.5 }));
  throws('uid big', () => spawn('true', [], { uid: 2 ** 31 }));
  throws('gid string', () => spawn('true', [], { gid: 'x' }));
  throws('gid float', () => spawn('true', [], { gid: 0.5 }));
  throws('shell number', () => spawn('true', [], { shell: 1 }));
  throws('shell NUL', () => spawn('true', [], { shell: 'sh\0' }));
  throws('argv0 number', () => spawn('true', [], { argv0: 1 }));
  throws('windowsHide', () => spawn('true', [], { windowsHide: 1 }));
  throws('timeout negative', () => spawn('true', [], { timeout: -1 }));
  throws('timeout float', () => spawn('true', [], { timeout: 1.5 }));
  throws('timeout string', () => spawn('true', [], { timeout: '10' }));
  throws('killSignal bad', () => spawn('true', [], { killSignal: 'SIGNOPE' }));
  throws('killSignal object', () => spawn('true', [], { killSignal: {} }));
  throws('signal bad', () => spawn('true', [], { signal: {} }));
  throws('stdio bad string', () => spawn('true', [], { stdio: 'bogus' }));
  throws('stdio bad entry', () => spawn('true', [], { stdio: ['pipe', 'bogus'] }));
  throws('stdio object', () => spawn('true', [], { stdio: {} }));
  throws('stdio buffer', () => spawn('true', [], { stdio: [Buffer.from('x')] }));
  throws('stdio two ipc', () => spawn('true', [], { stdio: ['ipc', 'ipc'] }));
  throws('serialization', () => spawn('true', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'],
                                                    serialization: 'xml' }));
  throws('env NUL key', () => spawn('true', [], { env: { 'A\0': 'b' } }));
  throws('env NUL value', () => spawn('true', [], { env: { A: 'b\0' } }));
  // uid/gid that are valid numbers but not permitted fail when spawning (not root).
  if (process.getuid() !== 0) {
    throws('uid not permitted', () => spawn('true', [], { uid: 0 }));
    throws('gid not permitted', () => spawn('true', [], { gid: 0 }));
  }
})();
