'use strict';
// A worker echoing stdin to stdout while the parent feeds it slowly: the worker must stay
// alive between chunks.
const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { stdin: true, stdout: true });
  let out = '';
  w.stdout.on('data', (c) => { out += c; });
  w.stdout.on('end', () => console.log('stdout end', JSON.stringify(out)));
  w.on('exit', (code) => console.log('exit', code));
  let i = 0;
  const t = setInterval(() => {
    w.stdin.write(`chunk ${i}\n`);
    if (++i === 5) { clearInterval(t); w.stdin.end(); }
  }, 30);
} else {
  process.stdin.pipe(process.stdout);
}
