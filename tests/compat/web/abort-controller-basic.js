'use strict';
// AbortController.abort(): default reason, the 'abort' event, aborting once.
const ac = new AbortController();
const { signal } = ac;
console.log(signal === ac.signal, signal.aborted, signal.reason, signal instanceof EventTarget);
signal.addEventListener('abort', (e) => {
  console.log('abort event', e.type, e.isTrusted, e.constructor.name, e.cancelable, e.bubbles,
    e.eventPhase, e.target === signal, signal.aborted);
  console.log('reason', signal.reason.name, signal.reason.message, signal.reason.code,
    signal.reason instanceof DOMException, signal.reason instanceof Error);
});
ac.abort();
ac.abort('second call is ignored');
console.log(signal.aborted, signal.reason.name);
const withReason = new AbortController();
withReason.signal.onabort = () => console.log('onabort, reason:', withReason.signal.reason);
withReason.abort('custom');
for (const reason of [undefined, null, 0, '', false, { r: 1 }, new Error('err')]) {
  const c = new AbortController();
  c.abort(reason);
  const r = c.signal.reason;
  console.log(typeof reason, r === reason,
    r instanceof DOMException ? r.name : r instanceof Error ? r.message : r);
}
const listenerAfter = new AbortController();
listenerAfter.abort();
listenerAfter.signal.addEventListener('abort', () => console.log('never: already aborted'));
console.log('listener added after abort is not called');
console.log(AbortController.length, AbortSignal.length, AbortSignal.abort.length,
  AbortSignal.timeout.length, AbortSignal.any.length);
