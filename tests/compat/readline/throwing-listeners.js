'use strict';
// compat: env=TERM=xterm
// Exceptions from 'line' listeners and question callbacks reach the code that fed the
// input; the interface keeps working afterwards.
const readline = require('readline');
const { PassThrough } = require('stream');

for (const terminal of [false, true]) {
  const rl = readline.createInterface({ input: new PassThrough(), terminal });
  let n = 0;
  rl.on('line', (l) => {
    n++;
    if (l === 'bad') throw new Error(`line listener threw on ${l}`);
    console.log(`terminal=${terminal} line`, l);
  });
  for (const chunk of ['ok1\n', 'bad\n', 'ok2\n', 'x\nbad\ny\n']) {
    try {
      rl.write(chunk);
    } catch (e) {
      console.log(`terminal=${terminal} caught:`, e.message, 'line now', JSON.stringify(rl.line));
    }
  }
  rl.question('? ', () => {
    throw new Error('question callback threw');
  });
  try {
    rl.write('answer\n');
  } catch (e) {
    console.log(`terminal=${terminal} caught:`, e.message);
  }
  rl.write('afterwards\n');
  console.log('lines seen', n);
  rl.close();
}
