// console.dir inspects its first argument (custom inspection off) with the options given.
const custom = {
  a: 1,
  [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; },
};
console.log(custom);
console.dir(custom);
console.dir(custom, { customInspect: true });
console.dir({ a: { b: { c: { d: {} } } } });
console.dir({ a: { b: { c: { d: {} } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: {} } } } }, { depth: null });
console.dir('a string');
console.dir(5, null);
console.dir([1, 2, 3], { maxArrayLength: 1 });
console.dir('second arg ignored', 'x', 'y');
console.dir();
console.log(console.dir({}));
