'use strict';
// events.on(): an async iterator over the argument arrays of an event; events emitted
// before next() is called are queued; 'error' ends the iteration with the error.
const EventEmitter = require('events');
const { on } = EventEmitter;

async function main() {
  {
    const e = new EventEmitter();
    process.nextTick(() => {
      e.emit('foo', 'bar');
      e.emit('foo', 42);
      e.emit('foo', 1, 2, 3);
    });
    const seen = [];
    for await (const event of on(e, 'foo')) {
      seen.push(event);
      if (seen.length === 3) break;
    }
    console.log(JSON.stringify(seen), e.listenerCount('foo'), e.listenerCount('error'));
  }
  {
    const e = new EventEmitter();
    const iterator = on(e, 'foo');
    console.log('listeners:', e.listenerCount('foo'), e.listenerCount('error'),
      typeof iterator.next, typeof iterator[Symbol.asyncIterator], iterator[Symbol.asyncIterator]() === iterator);
    e.emit('foo', 'queued');
    const errorValue = new Error('kaboom');
    e.emit('error', errorValue);
    console.log('after error:', e.listenerCount('foo'), e.listenerCount('error'));
    console.log(JSON.stringify(await iterator.next()));
    try {
      await iterator.next();
    } catch (err) {
      console.log('rejected:', err === errorValue);
    }
    console.log(JSON.stringify(await iterator.next()));
    console.log(JSON.stringify(await iterator.return()));
  }
  {
    // next() calls waiting before any event resolve in order; return() resolves the
    // waiting ones as done.
    const e = new EventEmitter();
    const iterator = on(e, 'tick');
    const a = iterator.next();
    const b = iterator.next();
    const c = iterator.next();
    e.emit('tick', 1);
    e.emit('tick', 2);
    console.log(JSON.stringify(await a), JSON.stringify(await b));
    console.log(JSON.stringify(await iterator.return()), JSON.stringify(await c));
    console.log(e.listenerCount('tick'), JSON.stringify(await iterator.next()));
  }
  {
    // throw() with an error ends the iteration with it.
    const e = new EventEmitter();
    const iterator = on(e, 'x');
    const waiting = iterator.next();
    const err = new Error('thrown in');
    console.log(iterator.throw(err));
    try {
      await waiting;
    } catch (caught) {
      console.log('throw() rejected waiting next:', caught === err);
    }
    console.log(JSON.stringify(await iterator.next()), e.listenerCount('x'));
    for (const bad of [undefined, 'string', {}, null]) {
      try {
        iterator.throw(bad);
      } catch (caught) {
        console.log(caught.code, caught.message);
      }
    }
  }
  {
    // Waiting for 'error' itself: errors are values.
    const e = new EventEmitter();
    const iterator = on(e, 'error');
    e.emit('error', 'first');
    console.log(JSON.stringify(await iterator.next()), e.listenerCount('error'));
    await iterator.return();
  }
  {
    // The close option ends the iteration on the listed events.
    const e = new EventEmitter();
    const iterator = on(e, 'data', { close: ['end', 'close'] });
    console.log('with close:', JSON.stringify(e.eventNames()));
    e.emit('data', 1);
    e.emit('end');
    console.log(JSON.stringify(e.eventNames()));
    console.log(JSON.stringify(await iterator.next()), JSON.stringify(await iterator.next()));
  }
  // Validation: thrown synchronously.
  const e = new EventEmitter();
  for (const options of [null, 'x', { signal: 1 }, { highWaterMark: 0 }, { highWaterMark: 'a' },
    { lowWaterMark: 0 }, { lowWaterMark: 1.5 }, { highWatermark: -1 }]) {
    try {
      const iterator = on(e, 'x', options);
      console.log('accepted');
      iterator.return();
    } catch (err) {
      console.log(err.name, err.code, err.code ? err.message : '');
    }
  }
  console.log(on.name, on.length);
}
main();
