'use strict';
// Listeners run in registration order; listeners added during a dispatch run in it when
// the walk reaches them; listeners removed before their turn do not run.
const target = new EventTarget();
const log = [];
const c = () => log.push('c');
const b = () => log.push('b');
function a() {
  log.push('a');
  target.addEventListener('x', c);
  target.removeEventListener('x', b);
}
target.addEventListener('x', a);
target.addEventListener('x', b);
target.dispatchEvent(new Event('x'));
console.log(log.join(' '));
log.length = 0;
target.dispatchEvent(new Event('x'));
console.log(log.join(' '));

// Removing and re-adding the next listener: the re-added one is appended behind the
// removed record, which ended the list, so it does not run in this dispatch.
const t2 = new EventTarget();
const l2 = [];
const h2 = () => l2.push('h2');
function h1() {
  l2.push('h1');
  t2.removeEventListener('h', h2);
  t2.addEventListener('h', h2);
}
t2.addEventListener('h', h1);
t2.addEventListener('h', h2);
t2.dispatchEvent(new Event('h'));
console.log(l2.join(' '));
l2.length = 0;
t2.dispatchEvent(new Event('h'));
console.log(l2.join(' '));

// A listener removing itself.
const t3 = new EventTarget();
function self() {
  console.log('self');
  t3.removeEventListener('s', self);
}
t3.addEventListener('s', self);
t3.addEventListener('s', () => console.log('other'));
t3.dispatchEvent(new Event('s'));
t3.dispatchEvent(new Event('s'));

// Same function under capture and bubble: two registrations.
const t4 = new EventTarget();
const both = () => console.log('both');
t4.addEventListener('b', both);
t4.addEventListener('b', both, true);
t4.addEventListener('b', both);
t4.addEventListener('b', both, { capture: true });
t4.dispatchEvent(new Event('b'));
