// compat: stderr
// 'multipleResolves' (deprecated): resolve/reject called on an already settled promise.
const show = (v) => (v instanceof Error ? `Error(${v.message})` : String(v));
new Promise((resolve) => { resolve('before'); resolve('no listener yet'); });
const listener = (type, promise, value) => {
  console.log('multipleResolves', type, promise === p1 || promise === p2 || promise === p3,
              show(value));
};
process.on('multipleResolves', listener);
const p1 = new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject(new Error('third'));
});
const p2 = new Promise((resolve, reject) => {
  reject(new Error('rejected first'));
  resolve('then resolve');
});
p2.catch(() => {});
const p3 = new Promise((resolve) => {
  resolve('settled');
  throw new Error('thrown after resolve');
});
// A thenable locks the promise in: a later call is reported though it is still pending.
new Promise((resolve) => {
  resolve(Promise.resolve(1));
  resolve(2);
});
Promise.resolve(1).then(() => {});
console.log('sync', Promise.resolve(p1) === p1, p1 instanceof Promise,
            Object.getPrototypeOf(p1) === Promise.prototype, typeof Promise.resolve,
            Promise.resolve.name, Promise.all.length);
class Sub extends Promise {}
new Sub((resolve) => { resolve(1); resolve(2); });
setTimeout(() => {
  process.removeListener('multipleResolves', listener);
  new Promise((resolve) => { resolve(1); resolve('after removal'); });
  console.log('removed', p1.constructor === Promise);
}, 5);
