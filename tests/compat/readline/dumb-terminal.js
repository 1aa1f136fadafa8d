'use strict';
// compat: env=TERM=dumb
// With TERM=dumb a terminal interface does no line editing: text is echoed as typed,
// only Enter, Ctrl+C and Ctrl+D mean something, and prompt() just writes the prompt.
const readline = require('readline');
const { terminal, state } = require('./_helpers');

const { rl, input, output } = terminal({ prompt: 'dumb> ' });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.prompt();
state('prompt', rl, output);
input.write('abc');
input.write('\x1b[D');
input.write('\x7f');
state('typed, left, backspace', rl, output);
input.write('\r');
state('enter', rl, output);
input.write('x\r\n');
state('crlf', rl, output);
rl.on('SIGINT', () => console.log('SIGINT'));
input.write('\x03');
input.write('\x04');
console.log('closed by ctrl-d', rl.closed);
const p = readline.promises.createInterface({ input: new (require('stream').PassThrough)(),
                                              output, terminal: true, prompt: 'p> ' });
p.prompt();
console.log('promises prompt', JSON.stringify(output.take()));
p.close();
