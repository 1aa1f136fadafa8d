// compat: stderr
// Durations beyond 2^31-1 warn (TimeoutOverflowWarning) and become 1 ms.
const t = setTimeout(() => console.log('fired early'), 2 ** 31);
console.log(t._idleTimeout);
setTimeout(() => console.log('fired too'), 2147483647 + 0.5);
const iv = setInterval(() => { console.log('interval'); clearInterval(iv); }, Infinity);
setTimeout(() => console.log('max ok'), 2147483647).unref();
process.on('warning', (w) => console.log('warning event', w.name, JSON.stringify(w.message)));
