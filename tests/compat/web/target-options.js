'use strict';
// Listener options: once, capture (node's remove quirks), passive, boolean options.
const target = new EventTarget();
const f = (e) => console.log('f', e.type);
target.addEventListener('once', f, { once: true });
target.addEventListener('once', f, { once: true });
target.dispatchEvent(new Event('once'));
target.dispatchEvent(new Event('once'));
console.log('--- once truthy');
target.addEventListener('once2', f, { once: 1 });
target.dispatchEvent(new Event('once2'));
target.dispatchEvent(new Event('once2'));
console.log('--- capture true / remove with true (ignored) / remove with {capture:true}');
target.addEventListener('a', f, true);
target.removeEventListener('a', f, true);
target.dispatchEvent(new Event('a'));
target.removeEventListener('a', f, { capture: true });
target.dispatchEvent(new Event('a'));
console.log('--- bubble listener removed by a boolean true');
target.addEventListener('b', f);
target.removeEventListener('b', f, true);
target.dispatchEvent(new Event('b'));
console.log('--- capture truthy value');
target.addEventListener('c', f, { capture: 'yes' });
target.removeEventListener('c', f, { capture: 'yes' });
target.dispatchEvent(new Event('c'));
target.removeEventListener('c', f, { capture: true });
target.dispatchEvent(new Event('c'));
console.log('--- options that are not objects');
for (const options of [false, true, null, undefined, [], () => {}, {}]) {
  const t = new EventTarget();
  t.addEventListener('o', () => console.log('called with', Array.isArray(options) ? 'array' : typeof options));
  t.dispatchEvent(new Event('o'));
}
console.log('--- passive does not stop preventDefault (as in node)');
const p = new EventTarget();
p.addEventListener('p', (e) => {
  e.preventDefault();
  console.log('passive listener', e.defaultPrevented);
}, { passive: true });
console.log(p.dispatchEvent(new Event('p', { cancelable: true })));
console.log('--- once listener removed before it runs');
const r = new EventTarget();
r.addEventListener('r', () => {
  console.log('once runs; dispatching again from inside');
  r.dispatchEvent(new Event('r'));
}, { once: true });
r.dispatchEvent(new Event('r'));
