// compat: env=NODE_DEBUG=a+b, c,d?e,(x),[y]
// NODE_DEBUG entries are literal apart from `*`: regex characters do not act, and
// spaces are part of the name.
const util = require('util');

for (const section of ['a+b', 'aab', 'ab', 'c', ' c', 'd?e', 'de', 'dxe', '(x)', 'x', '[y]', 'y']) {
  console.log(JSON.stringify(section), util.debuglog(section).enabled);
}
