'use strict';
// compat: env=TERM=xterm
// prompt(), setPrompt()/getPrompt(), prompt(true) keeping the cursor, and prompting a
// paused or plain interface.
const readline = require('readline');
const { PassThrough } = require('stream');
const { recorder, terminal, state } = require('./_helpers');

{
  const { rl, output } = terminal({});
  console.log('default prompt', JSON.stringify(rl.getPrompt()));
  rl.setPrompt('custom$ ');
  rl.prompt();
  state('prompt', rl, output);
  rl.write('abc');
  rl.write(null, { name: 'left' });
  output.take();
  rl.prompt(true);
  state('prompt(true)', rl, output);
  rl.prompt();
  state('prompt()', rl, output);
  rl.pause();
  rl.on('resume', () => console.log('resumed by prompt'));
  rl.prompt();
  rl.close();
}
{
  const output = recorder();
  const rl = readline.createInterface({ input: new PassThrough(), output, prompt: 'plain> ' });
  rl.prompt();
  rl.prompt(true);
  console.log('plain prompt', JSON.stringify(output.take()));
  rl.setPrompt('');
  rl.prompt();
  console.log('empty prompt', JSON.stringify(output.take()));
  rl.close();
}
{
  // No output stream: prompting writes nowhere.
  const rl = readline.createInterface({ input: new PassThrough(), terminal: true });
  rl.prompt();
  rl.write('abc');
  console.log('no output', JSON.stringify(rl.line), rl.cursor);
  rl.close();
}
