'use strict';
// process.stdout and process.stderr as pipes (how the test runner runs this test):
// their stream settings and the methods a pipe has and a terminal would add.
const net = require('net');
for (const name of ['stdout', 'stderr']) {
  const s = process[name];
  console.log(name, [
    s.constructor.name, s instanceof net.Socket, s._type, s.fd, s._isStdio,
    s.writableObjectMode, s.writableLength, s.writableCorked,
    s.writableEnded, s.writableFinished, s.writableNeedDrain, s.allowHalfOpen,
    s.readable, s.writable, s.pending, s.connecting, s.readyState, s.destroyed,
    typeof s.getWindowSize, typeof s.hasColors, typeof s.getColorDepth, typeof s.cursorTo,
    s.columns, s.rows, s.isTTY, typeof s.setRawMode, s.listenerCount('error'),
    typeof s._handle, typeof s.ref, typeof s.unref,
  ].map(String).join(' '));
}
console.log('same object each time', process.stdout === process.stdout);
console.log('stdout != stderr', process.stdout !== process.stderr);
