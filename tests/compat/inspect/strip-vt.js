// util.stripVTControlCharacters removes terminal escape sequences.
const util = require('util');
const samples = ['\x1b[31mred\x1b[39m', '\x1b[1;2;3mmulti', '\x1b[?25lcursor', '\x9b31mc1 csi',
  '\x1b]8;;http://example.com\x07link\x1b]8;;\x07', '\x1b]0;title\x1b\\after', '\x1b]0;t\x9cafter',
  'no escapes', '\x1b[', 'lone \x1b', '\x1b[38;2;255;0;0mtruecolor\x1b[0m', '\x1b[12345m',
  '\x1bcreset', '\x1b(Bcharset', '\x1b#8', '\x1b[2J\x1b[H', '\x1b[sX\x1b[uY', '\x1b[1xkept'];
for (const s of samples) console.log(JSON.stringify(util.stripVTControlCharacters(s)));
console.log(util.stripVTControlCharacters(util.inspect({ a: [1, 'b'] }, { colors: true })));
for (const bad of [null, 1, undefined, {}]) {
  try {
    util.stripVTControlCharacters(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
