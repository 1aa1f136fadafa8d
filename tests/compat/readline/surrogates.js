'use strict';
// compat: env=TERM=xterm
// Editing around characters outside the BMP (surrogate pairs), combining marks and wide
// characters: cursor steps, deletions and what is written.
const { terminal, state } = require('./_helpers');

const { rl, input, output } = terminal({ prompt: '> ', columns: 30 });
input.write('a\ud83d\ude00b\u4e2dc\u0301\ud83d\udc4d');
state('typed', rl, output);
for (const [label, key] of [
  ['left', '\x1b[D'], ['left', '\x1b[D'], ['left', '\x1b[D'], ['backspace', '\x7f'],
  ['left', '\x1b[D'], ['delete', '\x1b[3~'], ['right', '\x1b[C'], ['ctrl-b', '\x02'],
  ['ctrl-f', '\x06'], ['ctrl-w', '\x17'], ['end', '\x1b[F'], ['backspace', '\x7f'],
  ['backspace', '\x7f'],
]) {
  input.write(key);
  state(label, rl, output);
}
// Half of a pair typed alone, then the other half.
input.write('\ud83d');
state('high surrogate alone', rl, output);
input.write('\ude80');
state('low surrogate', rl, output);
rl.close();
