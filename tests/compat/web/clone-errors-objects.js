'use strict';
// Error objects: the prototype comes from the name (standard names only); message,
// stack and cause are kept, other properties are not.
function show(label, e) {
  const proto = Object.getPrototypeOf(e);
  const protoName = proto === Error.prototype ? 'Error.prototype' : `${proto.constructor.name}.prototype`;
  console.log(label, protoName, JSON.stringify(e.name), JSON.stringify(e.message),
    Object.getOwnPropertyNames(e).join(','), 'cause' in e ? String(e.cause) : '-',
    typeof e.stack === 'string' ? e.stack.split('\n')[0] : e.stack,
    Object.getOwnPropertyNames(e).map((k) => Object.getOwnPropertyDescriptor(e, k).enumerable).join(','),
    require('util').types.isNativeError(e));
}
show('plain', structuredClone(new Error('m')));
for (const C of [TypeError, RangeError, EvalError, URIError, ReferenceError, SyntaxError]) {
  show(C.name, structuredClone(new C('t')));
}
show('aggregate', structuredClone(new AggregateError([1], 'agg')));
show('cause', structuredClone(new Error('m', { cause: 'why' })));
show('cause undefined', structuredClone(new Error('m', { cause: undefined })));
const custom = new Error('m');
custom.name = 'Custom';
show('custom name', structuredClone(custom));
const named = new Error('m');
named.name = 'TypeError';
show('name TypeError', structuredClone(named));
const extra = new Error('m');
extra.extra = 5;
show('extra', structuredClone(extra));
show('no message', structuredClone(new Error()));
class MyErr extends Error {}
show('subclass', structuredClone(new MyErr('sub')));
class Named extends Error {
  constructor(m) {
    super(m);
    this.name = 'Named';
  }
}
show('subclass named', structuredClone(new Named('sub')));
const stack = new Error('m');
stack.stack = 'custom stack';
show('custom stack', structuredClone(stack));
const numStack = new Error('m');
numStack.stack = 42;
show('number stack', structuredClone(numStack));
const numMessage = new Error('m');
numMessage.message = 42;
show('number message', structuredClone(numMessage));
const swapped = new Error('m');
Object.setPrototypeOf(swapped, TypeError.prototype);
show('prototype swapped', structuredClone(swapped));
const assigned = new Error('m');
assigned.cause = 5;
show('cause assigned', structuredClone(assigned));
const getterMessage = new Error('m');
Object.defineProperty(getterMessage, 'message', { get() { return 'getter msg'; } });
show('getter message', structuredClone(getterMessage));
const nested = structuredClone(new Error('outer', { cause: new TypeError('inner') }));
show('nested cause', nested.cause);
show('created from prototype', structuredClone(Object.create(Error.prototype)));
show('DOMException', structuredClone(new DOMException('dm', 'AbortError')));
try {
  structuredClone(new Error('m', { cause: function f() {} }));
} catch (err) {
  console.log(err.name, err.message);
}
