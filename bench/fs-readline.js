'use strict';
// Line reading: readline.createInterface over fs.createReadStream of a 100 MB text file
// (written once by fixtures.js: kept in WORKDIR when run.py gives it), with a 'line'
// listener until 'close' (bench/readline.js covers for await over 50 MB). The check is the
// number of lines and of characters.
const fs = require('fs');
const readline = require('readline');
const { report, start, workFile } = require('./fixtures');

const file = workFile('text-100m.txt', 100 * 1000 * 1000);

const clock = start();
const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
let lines = 0;
let chars = 0;
rl.on('line', (line) => {
  lines++;
  chars += line.length;
});
rl.on('close', () => report(clock, `${lines}-${chars}`));
