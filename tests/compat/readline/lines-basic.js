'use strict';
// compat: env=TERM=xterm
// Plain (non-terminal) interfaces split the input at \n, \r\n and \r.
const readline = require('readline');
const { PassThrough } = require('stream');

function run(label, chunks, options = {}) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, ...options });
    const lines = [];
    rl.on('line', (l) => lines.push(l));
    rl.on('close', () => {
      const shown = lines.length > 20 ? [lines.length, lines[0], lines[lines.length - 1]] :
        lines.map((l) => (l.length > 40 ? `<${l.length} chars>` : l));
      console.log(`${label}: ${JSON.stringify(shown)}`);
      resolve();
    });
    for (const c of chunks) input.write(c);
    input.end();
  });
}

(async () => {
  await run('lf', ['a\nb\nc\n']);
  await run('crlf', ['a\r\nb\r\nc\r\n']);
  await run('cr', ['a\rb\rc\r']);
  await run('mixed', ['a\nb\r\nc\rd\n\re']);
  await run('no trailing newline', ['one\ntwo']);
  await run('empty lines', ['\n\n\nx\n\n']);
  await run('only newline', ['\n']);
  await run('empty input', []);
  await run('split lines', ['ab', 'c\nd', 'e', '\nf']);
  await run('crlf across chunks', ['a\r', '\nb\r', '\n']);
  await run('cr cr', ['a\r\rb\n']);
  await run('buffers', [Buffer.from('x\ny\n')]);
  await run('utf8 split', [Buffer.from([0xe2, 0x98]), Buffer.from([0x83, 0x0a, 0xf0, 0x9f]),
                           Buffer.from([0x98, 0x80, 0x0a])]);
  await run('unicode', ['h\u00e9llo\nw\u00f6rld\n\u4e2d\u6587']);
  await run('lone cr at end', ['abc\r']);
  await run('long line', ['x'.repeat(100000) + '\n']);
  await run('many lines', [Array.from({ length: 1000 }, (_, i) => `l${i}`).join('\n')]);
})();
