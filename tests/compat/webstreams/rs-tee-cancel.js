'use strict';
// Cancelling tee branches: the source is cancelled only when both are, with both reasons
// in an array; each branch's cancel resolves then.
const { settle } = require('./_ticks');
const rs = new ReadableStream({
  start(c) { c.enqueue('x'); },
  cancel(reason) { console.log('source cancel', reason); },
});
const [a, b] = rs.tee();
settle('cancel a', a.cancel('reason a'));
setTimeout(() => {
  console.log('b still readable');
  settle('cancel b', b.cancel('reason b'));
}, 5);
// Errors propagate to both branches.
let controller;
const src = new ReadableStream({ start(c) { controller = c; } });
const [c, d] = src.tee();
settle('c closed', c.getReader().closed);
settle('d closed', d.getReader().closed);
controller.error(new Error('source error'));
// Closing propagates too.
const closing = new ReadableStream({ start(ctl) { ctl.enqueue(1); ctl.close(); } });
const [e, f] = closing.tee();
(async () => {
  for await (const v of e) console.log('e', v);
  for await (const v of f) console.log('f', v);
  console.log('both drained');
})();
