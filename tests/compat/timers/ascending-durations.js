// Timers created in increasing order of duration fire in that order; nested ones join
// the order by their own expiry.
const order = [];
setTimeout(() => order.push('1'), 1);
setTimeout(() => {
  order.push('2');
  setTimeout(() => order.push('2+0'), 0);
}, 2);
setTimeout(() => order.push('50'), 50);
setTimeout(() => order.push('50b'), 50);
setTimeout(() => order.push('100'), 100);
setTimeout(() => {
  console.log(order.join(' '));
}, 150);
