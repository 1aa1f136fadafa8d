'use strict';
// Without an uncaughtException handler, a listener's exception ends the process after
// the dispatch finishes.
const target = new EventTarget();
target.addEventListener('x', () => {
  throw new TypeError('listener failed');
});
target.addEventListener('x', () => console.log('second listener'));
target.dispatchEvent(new Event('x'));
console.log('after dispatch');
setTimeout(() => console.log('never printed'), 10);
