'use strict';
// preventDefault / cancelable, returnValue, stopPropagation, cancelBubble, initEvent.
const e1 = new Event('a');
e1.preventDefault();
console.log('not cancelable', e1.defaultPrevented, e1.returnValue);
const e2 = new Event('a', { cancelable: true });
e2.preventDefault();
console.log('cancelable', e2.defaultPrevented, e2.returnValue);
const e3 = new Event('a', { cancelable: true });
e3.returnValue = false;
console.log('returnValue has no setter', e3.defaultPrevented, e3.returnValue);
const e4 = new Event('a');
e4.stopPropagation();
console.log('stopPropagation', e4.cancelBubble);
const e5 = new Event('a');
e5.cancelBubble = false;
console.log('cancelBubble = false', e5.cancelBubble);
e5.cancelBubble = 'yes';
console.log('cancelBubble = truthy', e5.cancelBubble);
e5.cancelBubble = false;
console.log('cannot be cleared', e5.cancelBubble);
const e6 = new Event('a');
e6.stopImmediatePropagation();
console.log('stopImmediatePropagation sets cancelBubble', e6.cancelBubble);

const e7 = new Event('x', { bubbles: true, cancelable: true });
e7.initEvent('y');
console.log('initEvent defaults', e7.type, e7.bubbles, e7.cancelable);
e7.initEvent('z', 1, 'yes');
console.log('initEvent', e7.type, e7.bubbles, e7.cancelable);
const e8 = new Event('x', { cancelable: true });
e8.preventDefault();
e8.initEvent('w', false, true);
console.log('initEvent keeps defaultPrevented', e8.defaultPrevented);
try {
  e8.initEvent();
} catch (err) {
  console.log(err.code, err.message);
}
const target = new EventTarget();
target.addEventListener('q', (e) => {
  e.initEvent('changed');
  console.log('during dispatch', e.type);
});
const e9 = new Event('q');
target.dispatchEvent(e9);
console.log('after', e9.type);
