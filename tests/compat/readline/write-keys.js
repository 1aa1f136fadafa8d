'use strict';
// compat: env=TERM=xterm
// rl.write(data[, key]) feeds text or a key description to a terminal interface, and
// text to a plain one.
const readline = require('readline');
const { PassThrough } = require('stream');
const { terminal, state } = require('./_helpers');

const { rl, output } = terminal({ prompt: '' });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.write('hello');
state('text', rl, output);
rl.write(null, { ctrl: true, name: 'u' });
state('ctrl-u', rl, output);
rl.write('multi\nline\r\ntext\rend');
state('text with line endings', rl, output);
rl.write(undefined, { name: 'home' });
rl.write('X');
state('home then X', rl, output);
rl.write('Y', { name: 'unknown' });
state('text with unnamed key', rl, output);
rl.write(undefined, { name: 'right', ctrl: true });
state('ctrl-right', rl, output);
rl.write(undefined, { name: 'b', meta: true });
state('meta-b', rl, output);
rl.write(undefined, { name: 'return' });
state('return key', rl, output);
rl.write(undefined, { name: 'enter' });
state('enter right after return', rl, output);
rl.write('\ud83d\ude00\ud83d\ude00');
rl.write(null, { name: 'left' });
state('left over surrogate pair', rl, output);
rl.write(null, { name: 'backspace' });
state('backspace surrogate pair', rl, output);
rl.write(null, { name: 'delete' });
state('delete surrogate pair', rl, output);
rl.write(null, { ctrl: true, name: 'l' });
state('ctrl-l', rl, output);
rl.pause();
rl.write('z');
console.log('write resumes', rl.paused);
rl.close();

const plain = readline.createInterface({ input: new PassThrough() });
plain.on('line', (l) => console.log('plain line', JSON.stringify(l)));
plain.write('a\nb');
plain.write(Buffer.from('c\n'));
plain.write(undefined);
plain.write('\n', { name: 'x' });
plain.close();
