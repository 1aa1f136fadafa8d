'use strict';
// Argument validation of TransformStream and its controller.
function t(label, fn) {
  try {
    const v = fn();
    console.log(label, 'ok', Object.prototype.toString.call(v));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('transformer number', () => new TransformStream(1));
t('transformer null', () => new TransformStream(null));
t('readableType', () => new TransformStream({ readableType: 'bytes' }));
t('writableType', () => new TransformStream({ writableType: 'bytes' }));
t('transform not callable', () => new TransformStream({ transform: 1 }));
t('flush not callable', () => new TransformStream({ flush: 'x' }));
t('cancel not callable', () => new TransformStream({ cancel: 2 }));
t('writable hwm', () => new TransformStream({}, { highWaterMark: -1 }));
t('readable hwm', () => new TransformStream({}, {}, { highWaterMark: NaN }));
t('writable strategy number', () => new TransformStream({}, 1));
t('readable strategy number', () => new TransformStream({}, {}, 1));
t('controller ctor', () => new TransformStreamDefaultController());
t('readable this', () => Object.getOwnPropertyDescriptor(TransformStream.prototype, 'readable').get.call({}));
t('writable this', () => Object.getOwnPropertyDescriptor(TransformStream.prototype, 'writable').get.call({}));
t('enqueue this', () => TransformStreamDefaultController.prototype.enqueue.call({}));
t('error this', () => TransformStreamDefaultController.prototype.error.call({}));
t('terminate this', () => TransformStreamDefaultController.prototype.terminate.call({}));
t('desiredSize this', () => Object.getOwnPropertyDescriptor(TransformStreamDefaultController.prototype, 'desiredSize').get.call({}));
t('start throws', () => new TransformStream({ start() { throw new Error('start threw'); } }));
const ts = new TransformStream({}, undefined, { highWaterMark: 0 });
console.log(ts.readable === ts.readable, ts.writable === ts.writable);
