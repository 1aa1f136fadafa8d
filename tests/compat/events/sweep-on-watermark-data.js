'use strict';
// events.on() exposes its queue state under Symbol.for('nodejs.watermarkData'):
// the queue size, the two watermarks and whether the emitter was paused.
const { EventEmitter, on } = require('events');

const kWatermarkData = Symbol.for('nodejs.watermarkData');

function snapshot(wm) {
  return [wm.size, wm.low, wm.high, wm.isPaused];
}

(async () => {
  const plain = on(new EventEmitter(), 'x');
  console.log('keys', Reflect.ownKeys(plain).map(String));
  const wm0 = plain[kWatermarkData];
  console.log('defaults', snapshot(wm0), Object.keys(wm0));
  const d = Object.getOwnPropertyDescriptor(wm0, 'size');
  console.log('size descriptor', typeof d.get, d.set, d.enumerable, d.configurable);
  await plain.return();

  const log = [];
  const e = new EventEmitter();
  e.pause = () => log.push('pause');
  e.resume = () => log.push('resume');
  const it = on(e, 'x', { highWaterMark: 2, lowWaterMark: 1 });
  const wm = it[kWatermarkData];
  for (let i = 0; i < 4; i++) {
    e.emit('x', i);
    log.push(`emit ${i} ${snapshot(wm).join(',')}`);
  }
  for (let i = 0; i < 4; i++) {
    const { value } = await it.next();
    log.push(`next ${value[0]} ${snapshot(wm).join(',')}`);
  }
  await it.return();
  log.push(`after return ${snapshot(wm).join(',')}`);
  for (const line of log) console.log(line);
})();
