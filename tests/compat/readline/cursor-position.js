'use strict';
// compat: env=TERM=xterm
// getCursorPos() and line wrapping on an output of known width: wide characters,
// tabs, escape sequences in the prompt, and redraws when the line wraps.
const readline = require('readline');
const { PassThrough } = require('stream');
const { recorder } = require('./_helpers');

function make(columns, prompt, extra) {
  const output = recorder(columns);
  const rl = readline.createInterface({ input: new PassThrough(), output, terminal: true,
                                        prompt, ...extra });
  return { rl, output };
}

{
  const { rl, output } = make(10, '> ');
  rl.prompt();
  output.take();
  for (const text of ['abcdef', 'gh', 'ij', 'klmnopqrstu']) {
    rl.write(text);
    console.log(JSON.stringify(text), JSON.stringify(rl.getCursorPos()), rl.prevRows,
                JSON.stringify(output.take()));
  }
  rl.write(null, { ctrl: true, name: 'a' });
  console.log('home', JSON.stringify(rl.getCursorPos()), JSON.stringify(output.take()));
  rl.write(null, { ctrl: true, name: 'e' });
  console.log('end', JSON.stringify(rl.getCursorPos()), JSON.stringify(output.take()));
  rl.write(null, { name: 'left' });
  console.log('left', JSON.stringify(rl.getCursorPos()), JSON.stringify(output.take()));
  rl.close();
}
{
  const { rl } = make(10, '\x1b[31m>\x1b[0m ');
  rl.write('\u4e2d\u6587\u4e2d\u6587x');
  console.log('wide', JSON.stringify(rl.getCursorPos()));
  rl.write('\u4e2d');
  console.log('wide wraps', JSON.stringify(rl.getCursorPos()));
  rl.close();
}
{
  const { rl } = make(80, '');
  for (const text of ['\t', 'a\t', 'abcdefgh\t', '\u00e9\u0301', '\ud83d\ude00', '\u200b']) {
    rl.line = text;
    rl.cursor = text.length;
    console.log('pos of', JSON.stringify(text), JSON.stringify(rl.getCursorPos()));
  }
  rl.close();
}
{
  const { rl } = make(80, '', { tabSize: 4 });
  rl.write('a\tb');
  console.log('tabSize 4', JSON.stringify(rl.getCursorPos()));
  rl.close();
}
{
  const { rl } = make(undefined, 'p> ');
  rl.write('x'.repeat(500));
  console.log('no columns', JSON.stringify(rl.getCursorPos()), rl.columns);
  rl.close();
}
{
  // Multi-line prompt.
  const { rl } = make(20, 'line one\nline two> ');
  rl.write('abc');
  console.log('multi-line prompt', JSON.stringify(rl.getCursorPos()));
  rl.close();
}
{
  // A resize of the output redraws.
  const { rl, output } = make(20, '> ');
  rl.write('0123456789abcdefghij');
  output.take();
  output.columns = 8;
  output.emit('resize');
  console.log('resize', JSON.stringify(output.take()), JSON.stringify(rl.getCursorPos()));
  rl.close();
  output.emit('resize');
  console.log('after close no redraw', JSON.stringify(output.take()));
}
