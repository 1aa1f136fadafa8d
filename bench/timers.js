'use strict';
// Timers: 200,000 setTimeout callbacks (delays 0 and 1) and 100,000 setImmediate callbacks,
// scheduled in two levels (1,000 outer callbacks each schedule the rest from inside a
// callback), both kinds interleaved on the same loop.
const OUTER = 1000;
const TIMEOUTS = 200000;
const IMMEDIATES = 100000;
const start = process.hrtime.bigint();
let timeouts = 0;
let immediates = 0;

function finishIfDone() {
  if (timeouts === TIMEOUTS && immediates === IMMEDIATES) {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    process.stderr.write(`bench ms=${ms.toFixed(3)} check=${timeouts + immediates}\n`);
  }
}

function innerTimeout() {
  if (++timeouts === TIMEOUTS) finishIfDone();
}

function outerTimeout() {
  timeouts++;
  for (let j = 0; j < TIMEOUTS / OUTER - 1; j++) setTimeout(innerTimeout, j & 1);
}

function innerImmediate() {
  if (++immediates === IMMEDIATES) finishIfDone();
}

function outerImmediate() {
  immediates++;
  for (let j = 0; j < IMMEDIATES / OUTER - 1; j++) setImmediate(innerImmediate);
}

for (let i = 0; i < OUTER; i++) {
  setTimeout(outerTimeout, i & 1);
  setImmediate(outerImmediate);
}
