'use strict';
// new Event(type, options): type conversion, the init dictionary, defaults.
const show = (e) => console.log(JSON.stringify({
  type: e.type, bubbles: e.bubbles, cancelable: e.cancelable, composed: e.composed,
  isTrusted: e.isTrusted, eventPhase: e.eventPhase, defaultPrevented: e.defaultPrevented,
  returnValue: e.returnValue, cancelBubble: e.cancelBubble, target: e.target,
  currentTarget: e.currentTarget, srcElement: e.srcElement, path: e.composedPath(),
}));

show(new Event('foo'));
show(new Event('foo', { bubbles: true, cancelable: true, composed: true }));
show(new Event('foo', { bubbles: 1, cancelable: 'yes', composed: {} }));
show(new Event('foo', { bubbles: 0, cancelable: '', composed: null }));
show(new Event('foo', null));
show(new Event('foo', undefined));
show(new Event(undefined));
show(new Event(null));
show(new Event(12));
show(new Event({ toString() { return 'custom'; } }));
show(new Event(''));
console.log(typeof new Event('x').timeStamp, new Event('x').timeStamp >= 0);
const a = new Event('a');
const b = new Event('b');
console.log(b.timeStamp >= a.timeStamp);
console.log(Object.keys(new Event('x')), JSON.stringify(new Event('x')));
console.log(Object.prototype.toString.call(new Event('x')), String(new Event('x')));
console.log(new Event('x') instanceof Event, Event.length, Event.name);
