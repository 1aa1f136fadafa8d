'use strict';
// compat: env=TERM=xterm
// Undo (Ctrl+_), redo (Ctrl+^), the kill ring with yank (Ctrl+Y) and yank-pop (Meta+Y).
const { terminal, state } = require('./_helpers');

const { rl, input, output } = terminal({ prompt: '' });
input.write('a');
input.write('b');
input.write('c');
state('typed', rl, output);
input.write('\x1f');
state('undo', rl, output);
input.write('\x1f');
state('undo', rl, output);
input.write('\x1e');
state('redo', rl, output);
input.write('\x1e');
state('redo', rl, output);
input.write('\x1e');
state('redo with nothing left', rl, output);
input.write('\x1f\x1f\x1f\x1f\x1f');
state('undo past start', rl, output);

// Kill ring.
input.write('\x15');
input.write('first');
input.write('\x15');
input.write('second');
input.write('\x15');
input.write('third');
input.write('\x15');
state('killed three', rl, output);
input.write('\x19');
state('yank', rl, output);
input.write('\x1by');
state('yank-pop', rl, output);
input.write('\x1by');
state('yank-pop', rl, output);
input.write('\x1by');
state('yank-pop wraps', rl, output);
input.write('x');
input.write('\x1by');
state('yank-pop after typing does nothing', rl, output);
input.write('\x01');
input.write('\x0b');
state('kill to end', rl, output);
input.write('\x0b');
state('kill nothing', rl, output);
input.write('\x19');
state('yank latest', rl, output);
input.write('\x1f');
state('undo yank', rl, output);
input.write('\r');
state('enter clears undo', rl, output);
input.write('\x1f');
state('undo after enter', rl, output);
// Ctrl+Shift keys (as sent by some terminals): delete line left / right.
input.write('left right');
rl.write(null, { name: 'left', ctrl: false });
rl.write(null, { name: 'left' });
rl.write(null, { ctrl: true, shift: true, name: 'delete' });
state('ctrl-shift-delete', rl, output);
rl.write(null, { ctrl: true, shift: true, name: 'backspace' });
state('ctrl-shift-backspace', rl, output);
rl.close();
