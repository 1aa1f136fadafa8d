// randomFill/randomBytes/randomInt: how the default size is derived when the callback
// takes the size's place, synchronous callbacks for empty fills, and when an asynchronous
// randomInt answers (after a refill of its pool on the thread pool).
const crypto = require('crypto');
function t(label, fn) {
  try {
    fn();
    console.log(label, 'returned');
  } catch (e) {
    console.log(label, 'threw', e.constructor.name, e.code, e.code ? e.message : '(language error)');
  }
}
const log = (label) => (err, buf) => console.log('callback', label, err, buf?.constructor.name,
                                                 buf?.byteLength);

// The first asynchronous randomInt of the process waits for its pool to be filled on the
// thread pool, so a tick queued after it runs first.
crypto.randomInt(10, (err, n) => {
  console.log('randomInt callback', err, Number.isInteger(n) && n >= 0 && n < 10);
  step2();
});
process.nextTick(() => console.log('tick after randomInt'));

function step2() {
  // With a full pool the answer comes on the next tick.
  crypto.randomInt(3, 7, (err, n) => console.log('randomInt from pool', err, n >= 3 && n < 7));
  process.nextTick(() => {
    console.log('tick after pooled randomInt');
    step3();
  });
}

function step3() {
  t('ArrayBuffer, offset, cb', () => crypto.randomFill(new ArrayBuffer(8), 2, log('ab')));
  t('DataView, offset, cb', () => crypto.randomFill(new DataView(new ArrayBuffer(8)), 2, log('dv')));
  t('Uint16Array, symbol offset, cb', () => crypto.randomFill(new Uint16Array(4), Symbol('s'), log('sym')));
  t('Uint16Array, bigint offset, cb', () => crypto.randomFill(new Uint16Array(4), 1n, log('big')));
  t('Uint16Array, string offset, cb', () => crypto.randomFill(new Uint16Array(4), '1', log('str')));
  t('Uint16Array, offset 5, cb', () => crypto.randomFill(new Uint16Array(4), 5, log('u16-5')));
  console.log('-- empty fills call back before returning');
  t('Uint16Array, offset 4, cb', () => crypto.randomFill(new Uint16Array(4), 4, log('u16-4')));
  t('empty Buffer, cb', () => crypto.randomFill(Buffer.alloc(0), log('empty')));
  t('Buffer, 0, 0, cb', () => crypto.randomFill(Buffer.alloc(4), 0, 0, log('zero size')));
  t('randomBytes(0, cb)', () => crypto.randomBytes(0, log('randomBytes 0')));
  console.log('-- non-empty fills call back later');
  crypto.randomFill(new Uint16Array(4), 1, (err, buf) => {
    console.log('callback u16-1', err, buf[0] === 0, buf.length);
    crypto.randomBytes(5, (err2, b) => console.log('callback randomBytes 5', err2, b.length));
  });
  console.log('end of step 3');
}
