'use strict';
// readline: a 50 MB text file (generated once into bench/.work/) read line by line with
// readline.createInterface over fs.createReadStream and for await. Prints
// "bench ms=... check=..." on stderr; the check is the number of lines and of characters.
const fs = require('fs');
const path = require('path');
const readline = require('readline');

const TOTAL = 50 * 1024 * 1024;
const file = path.join(__dirname, '.work', 'readline.txt');

function generate() {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'line', 'reader', 'stream', 'node', 'text',
    'interface', 'for', 'await', 'of', 'the', 'a', '42', '2024', 'x', 'y', 'z', 'caf\u00e9'];
  let seed = 12345;
  const random = (n) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed % n;
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(`${file}.tmp`, 'w');
  let written = 0;
  while (written < TOTAL) {
    const parts = [];
    for (let i = 0; i < 20000; i++) {
      const n = random(16);
      const line = [];
      for (let j = 0; j < n; j++) line.push(words[random(words.length)]);
      parts.push(line.join(' '));
    }
    const chunk = Buffer.from(parts.join('\n') + '\n');
    const n = Math.min(chunk.length, TOTAL - written);
    fs.writeSync(fd, chunk, 0, n);
    written += n;
  }
  fs.closeSync(fd);
  fs.renameSync(`${file}.tmp`, file);
}

let stat;
try {
  stat = fs.statSync(file);
} catch {}
if (!stat || stat.size !== TOTAL) generate();

(async () => {
  const start = process.hrtime.bigint();
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let lines = 0;
  let chars = 0;
  for await (const line of rl) {
    lines++;
    chars += line.length;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stderr.write(`bench ms=${ms.toFixed(3)} check=${lines}-${chars}\n`);
})();
