'use strict';
// compat: env=TERM=xterm
// question() in terminal mode: the prompt is drawn, the answer is recorded in the
// history, the previous prompt returns; getPrompt() during and after.
const { terminal, state } = require('./_helpers');

const { rl, input, output } = terminal({ prompt: 'main> ' });
rl.on('line', (l) => console.log('line event', JSON.stringify(l)));
rl.question('Who? ', (a) => {
  console.log('answer', JSON.stringify(a), 'prompt now', JSON.stringify(rl.getPrompt()));
});
console.log('prompt during question', JSON.stringify(rl.getPrompt()));
state('asked', rl, output);
input.write('Grace');
input.write('\r');
state('answered', rl, output);
console.log('history', JSON.stringify(rl.history));
input.write('plain line\r');
const ac = new AbortController();
rl.question('Cancel? ', { signal: ac.signal }, () => console.log('never'));
input.write('typed');
ac.abort();
state('aborted', rl, output);
console.log('prompt after abort', JSON.stringify(rl.getPrompt()));
rl.close();
