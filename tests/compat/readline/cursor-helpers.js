'use strict';
// compat: env=TERM=xterm
// readline.cursorTo, moveCursor, clearLine, clearScreenDown: the sequences written,
// return values and callbacks.
const readline = require('readline');
const { Writable } = require('stream');

const writes = [];
const out = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    writes.push(chunk.toString());
    setImmediate(cb);
  },
});
const order = [];
const cb = (label) => (err) => order.push(`${label}(${err})`);

const results = [
  ['cursorTo x', readline.cursorTo(out, 5)],
  ['cursorTo x y', readline.cursorTo(out, 5, 10)],
  ['cursorTo 0 0 cb', readline.cursorTo(out, 0, 0, cb('cursorTo'))],
  ['cursorTo x cb', readline.cursorTo(out, 3, cb('cursorTo-y-fn'))],
  ['cursorTo none', readline.cursorTo(out, undefined, undefined, cb('cursorTo-none'))],
  ['cursorTo strings', readline.cursorTo(out, '1', '2')],
  ['cursorTo no stream', readline.cursorTo(null, 1, 1, cb('cursorTo-null'))],
  ['moveCursor right down', readline.moveCursor(out, 3, 2)],
  ['moveCursor left up', readline.moveCursor(out, -3, -2, cb('moveCursor'))],
  ['moveCursor zero', readline.moveCursor(out, 0, 0, cb('moveCursor-zero'))],
  ['moveCursor dy only', readline.moveCursor(out, 0, 7)],
  ['moveCursor no stream', readline.moveCursor(undefined, 1, 1)],
  ['clearLine -1', readline.clearLine(out, -1)],
  ['clearLine 1', readline.clearLine(out, 1)],
  ['clearLine 0', readline.clearLine(out, 0, cb('clearLine'))],
  ['clearLine undefined dir', readline.clearLine(out)],
  ['clearLine no stream', readline.clearLine(null, 0, cb('clearLine-null'))],
  ['clearScreenDown', readline.clearScreenDown(out, cb('clearScreenDown'))],
  ['clearScreenDown no stream', readline.clearScreenDown(null)],
];
for (const [label, r] of results) console.log(label, r);
setTimeout(() => {
  console.log('writes', JSON.stringify(writes));
  console.log('callbacks', order.join(' '));
}, 50);
