// inspect.defaultOptions can be read and replaced; it validates its input.
const { inspect } = require('util');
console.log(inspect.defaultOptions);
const descriptor = Object.getOwnPropertyDescriptor(inspect, 'defaultOptions');
console.log(typeof descriptor.get, typeof descriptor.set, descriptor.enumerable, descriptor.configurable);
const saved = { ...inspect.defaultOptions };
inspect.defaultOptions = { depth: 0, compact: false };
console.log(inspect({ a: { b: 1 } }), inspect.defaultOptions.depth, inspect.defaultOptions.compact);
console.log({ a: { b: 1 } });
inspect.defaultOptions = { depth: 2, compact: 3, breakLength: 20 };
console.log({ first: 'value', second: 'value' });
inspect.defaultOptions = { colors: true };
console.log(JSON.stringify(inspect(1)));
try {
  inspect.defaultOptions = { unknownKey: 'rejected' };
} catch (e) {
  console.log('unknown key:', e.name);
}
console.log(Object.isSealed(inspect.defaultOptions), inspect.defaultOptions.unknownKey);
inspect.defaultOptions = saved;
console.log(inspect({ a: { b: { c: { d: 1 } } } }));
for (const bad of [null, 1, 'string', undefined, [], true]) {
  try {
    inspect.defaultOptions = bad;
    console.log('accepted', bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(Object.keys(inspect), Object.getOwnPropertyNames(inspect));
