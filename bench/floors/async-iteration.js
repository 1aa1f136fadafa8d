'use strict';
// Floor for the Readable.from + for-await row, with no stream code: `for await` over an
// async generator yielding 1,000,000 objects, then over a hand-written async iterator
// whose next() returns an already-resolved promise (one promise turn per item instead of
// the generator's two, so not a drop-in replacement for the stream iterator), then an
// async generator re-yielding a sync generator (Readable.from's shape). Run with node and
// nodus; the engine's per-job cost shows in the first number.
const N = 1000000;
async function* gen() { for (let i = 0; i < N; i++) yield { i }; }
async function* gen2(src) { for (const x of src) yield x; }
function* sync() { for (let i = 0; i < N; i++) yield { i }; }
(async () => {
  let t = process.hrtime.bigint();
  let s = 0;
  for await (const o of gen()) s += o.i;
  const a = Number(process.hrtime.bigint() - t) / 1e6;
  t = process.hrtime.bigint();
  let k = 0;
  const it = {
    next() {
      return k < N ? Promise.resolve({ value: { i: k++ }, done: false }) :
        Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
  for await (const o of it) s += o.i;
  const b = Number(process.hrtime.bigint() - t) / 1e6;
  t = process.hrtime.bigint();
  for await (const o of gen2(sync())) s += o.i;
  const c = Number(process.hrtime.bigint() - t) / 1e6;
  console.log(`async generator ${a.toFixed(0)} ms, hand-written next() ${b.toFixed(0)} ms, ` +
              `async generator over a sync generator ${c.toFixed(0)} ms (check ${s})`);
})();
