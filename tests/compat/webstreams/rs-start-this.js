'use strict';
// The underlying source's methods are called with the source as `this`, start runs
// synchronously inside the constructor, and getters on the source are read once, in
// WebIDL's order.
const order = [];
const source = {
  get autoAllocateChunkSize() { order.push('autoAllocateChunkSize'); return undefined; },
  get cancel() { order.push('cancel'); return function(r) { console.log('cancel this ok', this === source, r); }; },
  get pull() { order.push('pull'); return function(c) { console.log('pull this ok', this === source); c.close(); }; },
  get start() { order.push('start'); return function(c) { console.log('start this ok', this === source, c.constructor.name); }; },
  get type() { order.push('type'); return undefined; },
};
const strategy = {
  get highWaterMark() { order.push('highWaterMark'); return 1; },
  get size() { order.push('size'); return undefined; },
};
console.log('before constructor');
const rs = new ReadableStream(source, strategy);
console.log('after constructor', order.join(','));
rs.getReader().read().then((r) => console.log(r));
const sinkOrder = [];
new WritableStream({
  get abort() { sinkOrder.push('abort'); },
  get close() { sinkOrder.push('close'); },
  get start() { sinkOrder.push('start'); },
  get type() { sinkOrder.push('type'); },
  get write() { sinkOrder.push('write'); },
});
console.log('sink', sinkOrder.join(','));
const transformerOrder = [];
new TransformStream({
  get cancel() { transformerOrder.push('cancel'); },
  get flush() { transformerOrder.push('flush'); },
  get readableType() { transformerOrder.push('readableType'); },
  get start() { transformerOrder.push('start'); },
  get transform() { transformerOrder.push('transform'); },
  get writableType() { transformerOrder.push('writableType'); },
});
console.log('transformer', transformerOrder.join(','));
