'use strict';
// compat: env=TERM=xterm
// Several interfaces, one after the other, on the same input: a multi-byte character
// split across the switch is not lost; the keypress decoder is shared.
const readline = require('readline');
const { PassThrough } = require('stream');

for (const terminal of [false, true]) {
  const input = new PassThrough();
  const rl1 = readline.createInterface({ input, terminal });
  rl1.on('line', (line) => {
    console.log(`terminal=${terminal} first`, JSON.stringify(line));
    rl1.close();
    const rl2 = readline.createInterface({ input, terminal });
    rl2.on('line', (l) => {
      console.log(`terminal=${terminal} second`, JSON.stringify(l));
      rl2.close();
    });
    input.write(Buffer.from([0x98, 0x83]));
    input.write('bar\n');
  });
  input.write(Buffer.concat([Buffer.from('foo\n'), Buffer.from([0xe2])]));
}
