'use strict';
// Argument validation of WritableStream and its writer and controller.
function t(label, fn) {
  try {
    const v = fn();
    console.log(label, 'ok', Object.prototype.toString.call(v));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('sink number', () => new WritableStream(1));
t('sink null', () => new WritableStream(null));
t('type bytes', () => new WritableStream({ type: 'bytes' }));
t('type undefined', () => new WritableStream({ type: undefined }));
t('write not callable', () => new WritableStream({ write: 1 }));
t('close not callable', () => new WritableStream({ close: {} }));
t('abort not callable', () => new WritableStream({ abort: true }));
t('hwm -1', () => new WritableStream({}, { highWaterMark: -1 }));
t('size not callable', () => new WritableStream({}, { size: 'x' }));
t('strategy number', () => new WritableStream({}, 5));
t('writer ctor non-stream', () => new WritableStreamDefaultWriter({}));
t('controller ctor', () => new WritableStreamDefaultController());
t('locked this', () => Object.getOwnPropertyDescriptor(WritableStream.prototype, 'locked').get.call({}));
t('getWriter this', () => WritableStream.prototype.getWriter.call({}));
t('desiredSize this', () => Object.getOwnPropertyDescriptor(WritableStreamDefaultWriter.prototype, 'desiredSize').get.call({}));
t('releaseLock this', () => WritableStreamDefaultWriter.prototype.releaseLock.call({}));
t('signal this', () => Object.getOwnPropertyDescriptor(WritableStreamDefaultController.prototype, 'signal').get.call({}));
t('error this', () => WritableStreamDefaultController.prototype.error.call({}));
for (const [label, fn] of [
  ['abort this', () => WritableStream.prototype.abort.call({})],
  ['close this', () => WritableStream.prototype.close.call({})],
  ['write this', () => WritableStreamDefaultWriter.prototype.write.call({})],
  ['writer close this', () => WritableStreamDefaultWriter.prototype.close.call({})],
  ['writer abort this', () => WritableStreamDefaultWriter.prototype.abort.call({})],
  ['ready this', () => Object.getOwnPropertyDescriptor(WritableStreamDefaultWriter.prototype, 'ready').get.call({})],
  ['closed this', () => Object.getOwnPropertyDescriptor(WritableStreamDefaultWriter.prototype, 'closed').get.call({})],
]) {
  fn().catch((e) => console.log(label, e.name, e.code, e.message));
}
// A throwing size function errors the stream; the write rejects with that error.
const ws = new WritableStream({}, { size() { throw new Error('size failed'); } });
const w = ws.getWriter();
w.write('x').catch((e) => console.log('write rejected', e.message));
w.closed.catch((e) => console.log('closed rejected', e.message));
const ws2 = new WritableStream({}, { size() { return -1; } });
ws2.getWriter().write('x').catch((e) => console.log('write rejected', e.name, e.code, e.message));
