'use strict';
// The web-platform globals: present, lazily defined, replaceable.
for (const name of ['Event', 'EventTarget', 'CustomEvent', 'AbortController', 'AbortSignal',
  'DOMException', 'structuredClone']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], d.enumerable, d.configurable, globalThis[name].name);
}
console.log(Object.keys(globalThis).includes('structuredClone'),
  Object.keys(globalThis).includes('Event'));
const original = globalThis.Event;
globalThis.Event = 'replaced';
console.log(Event);
globalThis.Event = original;
console.log(new Event('x').type);
const events = require('events');
console.log(new AbortController().signal instanceof EventTarget,
  new EventTarget() instanceof events.EventEmitter);
