// Longer timers created first still fire after shorter ones; timers of one duration
// keep their creation order. (Durations are far apart so that a busy machine pausing
// the script between two statements cannot change the order.)
const order = [];
setTimeout(() => order.push('300'), 300);
setTimeout(() => order.push('100'), 100);
setTimeout(() => order.push('200'), 200);
setTimeout(() => order.push('100b'), 100);
setTimeout(() => order.push('1'), 1);
setTimeout(() => order.push('200b'), 200);
setTimeout(() => order.push('1b'), 1);
setTimeout(() => console.log(order.join(' ')), 400);
