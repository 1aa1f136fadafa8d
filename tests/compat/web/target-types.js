'use strict';
// Event types are converted to strings when listeners are added and removed;
// getEventListeners looks the type up as given.
const { getEventListeners } = require('events');
const t = new EventTarget();
t.addEventListener(1, () => console.log('one'));
t.dispatchEvent(new Event('1'));
t.addEventListener({ toString() { return 'obj'; } }, () => console.log('objtype'));
t.dispatchEvent(new Event('obj'));
t.addEventListener(null, () => console.log('null type'));
t.dispatchEvent(new Event('null'));
t.addEventListener(undefined, () => console.log('undefined type'));
t.dispatchEvent(new Event(undefined));
t.addEventListener('', () => console.log('empty type'));
t.dispatchEvent(new Event(''));
console.log(getEventListeners(t, 1).length, getEventListeners(t, '1').length,
  getEventListeners(t, 'undefined').length, getEventListeners(t, 'nothing').length);
t.removeEventListener(1, () => {});
console.log(getEventListeners(t, '1').length);
