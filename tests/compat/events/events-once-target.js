'use strict';
// events.once with objects shaped like an EventTarget (addEventListener with
// { once: true }): the resolved value is the listener's arguments.
const EventEmitter = require('events');

class FakeTarget {
  constructor() { this.listeners = new Map(); this.log = []; }
  addEventListener(type, listener, options) {
    this.log.push(['add', type, JSON.stringify(options)]);
    this.listeners.set(type, listener);
  }
  removeEventListener(type, listener, options) {
    this.log.push(['remove', type, options === undefined ? 'undefined' : JSON.stringify(options)]);
    this.listeners.delete(type);
  }
  dispatch(type, ...args) { this.listeners.get(type)?.(...args); }
}

async function main() {
  const t = new FakeTarget();
  const p = EventEmitter.once(t, 'ping');
  t.dispatch('ping', { type: 'ping' }, 'extra');
  console.log(JSON.stringify(await p), JSON.stringify(t.log));
  // 'error' is not listened for on targets.
  const t2 = new FakeTarget();
  const p2 = EventEmitter.once(t2, 'error');
  t2.dispatch('error', 'e');
  console.log(JSON.stringify(await p2), JSON.stringify(t2.log));
}
main();
