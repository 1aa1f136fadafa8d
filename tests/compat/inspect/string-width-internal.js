// compat: node-args=--expose-internals
// getStringWidth (internal/util/inspect) on wide, zero-width and escaped text.
const { getStringWidth } = require('internal/util/inspect');
const samples = ['', 'abc', '\u4e2d\u6587', '\uff21', '\uff76', 'e\u0301', 'a\u200bb', '\u00ad',
  '\u{1F600}', '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', '\u{1F1EF}\u{1F1F5}', '\u{1F44D}\u{1F3FD}',
  '\u2764', '\u2764\ufe0f', '\x1b[31mred\x1b[39m', '\u0000\u0001\u001f', '\u007f\u0080\u009f',
  '\u3000', '\u115f', '\u1160', '\u0e31', '\u{20000}', '\u{2FFFD}', '\u{E0001}', '\ud800', 'a\udc00b',
  '\u0300\u0301', '\u0928\u094d\u0924', '\uac00', '\u1100\u1161', '\u{1D160}', '\u{1D15F}',
  '\u0483', '\u00e9', '\u0130', '\u2e80', '\ua960', '\u{16fe0}', '\u{1f300}', '\u{1fa70}'];
for (const s of samples) {
  console.log(JSON.stringify(s), getStringWidth(s), getStringWidth(s, false));
}
let mixed = '';
for (let cp = 0x2e80; cp < 0x2f00; cp += 7) mixed += String.fromCodePoint(cp);
for (let cp = 0x1f300; cp < 0x1f400; cp += 5) mixed += String.fromCodePoint(cp);
console.log(getStringWidth(mixed));
