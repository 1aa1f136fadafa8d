// punycode: encode/decode/toASCII/toUnicode/ucs2 on edge cases and their errors.
// node:punycode is deprecated (DEP0040); the warning goes to stderr, not compared here.
const punycode = require('punycode');
const util = require('util');
function t(label, fn) {
  try {
    console.log(label, util.inspect(fn()));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, String(e), e.constructor === RangeError);
  }
}
const strings = ['', 'a', 'A', '-', '--', 'a-', '-a', 'ABC-def', '\u00fc', '\u00dc', 'B\u00dcCHER', '\u00fcber-', '-\u00fc', '\ud83d\ude00', '\ud83d\ude00\ud83d\ude01a',
  '\ud800', '\udc00', 'a\ud800b', '\u0000', '\u007f', '\u0080', '\uffff', '\u{10ffff}', '\u{10000}', 'a'.repeat(100), '\u00e9'.repeat(50), '\u4e2d\u6587', '\u0645\u0631\u062d\u0628\u0627', '123', ' ', 'a b', 'xn--', 'XN--abc'];
for (const s of strings) {
  t(`encode ${JSON.stringify(s)}`, () => punycode.encode(s));
  t(`toASCII ${JSON.stringify(s)}`, () => punycode.toASCII(s));
  t(`toUnicode ${JSON.stringify(s)}`, () => punycode.toUnicode(s));
  t(`ucs2.decode ${JSON.stringify(s)}`, () => punycode.ucs2.decode(s));
}
const encoded = ['', 'a', 'a-', '-', '--', 'abc-', 'bcher-kva', 'BCHER-KVA', 'bcher-KVA', 'tda', 'TDA', 'ls8h', 'LS8H', '-> $1.00 <--', 'a-b-c', 'zz', '99999999', 'zzzzzzzzzz', 'a-zzzzzzzzzz',
  '\u00e9', 'a\u00e9', 'abc\u0080-', 'ab-\u0080', '!', '-!', 'a-!', 'a-9', 'a-a', 'a--', '---', 'ba', 'b', '0', '9', '999999999999', 'wgv71a119e', 'ihqwcrb4cv8a8dqg056pqjye', 'x'.repeat(200)];
for (const s of encoded) {
  t(`decode ${JSON.stringify(s)}`, () => punycode.decode(s));
}
const domains = ['', '.', '..', 'a.', '.a', 'a..b', 'xn--', 'xn--.com', 'xn--a', 'xn--a-', 'xn--ls8h.la', 'XN--LS8H.LA', 'xN--ls8h', 'xn--zz.com', 'xn--99999999', 'xn--\u00e9',
  'm\u00fcnchen.de', 'M\u00dcNCHEN.DE', 'user@m\u00fcnchen.de', 'a@b@m\u00fcnchen.de', '@', 'm\u00fcnchen\u3002de', 'm\u00fcnchen\uff0ede', 'm\u00fcnchen\uff61de', 'a\u3002\u3002b',
  '\u2603.\u2603', '\ud83d\ude00.com', 'xn--n3h.xn--n3h', 'bad\ud800.com', 'a b.com', 'foo@xn--bcher-kva.de', 'http://m\u00fcnchen.de/path', '\u00df', 'faß.de', 'xn--fa-hia.de'];
for (const d of domains) {
  t(`toASCII ${JSON.stringify(d)}`, () => punycode.toASCII(d));
  t(`toUnicode ${JSON.stringify(d)}`, () => punycode.toUnicode(d));
}
for (const arr of [[], [0x61], [0x1f600], [0xd800], [0xd800, 0xdc00], [0x10ffff], [0x110000], [-1], [1.5], ['a'], [NaN]]) {
  t(`ucs2.encode ${JSON.stringify(arr)}`, () => punycode.ucs2.encode(arr));
}
for (const v of [undefined, null, 5, {}, [], ['a'], true]) {
  t(`encode ${util.inspect(v)}`, () => punycode.encode(v));
  t(`decode ${util.inspect(v)}`, () => punycode.decode(v));
  t(`toASCII ${util.inspect(v)}`, () => punycode.toASCII(v));
  t(`toUnicode ${util.inspect(v)}`, () => punycode.toUnicode(v));
  t(`ucs2.decode ${util.inspect(v)}`, () => punycode.ucs2.decode(v));
  t(`ucs2.encode ${util.inspect(v)}`, () => punycode.ucs2.encode(v));
}
let big = '';
for (let i = 0; i < 2000; i++) big += String.fromCodePoint(0x80 + ((i * 7919) % 0x10ff00));
t('big roundtrip', () => punycode.decode(punycode.encode(big)) === big);
t('big encode length', () => punycode.encode(big).length);
t('overflow', () => punycode.decode('a-' + 'z'.repeat(20)));
t('overflow 2', () => punycode.decode('\u0080'));
t('version', () => punycode.version);
t('keys', () => [Object.keys(punycode), Object.keys(punycode.ucs2)]);
t('same as url.domainToASCII', () => ['m\u00fcnchen.de', 'xn--ls8h.la'].map((d) => [punycode.toASCII(d), require('url').domainToASCII(d)]));
// Decoding to a number past U+10FFFF, and domains with several bad labels (the last
// label's error wins).
for (const s of ['Z059z', '9005Zb900b', 'a-Z900z']) t(`decode ${s}`, () => punycode.decode(s));
for (const d of ['xn--\u00e9.xn---', 'xn---.xn--\u00e9', 'a.xn--Z059z.xn---', '@xn--\u00e9\u3002xn--\u00e9axn--0z5']) t(`toUnicode ${JSON.stringify(d)}`, () => punycode.toUnicode(d));
