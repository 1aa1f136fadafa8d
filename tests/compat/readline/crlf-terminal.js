'use strict';
// compat: env=TERM=xterm
// In terminal mode, \r then \n as separate keys count as one line ending only within
// crlfDelay; a \n alone always ends a line.
const readline = require('readline');
const { PassThrough } = require('stream');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  for (const [label, options, gap] of [['quick', {}, 0], ['slow', {}, 250],
    ['slow, long delay', { crlfDelay: 1000 }, 250]]) {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, terminal: true, ...options });
    const lines = [];
    rl.on('line', (l) => lines.push(l));
    input.write('a');
    input.write('\r');
    if (gap > 0) await sleep(gap);
    input.write('\n');
    input.write('b');
    input.write('\n');
    console.log(label, JSON.stringify(lines));
    rl.close();
  }
})();
