'use strict';
// A piped stdin with setEncoding('utf8'): multi-byte characters split between writes
// arrive whole.
const { spawnSync } = require('child_process');

const child = `
  process.stdin.setEncoding('utf8');
  let text = '';
  process.stdin.on('data', (d) => { text += d; });
  process.stdin.on('end', () => process.stdout.write(JSON.stringify([text.length, text.slice(0, 12), text.slice(-6)])));
`;
const parts = [];
for (let i = 0; i < 20000; i++) parts.push('\u00e9\u4e2d\ud83d\ude00');
const r = spawnSync(process.execPath, ['-e', child], { input: parts.join(''), encoding: 'utf8' });
console.log(r.stdout, r.status);
