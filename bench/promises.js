'use strict';
// Promise jobs: 500,000 `.then` callbacks (1,000 chains of 500) and 500,000 `await`s
// (1,000 async functions awaiting 500 times), all running interleaved as microtasks.
const CHAINS = 1000;
const LENGTH = 500;
const start = process.hrtime.bigint();
let thens = 0;
let awaits = 0;

function chain() {
  let p = Promise.resolve(0);
  for (let i = 0; i < LENGTH; i++) p = p.then((v) => { thens++; return v + 1; });
  return p;
}

async function loop() {
  let v = 0;
  for (let i = 0; i < LENGTH; i++) {
    v += await i;
    awaits++;
  }
  return v;
}

const all = [];
for (let i = 0; i < CHAINS; i++) all.push(chain(), loop());
Promise.all(all).then(() => {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stderr.write(`bench ms=${ms.toFixed(3)} check=${thens + awaits}\n`);
});
