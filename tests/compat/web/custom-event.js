'use strict';
// CustomEvent: detail defaults to null; it is an Event.
const show = (e) => console.log(e.type, e.detail, e instanceof Event, e instanceof CustomEvent,
  e.bubbles, e.cancelable);
show(new CustomEvent('a'));
show(new CustomEvent('a', { detail: 42, cancelable: true }));
show(new CustomEvent('a', { detail: undefined }));
show(new CustomEvent('a', { detail: null }));
show(new CustomEvent('a', { detail: 0 }));
show(new CustomEvent('a', null));
const payload = { x: 1 };
console.log(new CustomEvent('a', { detail: payload }).detail === payload);
const target = new EventTarget();
target.addEventListener('data', (e) => console.log('got', e.detail, e.constructor.name));
target.dispatchEvent(new CustomEvent('data', { detail: [1, 2, 3] }));
class MyEvent extends CustomEvent {
  constructor(detail) {
    super('my', { detail });
  }
}
const mine = new MyEvent('hello');
console.log(mine.type, mine.detail, Object.prototype.toString.call(mine));
console.log(Object.getOwnPropertyNames(CustomEvent.prototype));
