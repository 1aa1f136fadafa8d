// compat: env=NODE_DEBUG=
// An empty NODE_DEBUG enables nothing (not even the empty section).
const util = require('util');

for (const section of ['', 'x', '*']) console.log(JSON.stringify(section), util.debuglog(section).enabled);
