'use strict';
// The shape of Event, CustomEvent and EventTarget: members, enumerability, constants.
function describe(object) {
  for (const key of Reflect.ownKeys(object)) {
    const d = Object.getOwnPropertyDescriptor(object, key);
    const kind = 'value' in d ? `value:${typeof d.value}` :
      `${d.get ? 'get' : ''}${d.set ? 'set' : ''}`;
    console.log(' ', String(key), kind, d.enumerable, d.configurable, 'writable' in d ? d.writable : '-');
  }
}
console.log('Event.prototype');
describe(Event.prototype);
console.log('Event');
describe(Event);
console.log('CustomEvent.prototype');
describe(CustomEvent.prototype);
console.log('EventTarget.prototype (string keys)');
for (const key of Object.getOwnPropertyNames(EventTarget.prototype)) {
  const d = Object.getOwnPropertyDescriptor(EventTarget.prototype, key);
  console.log(' ', key, typeof d.value, d.enumerable);
}
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(new Event('x').NONE, new Event('x').AT_TARGET);
console.log(Object.getPrototypeOf(CustomEvent) === Event,
  Object.getPrototypeOf(CustomEvent.prototype) === Event.prototype);
console.log(EventTarget[Symbol.for('nodejs.event_target')]);
console.log(EventTarget.length, CustomEvent.length, CustomEvent.name);
console.log(EventTarget.prototype.addEventListener.length,
  EventTarget.prototype.removeEventListener.length, EventTarget.prototype.dispatchEvent.length);
const getter = (name) => Object.getOwnPropertyDescriptor(Event.prototype, name).get;
console.log(getter('type').name, getter('isTrusted').name, getter('cancelBubble').name);
console.log(Object.prototype.toString.call(new EventTarget()),
  Object.prototype.toString.call(new CustomEvent('x')));
