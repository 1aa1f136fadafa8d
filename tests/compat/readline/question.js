'use strict';
// compat: env=TERM=xterm
// question(): the prompt is written, the next line goes to the callback, the previous
// prompt comes back; a question while one is pending only re-prompts.
const readline = require('readline');
const { PassThrough } = require('stream');
const { recorder } = require('./_helpers');

const input = new PassThrough();
const output = recorder();
const rl = readline.createInterface({ input, output, prompt: '$ ', terminal: false });
rl.on('line', (l) => console.log('line event', JSON.stringify(l)));

rl.question('name? ', (answer) => {
  console.log('answer 1', JSON.stringify(answer), JSON.stringify(output.take()));
  console.log('prompt after', JSON.stringify(rl.getPrompt()));
  rl.question('again? ', (a) => console.log('answer 2', JSON.stringify(a)));
  rl.question('ignored? ', (a) => console.log('never', a));
  console.log('written', JSON.stringify(output.take()));
  input.write('second\nthird\n');
  rl.question('no callback?');
  console.log('no callback written', JSON.stringify(output.take()));
  rl.close();
  try {
    rl.question('closed? ', () => {});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
console.log('prompt while asking', JSON.stringify(rl.getPrompt()));
input.write('Ada\n');
