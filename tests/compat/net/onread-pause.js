// compat: stderr
'use strict';
// The onread option: a callback that pauses the socket gets nothing more until it
// resumes (the rest of a chunk waits); a buffer function is asked once per read,
// including the read that finds the end. A signal gets one abort listener.
// net._setSimultaneousAccepts warns once (DEP0121).
const net = require('net');
const { getEventListeners } = require('events');
const message = Buffer.from('abcdefghijklmnopq');

const server = net.createServer((socket) => socket.end(message));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const pieces = [];
  let paused = false;
  const fixed = Buffer.alloc(5);
  net.connect({
    port,
    host: '127.0.0.1',
    onread: {
      buffer: fixed,
      callback(n, buf) {
        if (paused) console.log('delivered while paused');
        pieces.push(buf.toString('latin1', 0, n));
        paused = true;
        this.pause();
        setTimeout(() => {
          paused = false;
          this.resume();
        }, 20);
      },
    },
  }).on('end', () => {
    console.log('paused pieces', pieces);
    let calls = 0;
    let total = 0;
    net.connect({
      port,
      host: '127.0.0.1',
      onread: { buffer: () => { calls++; return Buffer.alloc(100); }, callback(n) { total += n; } },
    }).on('end', () => {
      console.log('generator calls', calls, 'bytes', total);
      server.close();
    });
  });
});

const ac = new AbortController();
const s = new net.Socket({ signal: ac.signal });
console.log('abort listeners', getEventListeners(ac.signal, 'abort').length);
s.on('close', () => console.log('closed', s.destroyed));
s.on('error', (e) => console.log('error', e.name));
ac.abort();
try {
  new net.Socket({ signal: 'x' });
} catch (e) {
  console.log(e.code, e.message);
}
net._setSimultaneousAccepts();
net._setSimultaneousAccepts();
