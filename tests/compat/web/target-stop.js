'use strict';
// stopImmediatePropagation ends the dispatch; stopPropagation does not (there is no
// tree); flags set before dispatch.
const t1 = new EventTarget();
t1.addEventListener('s', (e) => { console.log('s1'); e.stopImmediatePropagation(); });
t1.addEventListener('s', () => console.log('s2'));
t1.addEventListener('s', () => console.log('s3 passive'), { passive: true });
t1.dispatchEvent(new Event('s'));
const t2 = new EventTarget();
t2.addEventListener('s', (e) => { console.log('p1'); e.stopPropagation(); console.log(e.cancelBubble); });
t2.addEventListener('s', () => console.log('p2'));
t2.dispatchEvent(new Event('s'));
console.log('--- stopped before dispatch');
const t3 = new EventTarget();
t3.addEventListener('x', () => console.log('called x'));
const a = new Event('x');
a.stopImmediatePropagation();
console.log(t3.dispatchEvent(a));
const b = new Event('x');
b.stopPropagation();
console.log(t3.dispatchEvent(b));
const c = new Event('x');
c.cancelBubble = true;
console.log(t3.dispatchEvent(c));
console.log('--- stopped event dispatched again');
console.log(t3.dispatchEvent(a));
