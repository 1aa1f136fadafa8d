'use strict';
// compat: env=TERM=xterm
// Randomized differential test of the keypress decoder: random byte and character
// sequences (escape sequences, their fragments, control characters, multi-byte UTF-8
// split across chunks) are fed through readline.emitKeypressEvents in random chunks,
// with the escape timeout firing between some chunks. The events are hashed per batch;
// `node keypress-fuzz.js dump BATCH` prints one batch's events in full.
const readline = require('readline');
const EventEmitter = require('events');

let seed = 0x2545f491;
function random() {
  // xorshift32
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 0x100000000;
}
function pick(list) { return list[Math.floor(random() * list.length)]; }

const pieces = [
  '\x1b', '\x1b', '\x1b', '[', '[', 'O', '[[', '\x1b[', '\x1bO', '\x1b\x1b[',
  '0', '1', '2', '3', '5', '6', '7', '8', '9', '11', '15', '200', '201', '24',
  ';', ';5', ';2', '~', '^', '$', 'A', 'B', 'C', 'D', 'E', 'F', 'H', 'P', 'Q', 'Z',
  'a', 'b', 'c', 'd', 'e', 'x', 'y', 'z', 'q', 'M', '_',
  '\r', '\n', '\r\n', '\t', '\b', '\x7f', ' ', '\x00', '\x01', '\x03', '\x04',
  '\x1a', '\x1c', '\x1e', '\x1f', '.', '/', '!', '\u00e9', '\u4e2d', '\ud83d\ude00',
  '\x9b', '\u00a0',
];

function makeInput() {
  let s = '';
  const n = 1 + Math.floor(random() * 12);
  for (let i = 0; i < n; i++) s += pick(pieces);
  return Buffer.from(s, 'utf8');
}

function runCase(bytes, log) {
  const stream = new EventEmitter();
  readline.emitKeypressEvents(stream, { escapeCodeTimeout: 1 });
  stream.on('keypress', (s, key) => log.push(JSON.stringify([s, key])));
  // Split into chunks at random byte offsets (possibly inside a UTF-8 character).
  const chunks = [];
  let at = 0;
  while (at < bytes.length) {
    const len = 1 + Math.floor(random() * 5);
    chunks.push(bytes.subarray(at, at + len));
    at += len;
  }
  const waits = chunks.map(() => random() < 0.3);
  return (async () => {
    for (let i = 0; i < chunks.length; i++) {
      log.push(`chunk ${JSON.stringify(chunks[i].toString('latin1'))}`);
      stream.emit('data', chunks[i]);
      if (waits[i]) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  })();
}

function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

(async () => {
  const dump = process.argv[2] === 'dump' ? Number(process.argv[3]) : -1;
  const batches = process.argv[2] === 'many' ? Number(process.argv[3]) : 12;
  const perBatch = 40;
  for (let b = 0; b < batches; b++) {
    const log = [];
    for (let c = 0; c < perBatch; c++) {
      log.push(`case ${c}`);
      await runCase(makeInput(), log);
    }
    if (dump === b) console.log(log.join('\n'));
    else console.log(`batch ${b}: ${log.length} entries, hash ${hash(log.join('\n'))}`);
  }
})();
