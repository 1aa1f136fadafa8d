'use strict';
// spawn() options: stdio forms (ignore, inherit, descriptors, extra pipes, another
// child's stream), shell, argv0, env, cwd, detached, timeout with killSignal, AbortSignal,
// and unref.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function finish(label, cp, extra) {
  let out = '';
  if (cp.stdout) cp.stdout.on('data', (d) => { out += d; });
  return new Promise((resolve) => {
    const errors = [];
    cp.on('error', (e) => errors.push(`${e.name} ${e.code} ${e.message}`));
    cp.on('close', (code, signal) => {
      console.log(label, code, signal, JSON.stringify(out), errors.join('; '),
                  extra ? extra() : '');
      resolve();
    });
  });
}

(async () => {
  let cp = spawn('sh', ['-c', 'echo ignored; echo also >&2'], { stdio: 'ignore' });
  console.log('ignore streams', cp.stdin, cp.stdout, cp.stderr, cp.stdio);
  await finish('ignore', cp);

  cp = spawn('sh', ['-c', 'exit 0'], { stdio: 'inherit' });
  console.log('inherit streams', cp.stdin, cp.stdout, cp.stderr);
  await finish('inherit', cp);

  cp = spawn('sh', ['-c', 'echo three >&3; echo four >&4'],
             { stdio: ['ignore', 'pipe', 'ignore', 'pipe', 'pipe'] });
  console.log('extra pipes', cp.stdio.length, cp.stdio.map((s) => s !== null));
  let three = '';
  let four = '';
  cp.stdio[3].on('data', (d) => { three += d; });
  cp.stdio[4].on('data', (d) => { four += d; });
  await finish('extra pipes', cp, () => JSON.stringify([three, four]));

  cp = spawn('sh', ['-c', 'cat <&3'], { stdio: ['ignore', 'pipe', 'ignore', 'pipe'] });
  cp.stdio[3].end('into fd 3\n');
  await finish('fd 3 input', cp);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-cp-'));
  const file = path.join(tmp, 'out.txt');
  const fd = fs.openSync(file, 'w');
  cp = spawn('sh', ['-c', 'echo to file; echo err to file >&2'], { stdio: ['ignore', fd, fd] });
  await finish('fd stdio', cp, () => JSON.stringify(fs.readFileSync(file, 'utf8')));
  fs.closeSync(fd);

  const input = fs.openSync(file, 'r');
  cp = spawn('cat', [], { stdio: [input, 'pipe', 'pipe'] });
  await finish('fd stdin', cp);
  fs.closeSync(input);

  cp = spawn('cat', [], { stdio: [{ fd: fs.openSync(file, 'r') }, 'pipe', 'pipe'] });
  await finish('fd object', cp);

  // One child's stdout as the next child's stdin.
  const producer = spawn('sh', ['-c', 'echo piped between children']);
  const consumer = spawn('tr', ['a-z', 'A-Z'], { stdio: [producer.stdout, 'pipe', 'pipe'] });
  // The producer's stdout belongs to the consumer now and never closes here, so node
  // emits no 'close' for the producer: its exit is what can be waited for.
  await Promise.all([new Promise((resolve) => producer.on('exit', (code) => {
    console.log('producer exit', code);
    resolve();
  })), finish('consumer', consumer)]);
  fs.rmSync(tmp, { recursive: true });

  await finish('shell true', spawn('echo $((6*7)) "$0"', { shell: true }));
  await finish('shell string', spawn('echo', ['$((1+1))'], { shell: '/bin/sh' }));
  await finish('argv0', spawn('sh', ['-c', 'echo $0'], { argv0: 'custom-name' }));
  await finish('env', spawn('sh', ['-c', 'echo "$A|$B|$C"'],
                            { env: { A: '1', B: 2, C: undefined } }));
  const inherited = Object.create({ FROM_PROTO: 'proto' });
  await finish('env proto', spawn('sh', ['-c', 'echo "$FROM_PROTO"'], { env: inherited }));
  await finish('cwd', spawn('pwd', [], { cwd: '/' }));
  await finish('cwd URL', spawn('pwd', [], { cwd: new URL('file:///tmp') }));

  cp = spawn('sh', ['-c', 'ps -o sid= -p $$; ps -o sid= -p ' + process.pid],
             { detached: true });
  await new Promise((resolve) => {
    let out = '';
    cp.stdout.on('data', (d) => { out += d; });
    cp.on('close', (code) => {
      const [childSid, ourSid] = out.trim().split(/\s+/).map(Number);
      console.log('detached', code, childSid === cp.pid, childSid !== ourSid);
      resolve();
    });
  });

  cp = spawn('sleep', ['5'], { timeout: 100 });
  await finish('timeout', cp, () => cp.killed);
  cp = spawn('sleep', ['5'], { timeout: 100, killSignal: 'SIGINT' });
  await finish('timeout SIGINT', cp, () => cp.killed);
  cp = spawn('sleep', ['5'], { timeout: 100, killSignal: 9 });
  await finish('timeout 9', cp, () => cp.killed);
  await finish('timeout not reached', spawn('true', [], { timeout: 5000 }));

  const ac = new AbortController();
  cp = spawn('sleep', ['5'], { signal: ac.signal });
  cp.on('spawn', () => ac.abort());
  await finish('abort', cp, () => cp.killed);
  cp = spawn('sleep', ['5'], { signal: AbortSignal.abort(), killSignal: 'SIGKILL' });
  await finish('pre-aborted', cp);
  const ac2 = new AbortController();
  cp = spawn('true', [], { signal: ac2.signal });
  await finish('abort after exit', cp);
  ac2.abort();

  // An unreferenced child does not keep us alive: the program ends before it does.
  cp = spawn('sleep', ['3'], { stdio: 'ignore' });
  cp.unref();
  cp.on('exit', () => console.log('unref: exit seen (should not be)'));
  cp.ref();
  cp.unref();
  console.log('end of program');
})();
