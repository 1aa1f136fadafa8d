// Non-function callbacks throw ERR_INVALID_ARG_TYPE.
const values = [undefined, null, 1, 'str', {}, [], true, Symbol('s'), 10n];
for (const fn of [setTimeout, setInterval, setImmediate]) {
  for (const v of values) {
    try {
      fn(v, 1);
      console.log(fn.name, 'accepted', typeof v);
    } catch (e) {
      console.log(fn.name, e.name, e.code, e.message);
    }
  }
}
try {
  setTimeout();
} catch (e) {
  console.log('no args', e.message);
}
console.log(typeof setTimeout(async () => {}, 1), typeof setTimeout(class {}, 100).unref());
