'use strict';
// compat: stdin=fixtures/text.txt
// compat: env=TERM=xterm
// readline with terminal: true over a stdin that is not a terminal (no setRawMode):
// keys are decoded from the file and lines edited.
const readline = require('readline');
const { Writable } = require('stream');

let written = '';
const output = new Writable({
  write(chunk, encoding, cb) {
    written += chunk;
    cb();
  },
});
const rl = readline.createInterface({ input: process.stdin, output, terminal: true, prompt: '' });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => {
  console.log('lines', JSON.stringify(lines), 'raw', process.stdin.isRaw);
  console.log('output', JSON.stringify(written));
});
