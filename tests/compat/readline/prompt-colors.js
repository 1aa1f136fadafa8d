'use strict';
// compat: env=TERM=xterm
// Escape sequences in the prompt take no columns: cursor positions and redraws on a
// narrow output count only the visible characters.
const { terminal, state } = require('./_helpers');

const { rl, input, output } = terminal({ prompt: '\x1b[1;32m\u276f\x1b[0m ', columns: 12 });
rl.prompt();
state('prompt', rl, output);
input.write('0123456789');
state('typed', rl, output);
console.log('cursor pos', JSON.stringify(rl.getCursorPos()));
input.write('\x01');
state('home', rl, output);
rl.setPrompt('\x1b]0;title\x07>> ');
rl.prompt();
state('prompt with OSC title', rl, output);
console.log('cursor pos', JSON.stringify(rl.getCursorPos()));
rl.close();
