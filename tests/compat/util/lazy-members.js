// Lazily loaded util members can be replaced by assignment.
const util = require('util');

const original = util.parseArgs;
console.log(typeof original, original.name);
util.parseArgs = 'replaced';
const d = Object.getOwnPropertyDescriptor(util, 'parseArgs');
console.log(util.parseArgs, d.value, d.writable, d.enumerable, d.configurable);
console.log(typeof util.MIMEType, util.MIMEType === util.MIMEType);
console.log(typeof util.aborted, util.aborted === util.aborted);
util.MIMEParams = 1;
console.log(util.MIMEParams);
