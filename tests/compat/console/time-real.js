// compat: stderr
// The global console's timers, with the real clock (the digits are masked).
const realLog = console.log;
const lines = [];
console.log = (...args) => lines.push(args.join(' '));
console.time();
console.time('work');
for (let i = 0; i < 1e5; i++);
console.timeLog('work', 'halfway');
console.timeEnd('work');
console.timeEnd();
console.timeEnd('work');
console.log = realLog;
for (const line of lines) console.log(line.replace(/\d+(\.\d+)?ms/, 'Nms'));
// The real format, through a stream.
const { Console } = require('console');
const Collector = require('./_stream');
const out = new Collector();
const c = new Console(out);
c.time('x');
c.timeEnd('x');
console.log(out.take().replace(/\d+(\.\d+)?/, 'N'));
