// compat: env=NODE_DEBUG=*
// NODE_DEBUG=* enables every section.
const util = require('util');

for (const section of ['x', 'http', 'anything-at-all']) {
  console.log(section, util.debuglog(section).enabled);
}
