'use strict';
// Argument validation of the ReadableStream constructor and getReader().
function t(label, fn) {
  try {
    const v = fn();
    console.log(label, 'ok', Object.prototype.toString.call(v));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('number source', () => new ReadableStream(1));
t('null source', () => new ReadableStream(null));
t('string source', () => new ReadableStream('x'));
t('function source', () => new ReadableStream(function() {}));
t('bad type', () => new ReadableStream({ type: 'foo' }));
t('type bytes via toString', () => new ReadableStream({ type: { toString() { return 'bytes'; } } }));
t('pull not callable', () => new ReadableStream({ pull: 1 }));
t('cancel not callable', () => new ReadableStream({ cancel: 'x' }));
t('hwm -1', () => new ReadableStream({}, { highWaterMark: -1 }));
t('hwm NaN', () => new ReadableStream({}, { highWaterMark: NaN }));
t('hwm string', () => new ReadableStream({}, { highWaterMark: 'abc' }));
t('hwm numeric string', () => new ReadableStream({}, { highWaterMark: '2' }));
t('hwm Infinity', () => new ReadableStream({}, { highWaterMark: Infinity }));
t('size not callable', () => new ReadableStream({}, { size: 1 }));
t('strategy number', () => new ReadableStream({}, 1));
t('strategy null', () => new ReadableStream({}, null));
t('bytes with size', () => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }));
t('autoAllocateChunkSize 0', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }));
t('getReader mode foo', () => new ReadableStream().getReader({ mode: 'foo' }));
t('getReader byob on default', () => new ReadableStream().getReader({ mode: 'byob' }));
t('getReader options number', () => new ReadableStream().getReader(1));
t('getReader options null', () => new ReadableStream().getReader(null));
t('getReader twice', () => { const r = new ReadableStream(); r.getReader(); r.getReader(); });
t('reader ctor non-stream', () => new ReadableStreamDefaultReader({}));
t('byob reader ctor default stream', () => new ReadableStreamBYOBReader(new ReadableStream()));
t('controller ctor', () => new ReadableStreamDefaultController());
t('byte controller ctor', () => new ReadableByteStreamController());
t('byob request ctor', () => new ReadableStreamBYOBRequest());
t('locked getter this', () => Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call({}));
t('getReader this', () => ReadableStream.prototype.getReader.call({}));
t('tee this', () => ReadableStream.prototype.tee.call({}));
t('values this', () => ReadableStream.prototype.values.call({}));
t('tee locked', () => { const r = new ReadableStream(); r.getReader(); r.tee(); });
t('values locked', () => { const r = new ReadableStream(); r.getReader(); r.values(); });
t('values options', () => new ReadableStream().values(1));
t('releaseLock this', () => ReadableStreamDefaultReader.prototype.releaseLock.call({}));
ReadableStream.prototype.cancel.call({}).catch((e) => console.log('cancel this', e.code, e.message));
ReadableStreamDefaultReader.prototype.read.call({}).catch((e) => console.log('read this', e.code, e.message));
Object.getOwnPropertyDescriptor(ReadableStreamDefaultReader.prototype, 'closed').get.call({})
  .catch((e) => console.log('closed this', e.code, e.message));
