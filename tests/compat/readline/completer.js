'use strict';
// compat: env=TERM=xterm
// Tab completion with synchronous and callback completers: the common prefix is
// inserted, a second tab lists the candidates in columns fitting the output's width.
const readline = require('readline');
const { PassThrough } = require('stream');
const { recorder, state } = require('./_helpers');

const words = ['apple', 'apricot', 'banana', 'blueberry', 'cherry', 'cranberry', 'date'];
function syncCompleter(line) {
  const hits = words.filter((w) => w.startsWith(line));
  return [hits.length ? hits : words, line];
}

function make(completer, columns, extra) {
  const input = new PassThrough();
  const output = recorder(columns);
  const rl = readline.createInterface({ input, output, terminal: true, completer, ...extra });
  return { rl, input, output };
}

{
  const { rl, input, output } = make(syncCompleter, 40);
  rl.on('line', (l) => console.log('line', JSON.stringify(l)));
  input.write('a');
  state('typed a', rl, output);
  input.write('\t');
  state('tab', rl, output);
  input.write('\t');
  state('tab tab', rl, output);
  input.write('r');
  input.write('\t');
  state('apr tab', rl, output);
  input.write('\r');
  input.write('\t');
  state('empty tab', rl, output);
  input.write('\t');
  state('empty tab tab', rl, output);
  input.write('zzz\t');
  state('pasted tab', rl, output);
  rl.close();
}
{
  // Narrow output: one candidate per row; wide output: all on one row; no columns:
  // one per row.
  for (const cols of [10, 200, undefined]) {
    const { rl, input, output } = make(syncCompleter, cols);
    input.write('\t');
    input.write('\t');
    state(`columns ${cols}`, rl, output);
    rl.close();
  }
}
{
  // Callback completer (two parameters), with an error, and with groups separated by
  // empty strings.
  const { rl, input, output } = make((line, cb) => {
    if (line === 'err') {
      const err = new Error('no completions');
      err.stack = 'Error: no completions (stack elided)';
      return cb(err);
    }
    cb(null, [['one', 'two', '', 'three', 'four'], '']);
  }, 80);
  input.write('\t');
  input.write('\t');
  state('groups', rl, output);
  input.write('err\t');
  input.write('\t');
  state('error', rl, output);
  rl.close();
}
{
  // A completer replacing the completed text, and one returning no candidates.
  const { rl, input, output } = make((line) => [['HELLO'], line], 80);
  input.write('hel');
  input.write('\t');
  state('replace', rl, output);
  rl.close();
  const m = make((line) => [[], line], 80);
  m.input.write('x');
  m.input.write('\t');
  state('none', m.rl, m.output);
  m.rl.close();
}
{
  // Completion in the middle of the line uses the text left of the cursor.
  const { rl, input, output } = make(syncCompleter, 80);
  input.write('ch tail');
  for (let i = 0; i < 5; i++) input.write('\x1b[D');
  output.take();
  input.write('\t');
  state('middle', rl, output);
  rl.close();
}
{
  // Wide characters in candidates.
  const { rl, input, output } = make(() => [['\u4e2d\u6587', '\u4e2d\u56fd', 'x'], ''], 20);
  input.write('\t');
  input.write('\t');
  state('wide', rl, output);
  rl.close();
}
{
  // A completer must be a function.
  try {
    readline.createInterface({ input: new PassThrough(), completer: 'nope' });
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
