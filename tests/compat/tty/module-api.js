'use strict';
// node:tty's exports, isatty(), constructor errors, and what the prototypes carry.
const tty = require('tty');
const fs = require('fs');
const net = require('net');

console.log(Object.keys(tty).join(','));
for (const fd of [0, 1, 2, -1, 1.5, NaN, '1', null, 2 ** 31, 1e10]) {
  console.log('isatty', String(fd), tty.isatty(fd));
}
const file = fs.openSync(__filename, 'r');
console.log('isatty(file)', tty.isatty(file));
for (const [label, make] of [
  ['ReadStream(-1)', () => new tty.ReadStream(-1)],
  ['ReadStream(1.5)', () => new tty.ReadStream(1.5)],
  ['WriteStream("x")', () => new tty.WriteStream('x')],
  ['WriteStream(file)', () => new tty.WriteStream(file)],
  ['ReadStream(file)', () => tty.ReadStream(file)],
]) {
  try {
    make();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
    if (e.info) console.log('  info', JSON.stringify(e.info), e.errno, e.syscall);
  }
}
console.log('WriteStream inherits net.Socket', Object.getPrototypeOf(tty.WriteStream.prototype) === net.Socket.prototype);
console.log('ReadStream inherits net.Socket', Object.getPrototypeOf(tty.ReadStream.prototype) === net.Socket.prototype);
console.log('WriteStream.prototype', Object.keys(tty.WriteStream.prototype).join(','));
console.log('ReadStream.prototype', Object.keys(tty.ReadStream.prototype).join(','));
console.log('isTTY on prototype', tty.WriteStream.prototype.isTTY);
console.log('getWindowSize of prototype-like', JSON.stringify(tty.WriteStream.prototype.getWindowSize.call({ columns: 3, rows: 4 })));
fs.closeSync(file);
