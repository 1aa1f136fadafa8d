'use strict';
// compat: env=TERM=xterm
// The kill ring keeps the 32 most recent kills; identical consecutive kills are stored
// once; yank-pop cycles through it.
const readline = require('readline');
const { PassThrough } = require('stream');

const rl = readline.createInterface({ input: new PassThrough(), terminal: true });
for (let i = 0; i < 40; i++) {
  rl.write(`kill${i}`);
  rl.write(null, { ctrl: true, name: 'u' });
}
rl.write('same');
rl.write(null, { ctrl: true, name: 'u' });
rl.write('same');
rl.write(null, { ctrl: true, name: 'u' });
rl.write(null, { ctrl: true, name: 'y' });
const seen = [rl.line];
for (let i = 0; i < 35; i++) {
  rl.write(null, { meta: true, name: 'y' });
  seen.push(rl.line);
}
console.log(seen.join(' '));
rl.close();
