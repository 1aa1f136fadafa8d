'use strict';
// How structuredClone() reads an Error: its name is read and converted to a string (which
// can throw, and picks the clone's prototype), message and cause count only as own data
// properties (getters are not run), and a symbol name or message throws a TypeError.
function attempt(label, make) {
  try {
    const copy = structuredClone(make());
    console.log(label, copy.constructor.name, copy.name, JSON.stringify(copy.message),
                'cause' in copy ? ['cause', copy.cause] : 'no cause',
                Object.getOwnPropertyNames(copy).filter((key) => key !== 'stack').sort());
  } catch (err) {
    console.log(label, 'throws', err.constructor.name, err.name, err.code, err.message);
  }
}

function error(fields, Ctor = Error) {
  const err = new Ctor('original');
  for (const key of Object.keys(fields)) {
    Object.defineProperty(err, key, { ...fields[key], configurable: true });
  }
  return err;
}

attempt('plain', () => new Error('m', { cause: { deep: [1] } }));
attempt('name string', () => error({ name: { value: 'URIError' } }));
attempt('name number', () => error({ name: { value: 5 } }));
attempt('name object', () => error({ name: { value: { toString: () => 'RangeError' } } }));
attempt('name getter', () => error({ name: { get: () => 'SyntaxError' } }));
attempt('name throws', () => error({ name: { get() { throw new URIError('from name'); } } }));
attempt('name toString throws',
        () => error({ name: { value: { toString() { throw new EvalError('tostring'); } } } }));
attempt('name symbol', () => error({ name: { value: Symbol('n') } }));
attempt('name undefined', () => error({ name: { value: undefined } }, TypeError));
attempt('name unknown', () => error({ name: { value: 'AggregateError' } }, TypeError));
attempt('message number', () => error({ message: { value: 42 } }));
attempt('message object', () => error({ message: { value: { toString: () => 'converted' } } }));
attempt('message symbol', () => error({ message: { value: Symbol('m') } }));
attempt('message getter', () => error({ message: { get: () => 'not read' } }));
attempt('message removed', () => {
  const err = new Error('gone');
  delete err.message;
  return err;
});
attempt('cause getter', () => error({ cause: { get() { throw new Error('not run'); } } }));
attempt('cause data', () => error({ cause: { value: 'kept', enumerable: false } }));
attempt('cause undefined', () => new Error('m', { cause: undefined }));
attempt('cause inherited', () => Object.create(new Error('proto', { cause: 1 })));
attempt('cause function', () => new Error('m', { cause() {} }));
// The name is converted before the message: with both bad, the name's error wins.
attempt('both bad', () => error({
  name: { value: Symbol('first') },
  message: { value: { toString() { throw new Error('second'); } } },
}));
