'use strict';
// captureRejections: a rejected promise returned by a listener becomes an 'error'
// event on a later tick, or a call of Symbol.for('nodejs.rejection') when the emitter
// defines it.
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;

console.log(String(captureRejectionSymbol), captureRejectionSymbol === Symbol.for('nodejs.rejection'),
  EventEmitter.captureRejections);

async function main() {
  {
    const e = new EventEmitter({ captureRejections: true });
    e.on('something', async (value) => {
      throw new Error(`kaboom ${value}`);
    });
    e.on('error', (err) => console.log('error event:', err.message));
    console.log('emit returns', e.emit('something', 1));
    console.log('after emit (sync)');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  {
    const e = new EventEmitter({ captureRejections: true });
    e[captureRejectionSymbol] = function (err, type, ...args) {
      console.log('rejection method:', err.message, type, JSON.stringify(args), this === e);
    };
    e.on('thing', async () => {
      throw new Error('via symbol');
    });
    e.emit('thing', 'a', 2);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  {
    // Without the option, rejections are not captured (they are unhandled; here caught).
    const e = new EventEmitter();
    e.on('x', () => {
      const p = Promise.reject(new Error('not captured'));
      p.catch(() => console.log('caught by the listener itself'));
      return p;
    });
    e.on('error', () => console.log('never'));
    e.emit('x');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  {
    // A thenable whose `then` getter throws: the error is emitted synchronously.
    const e = new EventEmitter({ captureRejections: true });
    e.on('error', (err) => console.log('sync error event:', err.message));
    e.on('t', () => ({ get then() { throw new Error('then getter'); } }));
    e.emit('t');
    console.log('after thenable emit');
  }
  {
    // A resolved promise or a non-thenable return value is ignored.
    const e = new EventEmitter({ captureRejections: true });
    e.on('error', () => console.log('never'));
    e.on('ok', async () => 1);
    e.on('ok', () => 'string');
    e.on('ok', () => ({ then: 5 }));
    console.log(e.emit('ok'));
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  {
    // The 'error' listener's own rejection is not captured again.
    const e = new EventEmitter({ captureRejections: true });
    let count = 0;
    e.on('error', async (err) => {
      count++;
      console.log('error listener', err.message, count);
    });
    e.on('x', async () => { throw new Error('once'); });
    e.emit('x');
    await new Promise((resolve) => setTimeout(resolve, 5));
    console.log('count', count);
  }
  {
    // The global switch.
    EventEmitter.captureRejections = true;
    const e = new EventEmitter();
    e.on('error', (err) => console.log('global capture:', err.message));
    e.on('x', async () => { throw new Error('global'); });
    e.emit('x');
    console.log(EventEmitter.captureRejections, EventEmitter.prototype[Object.getOwnPropertySymbols(e)
      .find((s) => String(s) === 'Symbol(kCapture)')]);
    EventEmitter.captureRejections = false;
    const f = new EventEmitter({ captureRejections: false });
    console.log('option false keeps default:', f[Object.getOwnPropertySymbols(f)
      .find((s) => String(s) === 'Symbol(kCapture)')]);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  for (const bad of [1, 'yes', {}, null]) {
    try {
      new EventEmitter({ captureRejections: bad });
      console.log('accepted', String(bad));
    } catch (err) {
      console.log(err.code, err.message);
    }
    try {
      EventEmitter.captureRejections = bad;
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
}
main();
