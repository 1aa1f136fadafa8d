'use strict';
// Errors: 20,000 times, create an Error eight calls deep and read its .stack (which is
// when a runtime formats the trace).
const COUNT = 20000;

function deep(n) {
  if (n === 0) return new Error('boom');
  return deep(n - 1);
}

const start = process.hrtime.bigint();
let lines = 0;
for (let i = 0; i < COUNT; i++) {
  const stack = deep(8).stack;
  if (stack.charCodeAt(0) === 69 /* E */) lines++;
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stderr.write(`bench ms=${ms.toFixed(3)} check=${lines}\n`);
