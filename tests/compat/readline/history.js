'use strict';
// compat: env=TERM=xterm
// History: lines are recorded most recent first, up/down (and ctrl-p/ctrl-n) walk it,
// the 'history' event reports changes, historySize limits it, duplicates are kept or
// removed, blank lines are not recorded.
const { terminal, state } = require('./_helpers');

{
  const { rl, input, output } = terminal({ history: ['old2', 'old1'] });
  rl.on('history', (h) => console.log('history event', JSON.stringify(h)));
  rl.on('line', (l) => console.log('line', JSON.stringify(l)));
  input.write('first\r');
  input.write('second\r');
  input.write('  \r');
  input.write('\r');
  input.write('second\r');
  console.log('history', JSON.stringify(rl.history), rl.historyIndex);
  output.take();
  for (const [label, seq] of [['up', '\x1b[A'], ['up', '\x1b[A'], ['up', '\x1b[A'],
    ['up', '\x1b[A'], ['up', '\x1b[A'], ['up at end', '\x1b[A'], ['down', '\x1b[B'],
    ['ctrl-n', '\x0e'], ['ctrl-p', '\x10'], ['down', '\x1b[B'], ['down', '\x1b[B'],
    ['down', '\x1b[B'], ['down past start', '\x1b[B']]) {
    input.write(seq);
    state(`${label} (index ${rl.historyIndex})`, rl, output);
  }
  rl.close();
}
{
  // Substring search: up/down only visit entries starting with the text before the
  // cursor when the search began.
  const { rl, input, output } = terminal({ history: ['apple pie', 'banana', 'apricot', 'avocado'] });
  input.write('ap');
  output.take();
  for (const seq of ['\x1b[A', '\x1b[A', '\x1b[A', '\x1b[B', '\x1b[B', '\x1b[B', 'x', '\x1b[A']) {
    input.write(seq);
    state(`search ${JSON.stringify(seq)} (index ${rl.historyIndex})`, rl, output);
  }
  rl.close();
}
{
  const { rl, input } = terminal({ historySize: 2 });
  for (const l of ['a', 'b', 'c', 'd']) input.write(`${l}\r`);
  console.log('historySize 2', JSON.stringify(rl.history));
  rl.close();
}
{
  const { rl, input } = terminal({ historySize: 0 });
  rl.on('history', () => console.log('never'));
  input.write('a\r');
  console.log('historySize 0', JSON.stringify(rl.history));
  rl.close();
}
{
  const { rl, input } = terminal({ removeHistoryDuplicates: true });
  for (const l of ['a', 'b', 'a', 'c', 'b', 'b']) input.write(`${l}\r`);
  console.log('removeHistoryDuplicates', JSON.stringify(rl.history));
  rl.close();
}
{
  const { rl, input } = terminal({});
  for (const l of ['a', 'b', 'a', 'a']) input.write(`${l}\r`);
  console.log('duplicates kept (except consecutive)', JSON.stringify(rl.history));
  rl.close();
}
{
  // A 'history' listener may remove the entry (e.g. a password); the line reported is
  // what the history then holds first.
  const { rl, input } = terminal({});
  rl.on('history', (h) => { if (h[0] === 'secret') h.shift(); });
  rl.on('line', (l) => console.log('line reported', JSON.stringify(l)));
  input.write('public\r');
  input.write('secret\r');
  console.log('after removal', JSON.stringify(rl.history));
  rl.close();
}
{
  // Plain interfaces keep no history.
  const { PassThrough } = require('stream');
  const rl = require('readline').createInterface({ input: new PassThrough(), terminal: false });
  rl.write('abc\n');
  console.log('plain history', JSON.stringify(rl.history), rl.historyIndex);
  rl.close();
}
