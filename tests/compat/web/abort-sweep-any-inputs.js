'use strict';
// AbortSignal.any: every element must be an AbortSignal (undefined and holes too, unlike
// a single optional signal), the first already-aborted input gives the reason, and an
// input that is valid but later in the list does not stop an earlier invalid one.
function show(label, fn) {
  try {
    const s = fn();
    console.log(label, '->', s.aborted, typeof s.reason === 'string' ? s.reason : typeof s.reason);
  } catch (err) {
    console.log(label, '->', err.name, err.code, err.message);
  }
}

const live = () => new AbortController().signal;
show('undefined element', () => AbortSignal.any([live(), undefined]));
show('undefined first', () => AbortSignal.any([undefined, AbortSignal.abort('x')]));
show('hole', () => AbortSignal.any([, AbortSignal.abort('x')]));  // eslint-disable-line no-sparse-arrays
show('hole at end', () => AbortSignal.any([live(), , live()]));  // eslint-disable-line no-sparse-arrays
show('new Array(2)', () => AbortSignal.any(new Array(2)));
show('aborted then invalid', () => AbortSignal.any([AbortSignal.abort('first'), 5]));
show('invalid then aborted', () => AbortSignal.any([5, AbortSignal.abort('first')]));
show('event target', () => AbortSignal.any([new EventTarget()]));
show('array-like', () => AbortSignal.any({ length: 1, 0: AbortSignal.abort('a') }));
show('iterable', () => AbortSignal.any(new Set([AbortSignal.abort('a')])));
show('empty', () => AbortSignal.any([]));
show('first aborted wins', () => AbortSignal.any([live(), AbortSignal.abort('two'),
  AbortSignal.abort('three')]));
show('same signal twice', () => AbortSignal.any([AbortSignal.abort('dup'), AbortSignal.abort('b')]));
show('proxy array', () => AbortSignal.any(new Proxy([AbortSignal.abort('p')], {})));

// A composite follows nested composites and aborts in creation order.
const c = new AbortController();
const a1 = AbortSignal.any([c.signal]);
const a2 = AbortSignal.any([a1]);
const a3 = AbortSignal.any([c.signal, a2]);
a3.addEventListener('abort', () => console.log('a3', a3.reason));
a2.addEventListener('abort', () => console.log('a2', a2.reason, a3.aborted));
a1.addEventListener('abort', () => console.log('a1', a1.reason, a2.aborted));
c.signal.addEventListener('abort', () => console.log('source', a1.aborted));
c.abort('R');
console.log('any returns a new signal', AbortSignal.any([c.signal]) !== c.signal);
