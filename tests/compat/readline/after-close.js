'use strict';
// compat: env=TERM=xterm
// What an interface does once closed: write(), prompt(), pause()/resume(), question().
const readline = require('readline');
const { PassThrough } = require('stream');
const { recorder } = require('./_helpers');

for (const terminal of [false, true]) {
  const input = new PassThrough();
  const output = recorder();
  const rl = readline.createInterface({ input, output, terminal });
  const events = [];
  for (const e of ['line', 'pause', 'resume', 'close', 'history']) {
    rl.on(e, (...a) => events.push(`${e}${a.length ? `(${JSON.stringify(a[0])})` : ''}`));
  }
  rl.write('before\n');
  rl.close();
  rl.write('after\n');
  rl.prompt();
  rl.resume();
  rl.pause();
  try {
    rl.question('q? ', () => events.push('answered'));
  } catch (e) {
    events.push(`question: ${e.code}`);
  }
  input.write('from input\n');
  console.log(`terminal=${terminal}`, events.join(' '), JSON.stringify(output.take()),
              'input flowing', input.readableFlowing);
}
