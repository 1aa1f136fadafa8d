'use strict';
// Argument validation of addEventListener, removeEventListener and dispatchEvent.
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
const t = new EventTarget();
attempt('add no args', () => t.addEventListener());
attempt('add one arg', () => t.addEventListener('x'));
attempt('remove one arg', () => t.removeEventListener('x'));
attempt('dispatch no args', () => t.dispatchEvent());
attempt('dispatch object', () => t.dispatchEvent({ type: 'x' }));
attempt('dispatch string', () => t.dispatchEvent('x'));
attempt('dispatch null', () => t.dispatchEvent(null));
attempt('listener number', () => t.addEventListener('x', 1));
attempt('listener string', () => t.addEventListener('x', 'str'));
attempt('listener true', () => t.addEventListener('x', true));
attempt('listener symbol', () => t.addEventListener('x', Symbol('s')));
attempt('remove listener number', () => t.removeEventListener('x', 1));
attempt('remove listener null', () => t.removeEventListener('x', null));
attempt('options number', () => t.addEventListener('x', () => {}, 1));
attempt('options string', () => t.addEventListener('x', () => {}, 'str'));
attempt('options symbol', () => t.addEventListener('x', () => {}, Symbol('o')));
attempt('options bigint', () => t.addEventListener('x', () => {}, 1n));
attempt('remove options number', () => t.removeEventListener('x', () => {}, 1));
attempt('signal number', () => t.addEventListener('x', () => {}, { signal: 1 }));
attempt('signal null', () => t.addEventListener('x', () => {}, { signal: null }));
attempt('signal object', () => t.addEventListener('x', () => {}, { signal: {} }));
attempt('symbol type', () => t.addEventListener(Symbol('sym'), () => {}));
attempt('symbol type remove', () => t.removeEventListener(Symbol('sym'), () => {}));
attempt('symbol type, bad listener', () => t.addEventListener(Symbol('sym'), 1));
attempt('bad options before bad listener', () => t.addEventListener('x', 5, 5));
attempt('bad signal before null listener', () => t.addEventListener('x', null, { signal: 5 }));
const aborted = AbortSignal.abort();
attempt('aborted signal skips listener checks', () => t.addEventListener('x', 5, { signal: aborted }));
