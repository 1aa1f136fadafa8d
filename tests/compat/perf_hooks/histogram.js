'use strict';
// createHistogram(): the high-dynamic-range histogram's values (each recorded value is
// kept to the configured significant figures), statistics, percentiles, BigInt forms,
// add/reset/exceeds, inspect, toJSON and structuredClone.
const { createHistogram } = require('perf_hooks');
const util = require('util');

function stats(h) {
  return [h.count, h.min, h.max, h.mean, h.stddev, h.exceeds];
}

const empty = createHistogram();
console.log(empty);
console.log(stats(empty), empty.percentile(50), empty.percentiles);
console.log(empty.minBigInt, empty.maxBigInt, empty.countBigInt, empty.exceedsBigInt);

const h = createHistogram();
for (let i = 1; i <= 100; i++) h.record(i);
console.log(h);
console.log(stats(h), h.percentile(50), h.percentile(99), h.percentile(100), h.percentile(0.001));
console.log(h.percentiles);
console.log(h.percentilesBigInt, h.percentileBigInt(75));
console.log(JSON.stringify(h));
console.log(h.toJSON().percentiles);

// Values above 2048 are quantised (three significant figures).
for (const v of [2047, 2048, 2049, 4095, 4097, 12345, 1000000, 2 ** 40 + 12345, 2 ** 53 - 1]) {
  const one = createHistogram();
  one.record(v);
  console.log(v, one.min, one.max, one.mean, one.percentile(50), one.minBigInt, one.maxBigInt,
    [...one.percentiles]);
}
const spread = createHistogram();
for (const v of [1, 1000000, 12345, 77, 5000000000, 3, 3, 3]) spread.record(v);
console.log(stats(spread), spread.percentiles);
spread.record(123n);
spread.record(2n ** 62n);
console.log(spread.count, spread.exceeds, spread.max);

// Other configurations: lowest sets the unit, figures the precision, highest the limit.
const coarse = createHistogram({ lowest: 1000, highest: 100000, figures: 2 });
for (const v of [1, 500, 999, 1000, 1001, 1234, 55555, 99999, 100000, 100001, 200000, 1e9]) {
  coarse.record(v);
}
console.log(stats(coarse), coarse.percentiles, coarse.percentile(50), coarse.percentile(100));
const small = createHistogram({ lowest: 7, highest: 100, figures: 1 });
for (const v of [1, 5, 7, 8, 9, 15, 16, 17, 50, 99, 100, 101, 1000]) small.record(v);
console.log(stats(small), small.percentiles);
console.log(createHistogram({ lowest: 7 }).percentile(50), createHistogram({ lowest: 1n, highest: 100n }).count);
for (const figures of [1, 2, 3, 4, 5]) {
  const f = createHistogram({ figures });
  for (const v of [123456, 7654321, 999]) f.record(v);
  console.log(figures, stats(f), [...f.percentiles]);
}

// add() merges counts and exceeds; reset() empties.
const a = createHistogram({ highest: 100 });
a.record(5);
a.record(500);
a.record(1000);
const b = createHistogram({ highest: 10000 });
b.record(7);
b.record(20000);
b.add(a);
console.log(stats(b));
a.add(b);
console.log(stats(a));
a.add(a);
console.log(stats(a));
a.reset();
console.log(stats(a), a.percentiles);
a.recordDelta();
console.log(a.count);

console.log(util.inspect(h, { depth: 0 }));
console.log(util.inspect({ h }, { depth: 0 }));
console.log(util.inspect({ h }, { depth: 1 }));

const clone = structuredClone(spread);
console.log(clone.constructor.name, stats(clone), [...clone.percentiles]);
spread.reset();
clone.record(42);
console.log(spread.count, clone.count);
const [inArray] = structuredClone([h]);
console.log(inArray.count, inArray !== h);

console.log(Object.getPrototypeOf(h).constructor.name,
  Object.getPrototypeOf(Object.getPrototypeOf(h)).constructor.name);
