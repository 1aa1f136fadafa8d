'use strict';
// compat: env=TERM=xterm
// rl.line and rl.cursor may be set by programs (e.g. to pre-fill input); editing
// continues from there.
const { terminal, state } = require('./_helpers');

const { rl, input, output } = terminal({ prompt: '$ ' });
rl.line = 'prefilled';
rl.cursor = 3;
rl.prompt(true);
state('prompt(true) with prefilled line', rl, output);
input.write('X');
state('typed X', rl, output);
input.write('\x1b[F');
input.write('Y');
state('end, Y', rl, output);
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
input.write('\r');
rl.line = 'not redrawn';
state('line set, nothing written', rl, output);
rl.close();
