'use strict';
// AbortController and AbortSignal members called on the wrong receiver: a null or
// undefined one fails like a property read, another object like a private member check.
function attempt(label, fn) {
  try {
    console.log(label, '->', fn());
  } catch (err) {
    console.log(label, '->', err.name, err.code, err.message);
  }
}

const signalGetter = Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get;
const { abort } = AbortController.prototype;
for (const receiver of [undefined, null, {}, 1, AbortSignal.abort()]) {
  const label = receiver === null ? 'null' : typeof receiver;
  attempt(`abort on ${label}`, () => abort.call(receiver));
  attempt(`signal on ${label}`, () => signalGetter.call(receiver));
}
for (const name of ['aborted', 'reason']) {
  const get = Object.getOwnPropertyDescriptor(AbortSignal.prototype, name).get;
  attempt(`${name} on {}`, () => get.call({}));
  attempt(`${name} on undefined`, () => get.call(undefined));
}
attempt('throwIfAborted on {}', () => AbortSignal.prototype.throwIfAborted.call({}));
attempt('throwIfAborted on live', () => new AbortController().signal.throwIfAborted());
attempt('new AbortSignal', () => new AbortSignal());
attempt('static abort unbound', () => AbortSignal.abort.call(undefined, 5).reason);
attempt('static timeout unbound', () => AbortSignal.timeout.call({}, 1000).aborted);
attempt('static any unbound', () => AbortSignal.any.call(null, []).aborted);
