'use strict';
// compat: env=TERM=xterm
// readline/promises: the completer may return a promise; input is paused meanwhile. A
// rejected completer writes "Tab completion error".
const readline = require('readline/promises');
const { PassThrough } = require('stream');
const { recorder, state } = require('./_helpers');

(async () => {
  const input = new PassThrough();
  const output = recorder(80);
  let calls = 0;
  const rl = readline.createInterface({
    input, output, terminal: true,
    completer: async (line) => {
      calls++;
      await new Promise((r) => setTimeout(r, 10));
      if (line === 'bad') {
        const err = new TypeError('completer failed');
        err.stack = 'TypeError: completer failed (stack elided)';
        throw err;
      }
      return [['alpha', 'alpine', 'beta'].filter((w) => w.startsWith(line)), line];
    },
  });
  rl.on('pause', () => console.log('pause'));
  rl.on('resume', () => console.log('resume'));
  input.write('al');
  input.write('\t');
  console.log('paused during completion', rl.paused);
  await new Promise((r) => setTimeout(r, 50));
  state('after async completion', rl, output);
  input.write('\t');
  await new Promise((r) => setTimeout(r, 50));
  state('listing', rl, output);
  input.write('\x15bad');
  input.write('\t');
  await new Promise((r) => setTimeout(r, 50));
  state('rejected', rl, output);
  console.log('calls', calls);
  // A synchronous completer works too.
  const rl2 = readline.createInterface({
    input: new PassThrough(), output: recorder(80), terminal: true,
    completer: (line) => [['sync-one'], line],
  });
  rl2.write('s');
  rl2.write('\t');
  await new Promise((r) => setTimeout(r, 10));
  console.log('sync completer', JSON.stringify(rl2.line));
  rl.close();
  rl2.close();
})();
