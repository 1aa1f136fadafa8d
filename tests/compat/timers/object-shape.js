// The fields of Timeout and Immediate objects, and their prototypes.
const t = setTimeout(() => {}, 1);
console.log(t.constructor.name, Object.keys(t).join());
console.log(t._idleTimeout, t._repeat, t._destroyed, typeof t._idleStart, t._timerArgs);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(t)).join());
console.log(Object.getOwnPropertySymbols(t).map((s) => s.description).join());
const iv = setInterval(() => {}, 7);
console.log(iv._repeat, iv._idleTimeout);
clearInterval(iv);
const im = setImmediate(() => {});
console.log(im.constructor.name, Object.keys(im).join());
console.log(im._idleNext, im._idlePrev, im._argv, im._destroyed);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(im)).join());
console.log(Object.getOwnPropertySymbols(im).map((s) => s.description).join());
const im2 = setImmediate(() => {
  setTimeout(() => {
    console.log('after firing', t._destroyed, t._idleNext, t._idlePrev, t._idleTimeout,
                typeof t._onTimeout);
    console.log('immediate after', im._destroyed, im._onImmediate, im.hasRef());
  }, 5);
});
console.log('linked', im._idleNext === im2, im2._idlePrev === im);
console.log(t._idleNext === t._idlePrev, t._idleNext.constructor.name,
            Object.keys(t._idleNext).join());
