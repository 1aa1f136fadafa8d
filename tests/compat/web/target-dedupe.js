'use strict';
// The same (listener, capture) pair is registered once; options of the duplicate are
// ignored.
const { getEventListeners } = require('events');
const target = new EventTarget();
const f = () => console.log('f');
target.addEventListener('x', f);
target.addEventListener('x', f);
target.addEventListener('x', f, { once: true });
target.addEventListener('x', f, false);
console.log(getEventListeners(target, 'x').length);
target.dispatchEvent(new Event('x'));
target.dispatchEvent(new Event('x'));
target.addEventListener('x', f, true);
console.log(getEventListeners(target, 'x').length);
const obj = { handleEvent() { console.log('obj'); } };
target.addEventListener('x', obj);
target.addEventListener('x', obj);
console.log(getEventListeners(target, 'x').length);
target.dispatchEvent(new Event('x'));
target.removeEventListener('x', obj);
target.removeEventListener('x', f);
target.removeEventListener('x', f);
console.log(getEventListeners(target, 'x').length);
target.dispatchEvent(new Event('x'));
