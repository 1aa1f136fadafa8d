'use strict';
// compat: env=TERM=xterm
// Ctrl+C, Ctrl+D and Ctrl+Z in terminal mode: 'SIGINT' / 'SIGTSTP' when listened to,
// otherwise Ctrl+C and Ctrl+D close the interface.
const readline = require('readline');
const rlp = require('readline/promises');
const { terminal, state } = require('./_helpers');

{
  const { rl, input, output } = terminal();
  rl.on('SIGINT', () => console.log('SIGINT event, line', JSON.stringify(rl.line)));
  rl.on('SIGTSTP', () => console.log('SIGTSTP event'));
  rl.on('close', () => console.log('close'));
  input.write('abc');
  input.write('\x03');
  input.write('\x1a');
  state('after ctrl-c and ctrl-z', rl, output);
  input.write('\x04');
  state('ctrl-d at end of non-empty line', rl, output);
  input.write('\x01\x04');
  state('ctrl-d at start of non-empty line', rl, output);
  input.write('\x15');
  input.write('\x04');
  console.log('ctrl-d on empty line closed', rl.closed);
}
{
  const { rl, input } = terminal();
  rl.on('close', () => console.log('ctrl-c without listener closes'));
  input.write('\x03');
}
{
  // readline/promises: a pending question is rejected by Ctrl+C / Ctrl+D.
  (async () => {
    for (const key of ['\x03', '\x04']) {
      const { rl, input } = terminal({ api: rlp });
      const p = rl.question('? ');
      input.write(key);
      try {
        await p;
      } catch (e) {
        console.log('question rejected', e.name, e.code, e.message);
      }
    }
  })();
}
