// With ignoreErrors (the default) a throwing write() is swallowed; without, it throws.
// The console adds a no-op 'error' listener only for the duration of the write.
const { Console } = require('console');
const EventEmitter = require('events');
class Throwing extends EventEmitter {
  write(chunk) {
    console.log('  write called; error listeners:', this.listenerCount('error'));
    throw new Error('write failed');
  }
}
const s = new Throwing();
const c = new Console(s);
c.log('swallowed');
console.log('listeners after:', s.listenerCount('error'));
s.on('error', () => {});
c.log('with a listener already');
console.log('listeners after:', s.listenerCount('error'));
const strict = new Console(s, s, false);
try {
  strict.log('propagates');
} catch (e) {
  console.log('thrown:', e.message);
}
c._ignoreErrors = false;
try {
  c.log('flag read at each call');
} catch (e) {
  console.log('thrown after setting _ignoreErrors:', e.message);
}
// A stack overflow is not swallowed.
class Overflowing extends EventEmitter {
  write() {
    const err = new RangeError('Maximum call stack size exceeded');
    throw err;
  }
}
try {
  new Console(new Overflowing()).log('x');
} catch (e) {
  console.log('rethrown:', e.name, e.message);
}
// Without ignoreErrors, write's return value is passed back; with, nothing.
const ret = { write() { return 'returned'; } };
console.log(new Console(ret, ret, false).log('r'), typeof new Console(ret, ret, false).warn);
