'use strict';
// addEventListener / dispatchEvent: `this`, event state during and after dispatch, the
// return value.
const target = new EventTarget();
const log = [];
let seen;
function first(e) {
  seen = e;
  log.push(['first', this === target, e.target === target, e.currentTarget === target,
    e.srcElement === target, e.eventPhase, e.composedPath().length]);
}
function second(e) {
  // node no longer counts the event as being dispatched once a listener returned.
  log.push(['second', this === target, e.target === target, e.currentTarget, e.eventPhase,
    e.composedPath().length]);
}
target.addEventListener('x', first);
target.addEventListener('x', second);
const event = new Event('x');
console.log('result', target.dispatchEvent(event));
for (const entry of log) console.log(JSON.stringify(entry));
console.log('after', seen === event, event.target === target, event.currentTarget,
  event.eventPhase, event.composedPath());
console.log('no listeners', target.dispatchEvent(new Event('nothing')));
const arrow = new EventTarget();
arrow.addEventListener('y', function() { console.log('function this', this === arrow); });
arrow.addEventListener('y', () => console.log('arrow listener'));
arrow.dispatchEvent(new Event('y'));
console.log('redispatch');
arrow.dispatchEvent(new Event('y'));
console.log(arrow.dispatchEvent(new Event('y')) === true);
