'use strict';
// compat: env=TERM=xterm
// question() with an AbortSignal (callback API, promisified, and readline/promises).
const readline = require('readline');
const rlp = require('readline/promises');
const util = require('util');
const { PassThrough } = require('stream');
const { recorder } = require('./_helpers');

(async () => {
  {
    const input = new PassThrough();
    const output = recorder();
    const rl = readline.createInterface({ input, output, terminal: false });
    const ac = new AbortController();
    rl.question('q1? ', { signal: ac.signal }, (a) => console.log('cb called', a));
    console.log('written', JSON.stringify(output.take()));
    ac.abort();
    console.log('after abort', JSON.stringify(output.take()), JSON.stringify(rl.getPrompt()));
    rl.on('line', (l) => console.log('line after abort', JSON.stringify(l)));
    input.write('x\n');
    // An already aborted signal: nothing is asked.
    rl.question('q2? ', { signal: AbortSignal.abort() }, () => console.log('never'));
    console.log('pre-aborted', JSON.stringify(output.take()));
    // Answered before the abort: the abort does nothing later.
    const ac3 = new AbortController();
    rl.question('q3? ', { signal: ac3.signal }, (a) => console.log('q3 answer', a));
    input.write('yes\n');
    ac3.abort();
    try {
      rl.question('q4? ', { signal: 'nope' }, () => {});
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
    rl.close();
  }
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, terminal: false });
    const question = util.promisify(rl.question).bind(rl);
    const p = question('p? ');
    input.write('promisified\n');
    console.log('promisified answer', await p);
    const ac = new AbortController();
    const p2 = question('p2? ', { signal: ac.signal });
    ac.abort('why');
    try { await p2; } catch (e) { console.log('promisified abort', e.name, e.code, e.message, e.cause); }
    try {
      await question('p3? ', { signal: AbortSignal.abort('pre') });
    } catch (e) { console.log('promisified pre-aborted', e.name, e.cause); }
    rl.close();
  }
  {
    const input = new PassThrough();
    const output = recorder();
    const rl = rlp.createInterface({ input, output, terminal: false });
    const p = rl.question('a? ');
    input.write('promise answer\n');
    console.log('promises answer', await p, JSON.stringify(output.take()));
    const ac = new AbortController();
    const p2 = rl.question('b? ', { signal: ac.signal });
    ac.abort();
    try { await p2; } catch (e) { console.log('promises abort', e.name, e.code, e.message); }
    console.log('promises prompt', JSON.stringify(rl.getPrompt()));
    try {
      await rl.question('c? ', { signal: AbortSignal.abort(new Error('boom')) });
    } catch (e) { console.log('promises pre-aborted', e.name, e.cause.message); }
    try {
      await rl.question('d? ', { signal: {} });
    } catch (e) { console.log('promises bad signal', e.name, e.code); }
    rl.close();
    try {
      await rl.question('e? ');
    } catch (e) { console.log('promises after close', e.name, e.code, e.message); }
  }
})();
