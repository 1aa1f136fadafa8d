'use strict';
// The options form: new DOMException(message, { name, cause }).
const c = new DOMException('m', { name: 'DataError', cause: 1 });
console.log(c.name, c.code, c.cause);
const d = Object.getOwnPropertyDescriptor(c, 'cause');
console.log(d.value, d.writable, d.enumerable, d.configurable);
const noName = new DOMException('m', {});
console.log(JSON.stringify(noName.name), noName.code, 'cause' in noName);
const undefCause = new DOMException('m', { name: 'AbortError', cause: undefined });
console.log(undefCause.name, undefCause.code, 'cause' in undefCause, undefCause.cause);
const inherited = new DOMException('m', Object.create({ name: 'TimeoutError', cause: 'proto' }));
console.log(inherited.name, inherited.code, inherited.cause);
const errCause = new Error('inner');
console.log(new DOMException('outer', { name: 'NetworkError', cause: errCause }).cause === errCause);
console.log(new DOMException('m', null).name, new DOMException('m', ['NotFoundError']).name);
function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn().name);
  } catch (err) {
    console.log(label, err.name, err.message);
  }
}
attempt('symbol message', () => new DOMException(Symbol('x')));
attempt('symbol name', () => new DOMException('m', Symbol('x')));
attempt('symbol name option', () => new DOMException('m', { name: Symbol('x') }));
attempt('name getter', () => new DOMException('m', { get name() { return 'SyntaxError'; } }));
