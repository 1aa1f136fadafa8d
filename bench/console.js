'use strict';
// console.log: 100,000 short lines to stdout (bench/run.py points stdout at /dev/null or
// at a pipe it drains).
const LINES = 100000;
const start = process.hrtime.bigint();
for (let i = 0; i < LINES; i++) console.log('hello world ' + i);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stderr.write(`bench ms=${ms.toFixed(3)} check=${LINES}\n`);
