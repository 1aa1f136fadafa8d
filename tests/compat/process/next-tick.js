// process.nextTick with arguments, ordering and validation.
process.nextTick((a, b, c) => console.log('args', a, b, c), 1, 'two', [3]);
process.nextTick(function () { console.log('this is undefined', this === undefined || this === globalThis); });
process.nextTick(() => {
  console.log('outer');
  process.nextTick(() => console.log('nested runs after queued ones'));
});
process.nextTick(() => console.log('queued second'));
for (const bad of [undefined, 1, 'x', {}]) {
  try {
    process.nextTick(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
