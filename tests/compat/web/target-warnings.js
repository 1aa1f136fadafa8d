'use strict';
// compat: stderr
// addEventListener with a null or undefined listener warns; too many listeners warn once
// per target.
process.on('warning', (w) => {
  console.log(w.name, '|', w.message, '|', String(w.type), w.count,
    w.target instanceof EventTarget, Object.keys(w));
});
const t = new EventTarget();
t.addEventListener('x', null);
t.addEventListener('x', undefined);
for (let i = 0; i < 11; i++) t.addEventListener('many', () => {});
for (let i = 0; i < 12; i++) t.addEventListener('more', () => {});
class Sub extends EventTarget {}
const s = new Sub();
for (let i = 0; i < 11; i++) s.addEventListener('a', () => {});
const signal = new AbortController().signal;
for (let i = 0; i < 11; i++) signal.addEventListener('abort', () => {});
console.log('sync done');
