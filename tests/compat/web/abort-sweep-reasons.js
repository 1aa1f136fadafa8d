'use strict';
// Every kind of abort reason is kept as given (the same value, not a copy) by
// controller.abort, AbortSignal.abort, AbortSignal.any and throwIfAborted; only a missing
// or undefined reason becomes the default AbortError DOMException.
const reasons = [
  ['undefined', undefined], ['null', null], ['0', 0], ['-0', -0], ['NaN', NaN], ['""', ''],
  ['string', 'str'], ['bigint', 1n], ['symbol', Symbol('s')], ['true', true], ['object', {}],
  ['array', []], ['Error', new Error('e')], ['DOMException', new DOMException('d', 'DataError')],
  ['function', () => {}], ['null-proto', Object.create(null)], ['proxy', new Proxy({}, {})],
  ['throwing getter', { get message() { throw new Error('getter'); } }],
];

function describe(value) {
  if (value instanceof DOMException) return `DOMException ${value.name} ${value.code} ${value.message}`;
  return typeof value;
}

for (const [label, reason] of reasons) {
  const c = new AbortController();
  c.abort(reason);
  const fromCtl = c.signal.reason;
  const fromStatic = AbortSignal.abort(reason).reason;
  const fromAny = AbortSignal.any([new AbortController().signal, AbortSignal.abort(reason)]).reason;
  let thrown;
  try {
    AbortSignal.abort(reason).throwIfAborted();
    thrown = 'no throw';
  } catch (err) {
    thrown = Object.is(err, reason) ? 'same' : describe(err);
  }
  console.log(label, Object.is(fromCtl, reason), Object.is(fromStatic, reason),
              Object.is(fromAny, reason), thrown, describe(fromCtl));
}

const c = new AbortController();
c.abort();
console.log('no argument', describe(c.signal.reason));
console.log('static no argument', describe(AbortSignal.abort().reason));
console.log('default reasons differ', AbortSignal.abort().reason !== AbortSignal.abort().reason);
const twice = new AbortController();
twice.abort('first');
twice.abort('second');
console.log('second abort ignored', twice.signal.reason);
