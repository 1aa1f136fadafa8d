'use strict';
// Which members of the init dictionary are read, and in what order.
const order = [];
const init = new Proxy({}, {
  get(target, key) {
    if (typeof key === 'string') order.push(key);
    return undefined;
  },
});
new Event('x', init);
console.log(order);
order.length = 0;
new CustomEvent('x', init);
console.log(order);
order.length = 0;
const target = new EventTarget();
const options = {
  get capture() { order.push('capture'); return false; },
  get once() { order.push('once'); return false; },
  get passive() { order.push('passive'); return false; },
  get signal() { order.push('signal'); return undefined; },
};
target.addEventListener('x', () => {}, options);
console.log(order);
order.length = 0;
target.removeEventListener('x', () => {}, options);
console.log(order);
order.length = 0;
target.addEventListener('x', null, options);
console.log(order);
