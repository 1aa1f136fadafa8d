// compat: env=NODE_DEBUG=cbtest
// The callback runs once, on the first call, with the section's implementation.
const util = require('util');

process.stderr.write = (chunk) => {
  console.log('stderr:', JSON.stringify(String(chunk).replace(String(process.pid), 'PID')));
  return true;
};
let calls = 0;
let impl;
const log = util.debuglog('cbtest', (fn) => { calls++; impl = fn; });
console.log('before', calls);
console.log('enabled', log.enabled, calls);
log('first');
log('second');
console.log('after', calls, typeof impl, impl.name);
impl('direct call');
