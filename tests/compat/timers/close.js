// close() cancels a timeout and returns it.
const t = setTimeout(() => console.log('never'), 1);
console.log(t.close() === t, t._destroyed, t._idleTimeout, t._onTimeout);
console.log(t.close() === t);
const iv = setInterval(() => console.log('never either'), 1);
iv.close();
setTimeout(() => console.log('the end'), 5);
