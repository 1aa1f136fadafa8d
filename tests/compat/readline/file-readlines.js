'use strict';
// compat: env=TERM=xterm
// Reading a file line by line: createInterface over fs.createReadStream, and
// FileHandle.readLines().
const fs = require('fs');
const path = require('path');
const readline = require('readline');

const file = path.join(__dirname, 'fixtures', 'lines.txt');
(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log('createReadStream', JSON.stringify(lines));

  const fh = await fs.promises.open(file);
  const viaHandle = [];
  for await (const line of fh.readLines()) viaHandle.push(line);
  console.log('readLines', JSON.stringify(viaHandle));
  const fh2 = await fs.promises.open(file);
  const partial = [];
  for await (const line of fh2.readLines({ start: 6, end: 15 })) partial.push(line);
  console.log('readLines range', JSON.stringify(partial));

  // Events instead of iteration.
  const rl2 = readline.createInterface({ input: fs.createReadStream(file, { highWaterMark: 3 }) });
  let count = 0;
  rl2.on('line', () => count++);
  rl2.on('close', () => console.log('line events with tiny chunks', count));
})();
