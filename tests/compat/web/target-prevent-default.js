'use strict';
// dispatchEvent returns false when a cancelable event's default was prevented.
const target = new EventTarget();
target.addEventListener('d', (e) => e.preventDefault());
target.addEventListener('d', (e) => console.log('later listener sees', e.defaultPrevented,
  e.returnValue));
console.log(target.dispatchEvent(new Event('d', { cancelable: true })));
console.log(target.dispatchEvent(new Event('d')));
const pre = new Event('d', { cancelable: true });
pre.preventDefault();
const other = new EventTarget();
console.log('prevented before dispatch', other.dispatchEvent(pre));
const viaReturnValue = new EventTarget();
viaReturnValue.addEventListener('r', (e) => { e.returnValue = false; });
console.log(viaReturnValue.dispatchEvent(new Event('r', { cancelable: true })));
