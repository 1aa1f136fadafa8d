'use strict';
// events.on with highWaterMark/lowWaterMark: the emitter is paused when more than
// highWaterMark events are queued and resumed when fewer than lowWaterMark remain.
const EventEmitter = require('events');

class Pausable extends EventEmitter {
  pause() { console.log('pause()'); }
  resume() { console.log('resume()'); }
}

async function main() {
  const e = new Pausable();
  const iterator = EventEmitter.on(e, 'data', { highWaterMark: 3, lowWaterMark: 2 });
  for (let i = 1; i <= 6; i++) {
    console.log('emit', i);
    e.emit('data', i);
  }
  for (let i = 0; i < 6; i++) {
    const { value } = await iterator.next();
    console.log('got', JSON.stringify(value));
  }
  await iterator.return();
  // An emitter without pause() throws from emit() when the mark is passed.
  const plain = new EventEmitter();
  EventEmitter.on(plain, 'data', { highWaterMark: 1 });
  plain.emit('data', 1);
  try {
    plain.emit('data', 2);
  } catch (err) {
    console.log('no pause():', err.name);
  }
}
main();
