'use strict';
// Every method that takes a listener rejects non-functions with ERR_INVALID_ARG_TYPE.
const EventEmitter = require('events');

const e = new EventEmitter();
const methods = ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener',
  'removeListener', 'off'];
for (const method of methods) {
  for (const bad of [undefined, null, 0, 'fn', {}, [], Symbol('x'), 1n, true]) {
    try {
      e[method]('event', bad);
      console.log(method, 'accepted', typeof bad);
    } catch (err) {
      console.log(method, err.name, err.code, err.message);
    }
  }
}
// Classes and bound functions are functions.
class K {}
e.on('k', K);
e.on('k', function () {}.bind(null));
e.on('k', async () => {});
e.on('k', function* gen() {});
console.log(e.listenerCount('k'));
