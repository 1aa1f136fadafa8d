'use strict';
// compat: env=TERM=xterm
// Bracketed-paste markers are keys of their own (paste-start/paste-end) that the
// interface ignores; the pasted text is inserted as typed text.
const { terminal, state } = require('./_helpers');

const { rl, input, output } = terminal({ prompt: '', completer: (l) => [['never'], l] });
const keys = [];
input.on('keypress', (s, k) => keys.push(k.name));
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
input.write('\x1b[200~pasted\ttext\x1b[201~');
state('after paste', rl, output);
input.write('\x1b[200~');
input.write('two\nlines');
input.write('\x1b[201~');
state('after multi-line paste', rl, output);
console.log('keys', keys.join(','));
rl.close();
