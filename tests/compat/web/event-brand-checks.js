'use strict';
// Event members called on other objects throw ERR_INVALID_THIS (isTrusted does not).
function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
for (const key of ['target', 'currentTarget', 'srcElement', 'type', 'cancelable',
  'defaultPrevented', 'timeStamp', 'returnValue', 'bubbles', 'composed', 'eventPhase',
  'cancelBubble', 'isTrusted']) {
  const get = Object.getOwnPropertyDescriptor(Event.prototype, key).get;
  attempt(`get ${key}`, () => get.call({}));
}
for (const key of ['composedPath', 'stopPropagation', 'stopImmediatePropagation',
  'preventDefault']) {
  attempt(key, () => Event.prototype[key].call({}));
}
attempt('set cancelBubble', () =>
  Object.getOwnPropertyDescriptor(Event.prototype, 'cancelBubble').set.call({}, true));
attempt('initEvent', () => Event.prototype.initEvent.call({}, 'x'));
attempt('detail', () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get
  .call(new Event('x')));
attempt('Event.prototype.type', () => Event.prototype.type);
for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  attempt(key, () => EventTarget.prototype[key].call({}, 'x', () => {}));
}
attempt('dispatch on Event', () => EventTarget.prototype.dispatchEvent.call(new Event('x'),
  new Event('x')));
const inspect = Symbol.for('nodejs.util.inspect.custom');
attempt('Event inspect', () => Event.prototype[inspect].call({}, 1, {}));
attempt('EventTarget inspect', () => EventTarget.prototype[inspect].call({}, 1, {}));
