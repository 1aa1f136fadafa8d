'use strict';
// Flowing-mode toggles on a piped stdin: data stops while paused and continues after
// resume(); isPaused() and readableFlowing follow.
const { spawnSync } = require('child_process');

const child = `
  const s = process.stdin;
  let chunks = 0, bytes = 0;
  const out = (m) => process.stderr.write(m + '\\n');
  out('start flowing=' + s.readableFlowing + ' paused=' + s.isPaused());
  s.on('data', (d) => {
    chunks++;
    bytes += d.length;
    if (chunks === 1) {
      s.pause();
      out('paused flowing=' + s.readableFlowing + ' paused=' + s.isPaused());
      setTimeout(() => {
        out('resuming after pause, bytes so far ' + bytes);
        s.resume();
      }, 30);
    }
  });
  s.on('end', () => out('end total ' + bytes));
`;
const input = Buffer.alloc(300000, 'z');
const r = spawnSync(process.execPath, ['-e', child], { input, encoding: 'utf8' });
// Chunk sizes depend on the pipe: keep the lines that do not.
console.log(r.stderr.split('\n').map((l) => l.replace(/bytes so far \d+/, 'bytes so far N')).join('\n'));
