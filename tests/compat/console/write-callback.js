// The write callback: an error reported asynchronously gets a no-op 'error' listener so
// that the stream's own 'error' event does not crash the process.
const { Console } = require('console');
const EventEmitter = require('events');
class Failing extends EventEmitter {
  constructor() {
    super();
    this._writableState = { errorEmitted: false };
  }

  write(chunk, cb) {
    console.log('write got a callback:', typeof cb, cb.length);
    process.nextTick(() => {
      const err = new Error('async write failure');
      cb(err);
      console.log('listeners after callback:', this.listenerCount('error'));
      this.emit('error', err);
      console.log('emitted without crashing; listeners now:', this.listenerCount('error'));
    });
    return false;
  }
}
const s = new Failing();
new Console(s).log('x');
const ok = new Failing();
ok.write = function(chunk, cb) {
  process.nextTick(() => { cb(null); console.log('success callback adds nothing:', this.listenerCount('error')); });
};
new Console(ok).log('y');
const emitted = new Failing();
emitted._writableState.errorEmitted = true;
emitted.write = function(chunk, cb) {
  process.nextTick(() => { cb(new Error('e')); console.log('already emitted adds nothing:', this.listenerCount('error')); });
};
new Console(emitted).log('z');
