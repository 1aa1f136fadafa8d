// The members of node:util, in node's order (getCallSite(s) and getSystemErrorMessage
// are newer than the oracle).
const util = require('util');

const skip = new Set(['getCallSite', 'getCallSites', 'getSystemErrorMessage']);
console.log(Object.keys(util).filter((k) => !skip.has(k)).join('\n'));
for (const key of ['transferableAbortSignal', 'transferableAbortController', 'aborted',
  'parseArgs', 'TextDecoder', 'TextEncoder', 'MIMEType', 'MIMEParams']) {
  const d = Object.getOwnPropertyDescriptor(util, key);
  console.log(key, typeof d.get, typeof d.set, d.enumerable, d.configurable);
}
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
console.log(require('node:util') === util);
