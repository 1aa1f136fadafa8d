'use strict';
// spawn(): the events of a child in order ('spawn', 'exit', 'close'), its state fields
// before and after, output read from its pipes, input written to it, exit codes and
// signals, and kill().
const { spawn, ChildProcess } = require('child_process');
const path = require('path');
const child = path.join(__dirname, 'fixtures', 'child.js');

function run(label, file, args, options, setup) {
  return new Promise((resolve) => {
    const events = [];
    const cp = spawn(file, args, options);
    console.log(label, 'instance', cp instanceof ChildProcess, typeof cp.pid,
                cp.exitCode, cp.signalCode, cp.killed, cp.connected,
                JSON.stringify(cp.spawnargs) === JSON.stringify([file, ...args]),
                cp.spawnfile === file, cp.stdio.length,
                cp.stdin !== null, cp.stdout !== null, cp.stderr !== null);
    let out = '';
    let err = '';
    if (cp.stdout) cp.stdout.on('data', (d) => { out += d; });
    if (cp.stderr) cp.stderr.on('data', (d) => { err += d; });
    cp.on('spawn', () => events.push('spawn'));
    cp.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
    cp.on('error', (e) => events.push(`error ${e.code}`));
    cp.on('close', (code, signal) => {
      events.push(`close ${code} ${signal}`);
      console.log(label, events.join(', '));
      console.log(label, 'out', JSON.stringify(out), 'err', JSON.stringify(err));
      console.log(label, 'state', cp.exitCode, cp.signalCode, cp.killed);
      resolve();
    });
    if (setup) setup(cp);
  });
}

(async () => {
  await run('streams', process.execPath, [child, 'streams', '3']);
  await run('argv', process.execPath, [child, 'argv', 'a b', '', 'c"d']);
  await run('exit 0', 'sh', ['-c', 'echo hi']);
  await run('exit 7', 'sh', ['-c', 'echo out; echo err >&2; exit 7']);
  await run('stdin', process.execPath, [child, 'echo-stdin'], {}, (cp) => {
    cp.stdin.write('hello ');
    cp.stdin.end(Buffer.from('world'));
  });
  await run('cat', 'cat', [], {}, (cp) => {
    cp.stdout.setEncoding('utf8');
    cp.stdin.end('line one\nline two\n');
  });
  await run('kill default', 'sleep', ['10'], {}, (cp) => {
    cp.on('spawn', () => console.log('kill returns', cp.kill(), cp.killed));
  });
  await run('kill SIGKILL', 'sleep', ['10'], {}, (cp) => {
    cp.on('spawn', () => console.log('kill returns', cp.kill('SIGKILL')));
  });
  await run('kill number', 'sleep', ['10'], {}, (cp) => {
    cp.on('spawn', () => console.log('kill returns', cp.kill(2)));
  });
  await run('self signal', 'sh', ['-c', 'kill -USR2 $$']);
  await run('kill after exit', 'true', [], {}, (cp) => {
    cp.on('exit', () => console.log('kill after exit returns', cp.kill(), cp.killed));
  });
  await run('kill 0', 'sleep', ['10'], {}, (cp) => {
    cp.on('spawn', () => {
      console.log('kill(0) returns', cp.kill(0), cp.killed);
      cp.kill('SIGTERM');
    });
  });
  await run('bad signal', 'sleep', ['10'], {}, (cp) => {
    for (const sig of ['SIGNOPE', 'sigterm', 99999, -1, 1.5, {}, null]) {
      try {
        console.log('kill', sig, cp.kill(sig));
      } catch (e) {
        console.log('kill', String(sig), e.name, e.code, e.message);
      }
    }
    cp.kill();
  });
  // A large output, read in chunks, arrives complete.
  await new Promise((resolve) => {
    const cp = spawn(process.execPath, [child, 'big', '300000']);
    let n = 0;
    cp.stdout.on('data', (d) => { n += d.length; });
    cp.on('close', (code) => {
      console.log('big', n, code);
      resolve();
    });
  });
  // Output read through 'readable' after 'exit'.
  await new Promise((resolve) => {
    const cp = spawn('sh', ['-c', 'echo late']);
    cp.on('exit', () => {
      cp.stdout.on('readable', () => {
        let chunk;
        while ((chunk = cp.stdout.read()) !== null) console.log('readable', String(chunk).trim());
      });
    });
    cp.on('close', () => resolve());
  });
  // Nobody reads the output: 'close' still comes.
  await run('unread', 'sh', ['-c', 'echo nobody reads this'], {}, (cp) => {
    cp.stdout.removeAllListeners('data');
    cp.stderr.removeAllListeners('data');
  });
})();
