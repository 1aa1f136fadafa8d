'use strict';
// perf_hooks: 1,000,000 performance.now() calls, then 100,000 performance.mark() +
// performance.measure() pairs (each measure between the last two marks), read back with
// getEntriesByType() and cleared. Prints "bench ms=... check=..." on stderr (the check
// counts clock readings that did not go backwards plus the buffered entries), and the two
// parts' times on a second line.
const NOW_CALLS = 1000000;
const MARKS = 100000;

const start = process.hrtime.bigint();
let monotonic = 0;
let last = performance.now();
for (let i = 0; i < NOW_CALLS; i++) {
  const t = performance.now();
  if (t >= last) monotonic++;
  last = t;
}
const middle = process.hrtime.bigint();
performance.mark('m0');
for (let i = 1; i < MARKS; i++) {
  performance.mark(`m${i & 1023}`);
  performance.measure('step', `m${(i - 1) & 1023}`, `m${i & 1023}`);
}
const entries = performance.getEntriesByType('mark').length +
  performance.getEntriesByType('measure').length;
performance.clearMarks();
performance.clearMeasures();
const end = process.hrtime.bigint();

const ms = Number(end - start) / 1e6;
process.stderr.write(`bench ms=${ms.toFixed(3)} check=${monotonic + entries}\n`);
process.stderr.write(`parts now=${(Number(middle - start) / 1e6).toFixed(3)} ` +
                     `mark+measure=${(Number(end - middle) / 1e6).toFixed(3)}\n`);
