// new Console(options).
const { Console } = require('console');
const Collector = require('./_stream');
const out = new Collector();
const err = new Collector();
const c = new Console({ stdout: out, stderr: err, ignoreErrors: false, colorMode: false,
                        groupIndentation: 3 });
c.group('g');
c.log('x');
c.error('y');
console.log(out.dump());
console.log(err.dump());
console.log(c._ignoreErrors, c._stdout === out);
const d = new Console({ stdout: out });
d.error('defaults');
console.log(out.dump(), d._stderr === out, d._ignoreErrors);
// A stream in the options object wins over treating the object as a stream only when it
// lacks write().
const both = { write(s) { console.log('options object write', JSON.stringify(s)); }, stdout: out };
new Console(both, both, false).log('options object is a stream');
console.log(out.chunks.length);
// Getters in the options are read once each, in destructuring order.
const order = [];
const opts = {};
for (const k of ['stdout', 'stderr', 'ignoreErrors', 'colorMode', 'inspectOptions', 'groupIndentation']) {
  Object.defineProperty(opts, k, { get() { order.push(k); return k === 'stdout' ? out : undefined; } });
}
new Console(opts);
console.log(order.join());
