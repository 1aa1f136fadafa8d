// util.getSystemErrorMap: errno -> [name, message] for every libuv error (samples: the
// exact set depends on the libuv version).
const util = require('util');
const { show } = require('./_show');

const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.size > 70, util.getSystemErrorMap() === map);
for (const n of [-2, -13, -98, -104, -111, -4095, -3008, -22, -32, -110, -17]) {
  console.log(n, show(map.get(n)));
}
let consistent = true;
for (const [errno, [name]] of map) {
  if (typeof errno !== 'number' || errno >= 0 || util.getSystemErrorName(errno) !== name) consistent = false;
}
console.log('consistent', consistent);
console.log(show([...map.keys()].slice(0, 6)));
