'use strict';
// Writes issued from inside the sink's write() queue behind the current one; a write
// from a write's promise callback; close from inside write.
const { settle } = require('./_ticks');
let writer;
const ws = new WritableStream({
  write(chunk) {
    console.log('sink write', chunk);
    if (chunk === 1) {
      settle('nested write 2', writer.write(2));
      console.log('desiredSize inside write', writer.desiredSize);
    }
    if (chunk === 3) settle('close from write', writer.close());
  },
  close() { console.log('sink close'); },
});
writer = ws.getWriter();
writer.write(1).then(() => {
  console.log('write 1 done');
  settle('write 3', writer.write(3));
});
settle('closed', writer.closed);
