// compat: stderr
// Without NODE_DEBUG, loggers are disabled; the callback receives the no-op.
const util = require('util');

let received;
const log = util.debuglog('quiet', (impl) => { received = impl; });
console.log(log.enabled, received);
log('not printed');
console.log(typeof received, received.name, received === util.debuglog('other', () => {}) ? 'same' : 'n/a');
const d = Object.getOwnPropertyDescriptor(log, 'enabled');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
console.log(util.debug === util.debuglog);
const again = util.debuglog('quiet', (impl) => console.log('same impl', impl === received));
again('x');
