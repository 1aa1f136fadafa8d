// A subclass's overrides are what the instance binds.
const { Console } = require('console');
const Collector = require('./_stream');
class Tagged extends Console {
  constructor(stream, tag) {
    super(stream);
    this.tag = tag;
  }

  log(...args) {
    super.log(`[${this.tag}]`, ...args);
  }
}
const out = new Collector();
const t = new Tagged(out, 'T');
t.log('hello');
const { log } = t;
log('detached');
t.count();
t.info('info is the base log');
t.group('grouped');
t.groupEnd();
console.log(out.dump());
console.log(t instanceof Tagged, t instanceof Console, t.log.name, t.constructor.name);
function Legacy(stream) {
  if (!(this instanceof Legacy)) return new Legacy(stream);
  Console.call(this, stream);
}
try {
  Legacy(out);
  console.log('Console.call works');
} catch (e) {
  console.log('Console.call:', e.name);
}
