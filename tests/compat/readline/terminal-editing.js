'use strict';
// compat: env=TERM=xterm
// Terminal line editing: the line, the cursor and the control sequences written for
// insertion, cursor movement and deletion keys.
const { terminal, state } = require('./_helpers');

const { rl, input, output } = terminal({ prompt: '> ' });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
state('start', rl, output);
rl.prompt();
state('prompt', rl, output);
input.write('hello world');
state('typed', rl, output);
const keys = [
  ['left', '\x1b[D'], ['left again', '\x1b[D'], ['right', '\x1b[C'],
  ['home', '\x1b[H'], ['end', '\x1b[F'], ['ctrl-a', '\x01'], ['ctrl-e', '\x05'],
  ['ctrl-b', '\x02'], ['ctrl-f', '\x06'], ['insert middle', '\x1b[D\x1b[DXY'],
  ['backspace', '\x7f'], ['ctrl-h', '\x08'], ['delete', '\x1b[3~'], ['ctrl-d middle', '\x04'],
  ['word left', '\x1bb'], ['word right', '\x1bf'], ['ctrl-left', '\x1b[1;5D'],
  ['ctrl-right', '\x1b[1;5C'], ['ctrl-w', '\x17'], ['meta-d', '\x1bd'],
  ['ctrl-u', '\x15'], ['retype', 'one two three'], ['ctrl-a again', '\x01'],
  ['ctrl-k', '\x0b'], ['ctrl-y', '\x19'], ['ctrl-y twice', '\x19'],
  ['meta-backspace', '\x1b\x7f'], ['ctrl-delete', '\x1b[3;5~'],
  ['escape alone', '\x1b'], ['f1', '\x1bOP'], ['home key', '\x1b[1~'],
  ['end key', '\x1b[4~'], ['ctrl-l', '\x0c'],
];
(async () => {
  for (const [label, seq] of keys) {
    input.write(seq);
    // Let the escape-key timeout pass for a lone ESC.
    if (seq === '\x1b') await new Promise((r) => setTimeout(r, 600));
    state(label, rl, output);
  }
  input.write('\r');
  state('enter', rl, output);
  rl.close();
  state('closed', rl, output);
})();
