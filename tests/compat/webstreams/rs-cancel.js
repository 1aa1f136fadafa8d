'use strict';
// cancel(): the underlying source's cancel runs with the reason, queued chunks are
// dropped, pending reads resolve done, and cancel's promise follows the source's.
const { ticks, settle } = require('./_ticks');
const log = [];
const rs = new ReadableStream({
  start(c) { c.enqueue('a'); c.enqueue('b'); },
  pull() { console.log('pull'); },
  cancel(reason) {
    console.log('source cancel', reason, 'this is source:', this === source);
    return ticks(2, 'cancel ').then(() => 'ignored value');
  },
});
const source = undefined;
const reader = rs.getReader();
settle('closed', reader.closed);
settle('cancel', reader.cancel('because'));
settle('read after cancel', reader.read());
ticks(6);
// Cancelling an unlocked stream directly; a rejecting cancel.
const s2 = new ReadableStream({ cancel() { throw new Error('cancel failed'); } });
settle('s2 cancel', s2.cancel());
const s3 = new ReadableStream({ start(c) { c.close(); }, cancel() { console.log('never'); } });
settle('s3 cancel of closed', s3.cancel('x'));
const s4 = new ReadableStream({ start(c) { c.error(new Error('errored')); } });
settle('s4 cancel of errored', s4.cancel('x'));
// A pending read when the stream is cancelled.
const s5 = new ReadableStream();
const r5 = s5.getReader();
settle('s5 pending read', r5.read());
settle('s5 cancel', r5.cancel());
