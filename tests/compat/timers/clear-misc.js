// clearTimeout and friends ignore what is not theirs to clear.
clearTimeout();
clearTimeout(null);
clearTimeout({});
clearTimeout(12345);
clearTimeout('nope');
clearInterval(undefined);
clearImmediate();
clearImmediate(null);
clearImmediate({});
console.log('no throws');

const log = [];
const im = setImmediate(() => log.push('immediate not cleared by clearTimeout'));
clearTimeout(im);
const t = setTimeout(() => log.push('timeout not cleared by clearImmediate'), 1);
clearImmediate(t);
const t2 = setTimeout(() => log.push('never: clearInterval clears a timeout'), 1);
clearInterval(t2);
const iv = setInterval(() => log.push('never: clearTimeout clears an interval'), 1);
clearTimeout(iv);
const im2 = setImmediate(() => log.push('never: cleared immediate'));
clearImmediate(im2);
clearImmediate(im2);
console.log('im2', im2._destroyed, im2._onImmediate, im2.hasRef());
process.on('exit', () => console.log(log.sort().join('\n')));
