'use strict';
// Brand checks and constructor errors of AbortController and AbortSignal.
function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
attempt('new AbortSignal', () => new AbortSignal());
attempt('aborted', () => AbortSignal.prototype.aborted);
attempt('reason', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get
  .call({}));
attempt('throwIfAborted', () => AbortSignal.prototype.throwIfAborted.call({}));
attempt('signal', () => AbortController.prototype.signal);
attempt('abort', () => AbortController.prototype.abort.call({}));
attempt('aborted on EventTarget', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype,
  'aborted').get.call(new EventTarget()));
attempt('subclass of AbortSignal', () => {
  class S extends AbortSignal {}
  return new S();
});
