'use strict';
// start(): writes wait until start's promise settles; the controller and sink `this`.
const { ticks, settle } = require('./_ticks');
let sinkObject;
const ws = new WritableStream(sinkObject = {
  start(controller) {
    console.log('start, this is sink', this === sinkObject, controller instanceof WritableStreamDefaultController);
    return ticks(3, 'start ');
  },
  write(chunk, controller) {
    console.log('write', chunk, 'this is sink', this === sinkObject);
  },
  close() { console.log('close'); },
});
const writer = ws.getWriter();
settle('write', writer.write('x'));
settle('close', writer.close());
console.log('desiredSize while starting', writer.desiredSize);
// A writer obtained after the stream closed or errored.
const closed = new WritableStream();
closed.close().then(() => {
  const w = closed.getWriter();
  settle('closed stream writer.closed', w.closed);
  settle('closed stream writer.ready', w.ready);
  console.log('closed stream desiredSize', w.desiredSize);
});
