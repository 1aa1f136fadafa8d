// console.trace goes through the console's error method and starts at the caller.
const { Console } = require('console');
const Collector = require('./_stream');
const err = new Collector();
const out = new Collector();
const c = new Console(out, err);
function caller() {
  c.trace('hello %d', 1);
}
caller();
const text = err.take();
const lines = text.split('\n');
console.log(lines[0]);
console.log(lines[1].replace(__dirname, '<dir>'));
console.log(out.take() === '', text.endsWith('\n'));
const seen = [];
c.error = (...args) => seen.push(args.length, typeof args[0], args[0].split('\n')[0]);
c.trace('redirected');
console.log(seen.join(' '));
