// compat: env=NODE_DEBUG=net*,HTTP,a.b
// NODE_DEBUG entries are case-insensitive and `*` matches any characters.
const util = require('util');

for (const section of ['net', 'net2', 'network', 'NET_x', 'http', 'HTTP', 'http2', 'ne', 'a.b',
  'axb', 'tls']) {
  console.log(section, util.debuglog(section).enabled);
}
