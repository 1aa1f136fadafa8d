'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy.
function t(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const b = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
const c = new CountQueuingStrategy({ highWaterMark: 2 });
console.log(b, c, [b], { c });
t('b.hwm', () => b.highWaterMark);
t('b.size', () => b.size(new Uint8Array(7)));
t('b.size plain object', () => b.size({ byteLength: 3 }));
t('c.size', () => c.size('anything'));
t('shared size', () => b.size === new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size);
t('size names', () => [b.size.name, c.size.name]);
t('size this-independent', () => { const { size } = b; return size(new ArrayBuffer(5)); });
t('hwm conversion', () => [new CountQueuingStrategy({ highWaterMark: '3' }).highWaterMark,
  new CountQueuingStrategy({ highWaterMark: -1 }).highWaterMark,
  new CountQueuingStrategy({ highWaterMark: null }).highWaterMark]);
t('no init', () => new CountQueuingStrategy());
t('null init', () => new ByteLengthQueuingStrategy(null));
t('number init', () => new ByteLengthQueuingStrategy(3));
t('missing hwm', () => new CountQueuingStrategy({}));
t('hwm this', () => Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype, 'highWaterMark').get.call({}));
t('size this', () => Object.getOwnPropertyDescriptor(ByteLengthQueuingStrategy.prototype, 'size').get.call(c));
t('toString', () => [String(b), Object.prototype.toString.call(c)]);
t('keys', () => [Object.keys(b), Object.getOwnPropertyNames(CountQueuingStrategy.prototype)]);
// Used as the strategy of a stream.
const rs = new ReadableStream({
  start(ctl) {
    ctl.enqueue(new Uint8Array(10));
    console.log('desiredSize', ctl.desiredSize);
  },
}, b);
const ws = new WritableStream({}, c);
const w = ws.getWriter();
console.log('writer desiredSize', w.desiredSize);
w.write('x');
console.log('writer desiredSize', w.desiredSize);
