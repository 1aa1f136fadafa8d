// new Console(stdout[, stderr[, ignoreErrors]]).
const { Console } = require('console');
const Collector = require('./_stream');
const out = new Collector();
const err = new Collector();
const c = new Console(out, err);
c.log('to out');
c.error('to err');
c.warn('warn to err');
c.info('info to out');
console.log(out.dump());
console.log(err.dump());
console.log(c._stdout === out, c._stderr === err, c._ignoreErrors);

const single = new Console(out);
single.error('stderr defaults to stdout');
console.log(out.dump(), single._stderr === out);

for (const flag of [false, 0, '', null, true, 1, 'yes', undefined]) {
  console.log('ignoreErrors', JSON.stringify(flag), new Console(out, err, flag)._ignoreErrors);
}
const viaUndefinedStderr = new Console(out, undefined);
console.log(viaUndefinedStderr._stderr === out);
