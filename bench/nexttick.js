'use strict';
// process.nextTick: 1,000,000 callbacks, as 1,000 interleaved chains in which each callback
// queues the next one of its chain.
const CHAINS = 1000;
const LENGTH = 1000;
const start = process.hrtime.bigint();
let calls = 0;

function step(left) {
  calls++;
  if (left > 1) process.nextTick(step, left - 1);
  else if (calls === CHAINS * LENGTH) report();
}

function report() {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stderr.write(`bench ms=${ms.toFixed(3)} check=${calls}\n`);
}

for (let i = 0; i < CHAINS; i++) process.nextTick(step, LENGTH);
