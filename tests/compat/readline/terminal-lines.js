'use strict';
// compat: env=TERM=xterm
// Line endings in terminal mode: \r, \n, \r\n as one key stream or in one chunk, and
// pasted text (several characters in one chunk) with tabs and newlines.
const readline = require('readline');
const { PassThrough } = require('stream');
const { recorder } = require('./_helpers');

function run(label, chunks, extra = {}) {
  const input = new PassThrough();
  const output = recorder();
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '', ...extra });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  for (const c of chunks) input.write(c);
  console.log(`${label}: ${JSON.stringify(lines)} line=${JSON.stringify(rl.line)} ` +
              `out=${JSON.stringify(output.take())}`);
  rl.close();
}

run('cr', ['a', '\r', 'b', '\r']);
run('lf', ['a', '\n', 'b', '\n']);
run('crlf keys', ['a', '\r', '\n', 'b', '\r', '\n']);
run('crlf chunk', ['a\r\nb\r\n']);
run('pasted', ['one\ttwo\nthree\rfour']);
run('pasted with completer', ['x\ty\n'], { completer: (l) => [['xyz'], l] });
run('lf lf', ['\n\n']);
run('cr cr', ['\r\r']);
run('unicode', ['h\u00e9\u4e2d\ud83d\ude00\r']);
run('escape inside paste', ['ab\x1b[Dc\r']);
