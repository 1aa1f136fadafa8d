'use strict';
// compat: env=TERM=xterm
// A terminal interface without an output edits lines all the same.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, terminal: true, completer: (l) => [['complete'], l] });
rl.on('line', (l) => console.log('line', JSON.stringify(l), 'columns', rl.columns));
input.write('hello');
input.write('\x1b[D');
input.write('\x1b[D');
input.write('X');
input.write('\x05');
input.write('\x17');
input.write('c');
input.write('\t');
input.write('\r');
console.log('history', JSON.stringify(rl.history));
rl.close();
