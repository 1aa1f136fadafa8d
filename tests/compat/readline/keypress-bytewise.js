'use strict';
// compat: env=TERM=xterm
// Key sequences fed one byte at a time decode as when they arrive whole (a chunk ending
// in ESC starts the escape timer, which the next chunk cancels).
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
const keys = [];
input.on('keypress', (s, k) => keys.push(`${JSON.stringify(s)}:${k.name}:${k.ctrl ? 'C' : ''}` +
                                         `${k.meta ? 'M' : ''}${k.shift ? 'S' : ''}:${k.code || ''}`));
const text = 'ab\x1b[A\x1bOB\x1b[1;5C\x1b[3~\x1bx\x1b\x1b[D\u00e9\u4e2d\ud83d\ude00\r\n\t' +
  '\x1b[200~paste\x1b[201~\x1b[[A\x1b[24;2~\x7f\x01Z';
for (const byte of Buffer.from(text)) input.write(Buffer.from([byte]));
console.log(keys.join('\n'));
