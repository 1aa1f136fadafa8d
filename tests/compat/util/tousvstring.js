// util.toUSVString: lone surrogates become U+FFFD; pairs are kept.
const util = require('util');

const cases = ['abc', '\ud800', 'a\udc00b', '\ud83d\ude00', '\ude00\ud83d', 'x\ud800\ud800y', '',
  '\ud800\udc00\ud800'];
for (const s of cases) {
  const r = util.toUSVString(s);
  console.log(JSON.stringify(s), JSON.stringify(r), [...r].map((c) => c.codePointAt(0).toString(16)).join(' '));
}
console.log(util.toUSVString(123), util.toUSVString({ toString() { return '\ud800!'; } }) === '\ufffd!');
console.log(util.toUSVString.name, util.toUSVString.length);
try { util.toUSVString(Symbol('s')); } catch (e) { console.log(e.name); }
