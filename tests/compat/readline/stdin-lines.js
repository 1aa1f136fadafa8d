'use strict';
// compat: env=TERM=xterm
// compat: stdin=fixtures/stdin.txt
// readline over process.stdin fed from a file.
const readline = require('readline');

const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (line) => console.log('line:', line));
rl.on('close', () => console.log('closed, terminal:', rl.terminal));
