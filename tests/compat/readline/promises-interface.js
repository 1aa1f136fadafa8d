'use strict';
// compat: env=TERM=xterm
// readline/promises: Interface construction forms, question() in terminal mode, async
// iteration, close while a question is pending.
const rlp = require('readline/promises');
const { PassThrough } = require('stream');
const { recorder } = require('./_helpers');

(async () => {
  {
    const input = new PassThrough();
    const output = recorder(80);
    const rl = rlp.createInterface(input, output, undefined, true);
    console.log('positional terminal', rl.terminal, rl instanceof rlp.Interface,
                rl instanceof require('events'));
    const p = rl.question('Q> ');
    console.log('prompt written', JSON.stringify(output.take()));
    input.write('ans');
    input.write('wer\r');
    console.log('answer', await p, JSON.stringify(output.take()));
    rl.close();
  }
  {
    const rl = new rlp.Interface({ input: new PassThrough(), output: recorder(), terminal: false });
    const p = rl.question('never answered? ');
    rl.close();
    const r = await Promise.race([p.then((v) => `resolved ${v}`, (e) => `rejected ${e.code}`),
                                  new Promise((res) => setTimeout(res, 50, 'still pending'))]);
    console.log('close with pending question:', r);
  }
  {
    const input = new PassThrough();
    const rl = rlp.createInterface({ input });
    const seen = [];
    const p = (async () => {
      for await (const l of rl) seen.push(l);
    })();
    input.end('p1\np2\n');
    await p;
    console.log('promises iterate', JSON.stringify(seen));
  }
  {
    // Two questions in a row: the second asked once the first is answered.
    const input = new PassThrough();
    const rl = rlp.createInterface({ input, terminal: false });
    const a = rl.question('first? ');
    input.write('one\n');
    const b = rl.question('second? ');
    input.write('two\n');
    console.log('sequential', await a, await b);
    rl.close();
  }
})();
