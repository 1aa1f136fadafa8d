// process.nextTick queued from promise jobs runs after the promise job queue drains;
// promise jobs queued from ticks run after the tick queue drains.
Promise.resolve().then(() => {
  console.log('p1');
  process.nextTick(() => {
    console.log('tick from p1');
    Promise.resolve().then(() => {
      console.log('p from tick from p1');
      process.nextTick(() => console.log('tick from p from tick'));
    });
  });
  Promise.resolve().then(() => console.log('p1.1'));
});
Promise.resolve().then(() => console.log('p2'));
process.nextTick(() => {
  console.log('tick1');
  process.nextTick(() => console.log('tick1.1'));
  Promise.resolve().then(() => console.log('p from tick1'));
});
process.nextTick(() => console.log('tick2'));
setTimeout(() => {
  console.log('timeout');
  Promise.resolve().then(() => {
    console.log('p in timeout');
    process.nextTick(() => console.log('tick from p in timeout'));
  });
  process.nextTick(() => console.log('tick in timeout'));
}, 1);
setTimeout(() => console.log('timeout 2'), 1);
console.log('sync');
