'use strict';
// AbortSignal.any(signals): follows the first of its sources to abort.
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.onabort = (e) => console.log('any aborted', any.reason, e.isTrusted);
console.log(any.aborted, any === a.signal);
b.abort('B');
a.abort('A');
console.log(any.reason);
console.log(AbortSignal.any([]).aborted);
console.log(AbortSignal.any([AbortSignal.abort('already')]).reason);
const mixed = AbortSignal.any([new AbortController().signal, AbortSignal.abort('second'),
  AbortSignal.abort('third')]);
console.log(mixed.aborted, mixed.reason);
const same = new AbortController();
const twice = AbortSignal.any([same.signal, same.signal]);
let count = 0;
twice.addEventListener('abort', () => count++);
same.abort();
console.log('listener ran', count, 'time(s)', twice.reason.name);
// Order: a source's own listeners first, then dependents in creation order.
const src = new AbortController();
const any1 = AbortSignal.any([src.signal]);
const any2 = AbortSignal.any([any1]);
const order = [];
any1.addEventListener('abort', () => order.push('any1'));
any2.addEventListener('abort', () => order.push(`any2 (any1 aborted: ${any1.aborted})`));
src.signal.addEventListener('abort', () => order.push(`source (any1: ${any1.aborted})`));
src.abort('why');
console.log(order, any2.reason);
// A composite of a timeout signal.
const t = AbortSignal.any([AbortSignal.timeout(5)]);
t.addEventListener('abort', () => console.log('composite of timeout', t.reason.name));
setTimeout(() => console.log('end'), 50);
