// compat: stderr
// time labels are strings of whatever is passed; undefined means 'default'. Reusing a
// label or ending an unknown one warns.
const { Console } = require('console');
const Collector = require('./_stream');
const out = new Collector();
const c = new Console({ stdout: out, stderr: out });
const realHrtime = process.hrtime;
process.hrtime = (since) => (since === undefined ? [5, 0] : [0, 1500000]);
c.time(1);
c.timeEnd('1');
c.time(null);
c.timeLog('null');
c.timeEnd(null);
c.time({});
c.timeEnd('[object Object]');
c.time(undefined);
c.timeEnd('default');
c.time('dup');
c.time('dup');
c.timeEnd('dup');
c.timeEnd('dup');
c.timeLog('dup');
c.timeLog('never started');
try {
  c.time(Symbol('s'));
} catch (e) {
  console.log('symbol label:', e.name);
}
console.log(c.time('r'), c.timeLog('r'), c.timeEnd('r'));
process.hrtime = realHrtime;
console.log(out.take());
console.log(c._times.size);
