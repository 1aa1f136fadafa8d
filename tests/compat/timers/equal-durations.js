// Timers with the same duration fire in creation order; 0, 1, negative, NaN and
// non-numeric durations all mean 1 ms and share that list.
const order = [];
setTimeout(() => order.push('a1'), 1);
setTimeout(() => order.push('b0'), 0);
setTimeout(() => order.push('c-5'), -5);
setTimeout(() => order.push('dNaN'), NaN);
setTimeout(() => order.push('eundef'));
setTimeout(() => order.push('fstr'), 'abc');
setTimeout(() => order.push('g1.5'), 1.5);
setTimeout(() => order.push('hnull'), null);
setTimeout(() => order.push('i"1"'), '1');
setTimeout(() => order.push('jobj'), { valueOf() { return 1; } });
setTimeout(() => order.push('k[]'), []);
setTimeout(() => order.push('ltrue'), true);
setTimeout(() => console.log(order.join(' ')), 30);
