'use strict';
// ERR_EVENT_RECURSION: re-dispatching an event from its first listener. node resets the
// dispatch flag after each listener, so later listeners may re-dispatch it.
const target = new EventTarget();
let depth = 0;
target.addEventListener('r', (e) => {
  try {
    target.dispatchEvent(e);
  } catch (err) {
    console.log(err.name, err.code, err.message, err instanceof Error);
  }
});
target.addEventListener('r', (e) => {
  if (depth++ > 0) return;
  try {
    console.log('nested dispatch returns', target.dispatchEvent(e));
  } catch (err) {
    console.log('unexpected', err.code);
  }
});
target.dispatchEvent(new Event('r'));
const other = new EventTarget();
const shared = new Event('shared');
target.addEventListener('shared', () => {
  try {
    other.dispatchEvent(shared);
  } catch (err) {
    console.log('on another target', err.code, err.message);
  }
});
target.dispatchEvent(shared);
console.log('done');
