'use strict';
// AbortSignal.abort(reason) and throwIfAborted().
const a = AbortSignal.abort();
console.log(a.aborted, a.reason.name, a.reason.message, a.reason.code);
console.log(AbortSignal.abort(undefined).reason.name, AbortSignal.abort(null).reason,
  AbortSignal.abort(5).reason);
try {
  AbortSignal.abort(7).throwIfAborted();
} catch (err) {
  console.log('thrown', err);
}
try {
  AbortSignal.abort().throwIfAborted();
} catch (err) {
  console.log('thrown', err.name, err.message);
}
const reason = new Error('mine');
try {
  AbortSignal.abort(reason).throwIfAborted();
} catch (err) {
  console.log('same object', err === reason);
}
new AbortController().signal.throwIfAborted();
console.log('not aborted: no throw');
const fresh = new AbortController();
fresh.signal.throwIfAborted();
fresh.abort('late');
try {
  fresh.signal.throwIfAborted();
} catch (err) {
  console.log('thrown', err);
}
