'use strict';
// events.getEventListeners with EventTargets and AbortSignals.
const { getEventListeners } = require('events');
const t = new EventTarget();
function a() {}
const b = { handleEvent() {} };
t.addEventListener('x', a);
t.addEventListener('x', b);
t.addEventListener('x', a, true);
const list = getEventListeners(t, 'x');
console.log(list.length, list[0] === a, list[1] === b, list[2] === a);
list.length = 0;
console.log('copy', getEventListeners(t, 'x').length);
console.log(getEventListeners(t, 'y'));
t.removeEventListener('x', a);
console.log(getEventListeners(t, 'x').map((l) => (l === a ? 'a' : 'b')));
const signal = new AbortController().signal;
const onAbort = () => {};
signal.addEventListener('abort', onAbort);
console.log(getEventListeners(signal, 'abort')[0] === onAbort);
class Sub extends EventTarget {}
const s = new Sub();
s.addEventListener('q', a);
console.log(getEventListeners(s, 'q').length);
try {
  getEventListeners({}, 'x');
} catch (err) {
  console.log(err.code, err.message);
}
