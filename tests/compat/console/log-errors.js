// console.log of values whose formatting throws propagates the error.
const bad = { toString() { throw new Error('toString threw'); } };
try {
  console.log('%s', { [Symbol.toPrimitive]() { throw new Error('toPrimitive threw'); } });
  console.log('no throw');
} catch (e) {
  console.log('caught', e.message);
}
try {
  console.count(bad);
} catch (e) {
  console.log('count:', e.message);
}
try {
  console.time(bad);
} catch (e) {
  console.log('time:', e.message);
}
try {
  console.group(bad.x.y);
} catch (e) {
  console.log('argument evaluation:', e.name);
}
console.log('done');
