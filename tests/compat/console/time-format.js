// timeEnd/timeLog print the elapsed time as ms, s, m:ss.mmm or h:mm:ss.mmm. (The clock
// is process.hrtime, replaced here by a fake one.)
const { Console } = require('console');
const Collector = require('./_stream');
const out = new Collector();
const c = new Console({ stdout: out, stderr: out });
const realHrtime = process.hrtime;
let elapsed = [0, 0];
process.hrtime = function hrtime(since) {
  return since === undefined ? [1000, 0] : elapsed;
};
const cases = [
  [0, 0], [0, 1], [0, 999], [0, 1000], [0, 123456], [0, 1234567], [0, 999999999],
  [1, 0], [1, 500000], [1, 999999999], [59, 999000000], [60, 0], [61, 5e8],
  [75, 123456789], [599, 999999999], [3599, 999999999], [3600, 0], [3725, 5e8],
  [86400 * 2 + 7, 1e6],
];
for (const [s, ns] of cases) {
  c.time('t');
  elapsed = [s, ns];
  c.timeEnd('t');
}
c.time();
elapsed = [0, 2500000];
c.timeLog();
c.timeLog(undefined, 'with', 'data', 1, { a: 1 });
c.timeLog('default', '%s stays literal');
elapsed = [2, 0];
c.timeEnd();
process.hrtime = realHrtime;
console.log(out.take());
