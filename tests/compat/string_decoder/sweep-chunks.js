'use strict';
// StringDecoder over invalid and incomplete sequences fed whole and byte by byte, in every
// buffering encoding, and a deterministic pseudo-random sweep of chunk splits: each line
// shows the decoded code units of every write() with lastNeed/lastTotal, then end().
const { StringDecoder } = require('string_decoder');

function units(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16) + '.';
  return out;
}

function run(encoding, chunks) {
  const d = new StringDecoder(encoding);
  let out = '';
  for (const chunk of chunks) {
    out += `${units(d.write(Buffer.from(chunk)))}/${d.lastNeed}${d.lastTotal},`;
  }
  return `${out}|${units(d.end())}`;
}

const sequences = [
  [0xc3, 0x28], [0xe2, 0x28, 0xa1], [0xf0, 0x28, 0x8c, 0xbc], [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80], [0xc0, 0x80], [0xf8, 0x88], [0xff], [0x80, 0x80], [0xe2, 0x82],
  [0xf0, 0x9f, 0x98], [0x3d, 0xd8, 0x00, 0xde], [0x3d, 0xd8, 0x3d, 0xd8], [0x00, 0xdc, 0x41],
];
for (const encoding of ['utf8', 'utf16le', 'base64', 'base64url']) {
  for (const seq of sequences) {
    console.log(encoding, seq.join(' '), 'whole', run(encoding, [seq]));
    console.log(encoding, seq.join(' '), 'bytes', run(encoding, seq.map((b) => [b])));
  }
}

// A held character is finished (or given up) by the next write, even an empty one or
// one that does not continue it.
console.log('empty write while pending', run('utf8', [[0xe2], [], [0x82, 0xac]]));
console.log('not a continuation', run('utf8', [[0xe2], [0x41], [0x82]]));
console.log('end with a chunk', (() => {
  const d = new StringDecoder('utf8');
  d.write(Buffer.from([0xf0, 0x9f]));
  return units(d.end(Buffer.from([0x98, 0x80, 0xe2])));
})());

let seed = 12345;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const pool = [0x41, 0x80, 0xbf, 0xc2, 0xc3, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0xed, 0xa0,
  0xd8, 0xdc, 0x3d, 0x00, 0xff, 0xf4, 0x90, 0xc0, 0xf8, 0xe0];
const encodings = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1'];
for (let i = 0; i < 180; i++) {
  const chunks = [];
  const count = 1 + rnd(5);
  for (let c = 0; c < count; c++) {
    const chunk = [];
    const len = rnd(5);
    for (let j = 0; j < len; j++) chunk.push(pool[rnd(pool.length)]);
    chunks.push(chunk);
  }
  console.log(i, encodings[i % 6], run(encodings[i % 6], chunks));
}
