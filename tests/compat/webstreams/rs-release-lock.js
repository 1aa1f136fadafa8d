'use strict';
// releaseLock(): pending reads reject, closed rejects, the stream unlocks; a released
// reader's methods reject; a new reader sees the queued chunks.
const { settle } = require('./_ticks');
let controller;
const rs = new ReadableStream({ start(c) { controller = c; } });
const r1 = rs.getReader();
console.log('locked', rs.locked);
const closed1 = r1.closed;
settle('pending read', r1.read());
r1.releaseLock();
console.log('locked after release', rs.locked, 'closed replaced:', closed1 !== r1.closed);
settle('closed (original)', closed1);
settle('closed (now)', r1.closed);
settle('read after release', r1.read());
settle('cancel after release', r1.cancel());
r1.releaseLock();
console.log('second releaseLock is a no-op');
controller.enqueue('kept');
const r2 = rs.getReader();
settle('r2 read', r2.read());
// Releasing on a closed stream.
const s2 = new ReadableStream({ start(c) { c.close(); } });
const r3 = s2.getReader();
settle('closed stream reader closed', r3.closed);
r3.releaseLock();
settle('after release', r3.closed);
