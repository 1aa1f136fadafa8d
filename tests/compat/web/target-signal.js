'use strict';
// The signal option removes the listener when the signal aborts.
const { getEventListeners } = require('events');
const target = new EventTarget();
const ac = new AbortController();
const h = () => console.log('h');
target.addEventListener('sig', h, { signal: ac.signal });
target.addEventListener('sig', { handleEvent() { console.log('obj'); } },
                        { signal: ac.signal, once: true });
console.log(getEventListeners(target, 'sig').length);
target.dispatchEvent(new Event('sig'));
ac.abort();
target.dispatchEvent(new Event('sig'));
console.log(getEventListeners(target, 'sig').length);
target.addEventListener('sig', h, { signal: ac.signal });
console.log('not added with an aborted signal', getEventListeners(target, 'sig').length);
target.addEventListener('sig', h, { signal: AbortSignal.abort() });
console.log(getEventListeners(target, 'sig').length);

// The abort listener a signal gets per registration.
const ac2 = new AbortController();
const t2 = new EventTarget();
t2.addEventListener('a', h, { signal: ac2.signal });
console.log(getEventListeners(ac2.signal, 'abort').length);
t2.removeEventListener('a', h);
console.log(getEventListeners(ac2.signal, 'abort').length);
t2.addEventListener('a', h, { signal: ac2.signal });
t2.addEventListener('a', h, { signal: ac2.signal });
console.log(getEventListeners(ac2.signal, 'abort').length, getEventListeners(t2, 'a').length);
ac2.signal.addEventListener('abort', () => console.log('user abort listener'));
ac2.abort();
console.log(getEventListeners(t2, 'a').length);

// A listener that stops the abort event does not keep registrations alive.
const ac3 = new AbortController();
const t3 = new EventTarget();
ac3.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
t3.addEventListener('z', h, { signal: ac3.signal });
ac3.abort();
console.log('after stopImmediatePropagation on abort', getEventListeners(t3, 'z').length);
