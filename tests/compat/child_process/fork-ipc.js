'use strict';
// fork(): a child runtime with an IPC channel. Messages both ways (JSON serialization:
// what survives JSON), send callbacks, 'disconnect', connected, exit codes, silent mode,
// arguments, and the errors of sending on a closed channel.
const { fork } = require('child_process');
const path = require('path');
const ipcChild = path.join(__dirname, 'fixtures', 'ipc-child.js');

// The child's own output is collected (silent: true) and shown at 'close', so that it
// does not interleave with ours.
function done(cp) {
  let out = '';
  if (cp.stdout) cp.stdout.on('data', (d) => { out += d; });
  if (cp.stderr) cp.stderr.on('data', (d) => { out += d; });
  return new Promise((resolve) => cp.on('close', (code, signal) => {
    console.log('  close', code, signal, 'connected', cp.connected);
    if (out) console.log('  child output', JSON.stringify(out));
    resolve();
  }));
}

(async () => {
  {
    console.log('echo');
    const cp = fork(ipcChild, ['echo'], { silent: true });
    console.log('  parent connected', cp.connected, cp.stdio.length,
                typeof cp.send, typeof cp.disconnect, cp.channel !== undefined);
    const messages = ['text', 42, true, null, { a: [1, { b: 'c' }] }, [1, 2],
                      { date: new Date(0) }, { und: undefined, nan: NaN }, 'bye'];
    cp.on('message', (msg) => {
      console.log('  parent got', JSON.stringify(msg));
    });
    cp.on('disconnect', () => console.log('  parent disconnect event', cp.connected));
    cp.on('exit', (code, signal) => console.log('  exit', code, signal));
    let sent = 0;
    for (const msg of messages) {
      const ret = cp.send(msg, (err) => {
        sent++;
        if (err) console.log('  send error', err);
      });
      if (ret !== true) console.log('  send returned', ret);
    }
    await done(cp);
    console.log('  callbacks', sent);
  }
  {
    console.log('send-first');
    const cp = fork(ipcChild, ['send-first']);
    cp.on('message', (msg) => console.log('  parent got', JSON.stringify(msg)));
    await done(cp);
  }
  {
    console.log('exit-code');
    const cp = fork(ipcChild, ['exit-code']);
    cp.on('exit', (code, signal) => console.log('  exit', code, signal));
    await done(cp);
  }
  {
    console.log('silent');
    const cp = fork(ipcChild, ['silent'], { silent: true });
    console.log('  streams', cp.stdin !== null, cp.stdout !== null, cp.stderr !== null);
    await done(cp);
  }
  {
    console.log('argv');
    const cp = fork(ipcChild, ['argv', 'x', 'y z'], { stdio: 'pipe' });
    await done(cp);
  }
  {
    console.log('stdio array');
    const cp = fork(ipcChild, ['argv'], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    console.log('  stdio', cp.stdio.length, cp.stdin, cp.stdout !== null, cp.stderr);
    await done(cp);
  }
  {
    console.log('bad-send');
    const cp = fork(ipcChild, ['bad-send'], { silent: true });
    cp.on('message', (msg) => console.log('  parent got', JSON.stringify(msg)));
    await done(cp);
  }
  {
    console.log('parent disconnect');
    const cp = fork(ipcChild, ['echo'], { silent: true });
    cp.on('disconnect', () => console.log('  parent disconnect event'));
    cp.send('ping');
    cp.once('message', () => {
      cp.disconnect();
      console.log('  connected after disconnect()', cp.connected);
      try {
        cp.disconnect();
      } catch (e) {
        console.log('  second disconnect', e.name, e.code, e.message);
      }
      cp.on('error', (e) => console.log('  error event', e.name, e.code, e.message));
      console.log('  send after disconnect returns', cp.send('x'));
      cp.send('y', (e) => console.log('  send callback', e.name, e.code, e.message));
    });
    // Node emits no 'close' for a child whose channel the parent disconnected: wait for
    // its exit.
    await new Promise((resolve) => cp.on('exit', (code, signal) => {
      console.log('  exit', code, signal);
      resolve();
    }));
  }
  {
    console.log('kill');
    const cp = fork(ipcChild, ['echo'], { silent: true });
    cp.on('spawn', () => cp.kill());
    cp.on('disconnect', () => console.log('  parent disconnect event'));
    cp.on('exit', (code, signal) => console.log('  exit', code, signal));
    await done(cp);
  }
  for (const [label, fn] of [
    ['modulePath number', () => fork(1)],
    ['args string', () => fork(ipcChild, 'x')],
    ['options string', () => fork(ipcChild, [], 'x')],
    ['no ipc', () => fork(ipcChild, [], { stdio: ['pipe', 'pipe', 'pipe'] })],
    ['execArgv NUL', () => fork(ipcChild, [], { execArgv: ['\0'] })],
    ['send bad', () => fork(ipcChild, ['send-first']).send(undefined)],
    ['serialization', () => fork(ipcChild, [], { serialization: 'nope' })],
  ]) {
    try {
      fn();
      console.log(label, 'did not throw');
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
})();
