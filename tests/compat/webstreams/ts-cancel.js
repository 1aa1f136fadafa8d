'use strict';
// transformer.cancel(): runs when the readable side is cancelled or the writable side is
// aborted, once; flush is not called after it.
const { settle } = require('./_ticks');
const t1 = new TransformStream({
  cancel(reason) { console.log('t1 transformer cancel', reason); },
  flush() { console.log('never: flush'); },
});
settle('t1 readable cancel', t1.readable.cancel('r1'));
settle('t1 writable close', t1.writable.close());
const t2 = new TransformStream({
  cancel(reason) { console.log('t2 transformer cancel', reason); },
});
settle('t2 writable abort', t2.writable.abort('r2'));
settle('t2 readable read', t2.readable.getReader().read());
const t3 = new TransformStream({
  cancel() { throw new Error('cancel threw'); },
});
settle('t3 readable cancel', t3.readable.cancel('r3'));
settle('t3 writer closed', t3.writable.getWriter().closed);
