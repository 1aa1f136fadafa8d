'use strict';
// pipeTo(): chunks flow in order, the destination is closed when the source closes, the
// promise resolves after, both streams are locked while piping and unlocked after.
const { ticks, settle } = require('./_ticks');
const rs = new ReadableStream({
  start(c) {
    c.enqueue('a');
    c.enqueue('b');
    c.close();
  },
});
const ws = new WritableStream({
  write(chunk) { console.log('sink write', chunk); },
  close() { console.log('sink close'); },
});
const p = rs.pipeTo(ws);
console.log('locked', rs.locked, ws.locked);
settle('pipeTo', p).then(() => console.log('locked after', rs.locked, ws.locked));
ticks(10);
