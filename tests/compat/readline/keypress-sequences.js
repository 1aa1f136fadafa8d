'use strict';
// compat: env=TERM=xterm
// emitKeypressEvents decodes the keys terminals send: every entry is written as one
// chunk and the resulting keypress events are printed.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
const events = [];
input.on('keypress', (s, key) => events.push([s, key]));

const sequences = [
  'a', 'A', 'z', 'Z', '0', '9', '.', ' ', '~', '\u00e9', '\u4e2d', '\ud83d\ude00',
  '\r', '\n', '\t', '\b', '\x7f', '\x00', '\x01', '\x03', '\x04', '\x1a', '\x1c', '\x1d',
  '\x1e', '\x1f',
  '\x1ba', '\x1bA', '\x1b1', '\x1b\r', '\x1b\n', '\x1b\t', '\x1b\x7f', '\x1b ', '\x1b.',
  '\x1b\x01', '\x1b\x1b\x1b',
  '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[E', '\x1b[F', '\x1b[H', '\x1b[Z',
  '\x1bOA', '\x1bOB', '\x1bOC', '\x1bOD', '\x1bOE', '\x1bOF', '\x1bOH',
  '\x1bOP', '\x1bOQ', '\x1bOR', '\x1bOS', '\x1b[P', '\x1b[Q', '\x1b[R', '\x1b[S',
  '\x1b[11~', '\x1b[12~', '\x1b[13~', '\x1b[14~', '\x1b[15~', '\x1b[17~', '\x1b[18~',
  '\x1b[19~', '\x1b[20~', '\x1b[21~', '\x1b[23~', '\x1b[24~',
  '\x1b[[A', '\x1b[[B', '\x1b[[C', '\x1b[[D', '\x1b[[E', '\x1b[[5~', '\x1b[[6~',
  '\x1b[1~', '\x1b[2~', '\x1b[3~', '\x1b[4~', '\x1b[5~', '\x1b[6~', '\x1b[7~', '\x1b[8~',
  '\x1b[a', '\x1b[b', '\x1b[c', '\x1b[d', '\x1b[e',
  '\x1b[2$', '\x1b[3$', '\x1b[5$', '\x1b[6$', '\x1b[7$', '\x1b[8$',
  '\x1bOa', '\x1bOb', '\x1bOc', '\x1bOd', '\x1bOe',
  '\x1b[2^', '\x1b[3^', '\x1b[5^', '\x1b[6^', '\x1b[7^', '\x1b[8^',
  '\x1b[1;2A', '\x1b[1;3B', '\x1b[1;4C', '\x1b[1;5D', '\x1b[1;6H', '\x1b[1;7F',
  '\x1b[1;8P', '\x1b[5A', '\x1b[3;5~', '\x1b[3;2~', '\x1b[24;5~', '\x1b[5;3~',
  '\x1bO5A', '\x1bO2P', '\x1b[200~', '\x1b[201~', '\x1b\x1b[A', '\x1b\x1bOB',
  '\x1b[1234~', '\x1b[;5A', '\x1b[999~', '\x1b[12;5x', '\x1b[1;0A', '\x1b[0;1~',
  '\x1b[X', '\x1b[=', '\x1bO~', '\x1b[[[', '\x1b[1;5', 'abc', 'a\x1b[Ab', '\r\n',
  '\x1b[A\x1b[B', 'x\ty', '\u00e9\u00e8',
];

for (const seq of sequences) {
  events.length = 0;
  input.write(seq);
  console.log(JSON.stringify(seq), JSON.stringify(events));
}
// Bytes of one character split over writes.
events.length = 0;
input.write(Buffer.from([0xe2, 0x82]));
input.write(Buffer.from([0xac]));
console.log('split euro', JSON.stringify(events));
// A sequence split over writes.
events.length = 0;
input.write('\x1b[');
input.write('1;5');
input.write('C');
console.log('split sequence', JSON.stringify(events));
// A lone ESC becomes the escape key after the timeout.
events.length = 0;
input.write('\x1b');
setTimeout(() => {
  console.log('escape timeout', JSON.stringify(events));
  events.length = 0;
  input.write('\x1b\x1b');
  setTimeout(() => {
    console.log('double escape timeout', JSON.stringify(events));
    // Calling it again for the same stream changes nothing.
    readline.emitKeypressEvents(input);
    events.length = 0;
    input.write('q');
    console.log('second call', JSON.stringify(events));
  }, 600);
}, 600);
