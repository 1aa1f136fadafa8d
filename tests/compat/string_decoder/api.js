// StringDecoder: construction, encodings and aliases, argument types, end() with pending
// bytes and reuse after end(), lastChar/lastNeed/lastTotal, text(), and bad `this`.
const { StringDecoder } = require('string_decoder');
const util = require('util');
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : util.inspect(r));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, String(e));
  }
}
for (const enc of [undefined, null, '', 'utf8', 'UTF8', 'utf-8', 'Utf-8', 'ucs2', 'UCS-2', 'utf16le', 'UTF-16LE', 'latin1', 'binary', 'BINARY', 'ascii', 'base64', 'BASE64URL', 'hex', 'HEX',
  'buffer', 'utf16', 'utf-16', 'nope', 0, 5, false, true, {}, [], ['utf8'], { toString() { return 'hex'; } }, Symbol('s')]) {
  t(`new ${util.inspect(enc)}`, () => new StringDecoder(enc).encoding);
}
t('call without new', () => { const o = {}; StringDecoder.call(o, 'hex'); return [o.encoding, Object.keys(o)]; });
t('keys', () => Object.keys(new StringDecoder('utf8')));
t('proto keys', () => Object.keys(StringDecoder.prototype));
t('own names', () => Object.getOwnPropertyNames(StringDecoder.prototype).sort());
t('inspect', () => new StringDecoder('utf8'));
for (const v of [undefined, null, 5, 'str', '', {}, [1, 2], true, new ArrayBuffer(2), new Uint8Array([0x61, 0x62]), new Uint16Array([0x6261]), new Int8Array([-61, -87]), new Float32Array([1]), new DataView(new Uint8Array([0xc3, 0xa9]).buffer), Buffer.from('x'), Buffer.alloc(0)]) {
  t(`write ${util.inspect(v)}`, () => new StringDecoder('utf8').write(v));
  t(`end ${util.inspect(v)}`, () => new StringDecoder('utf8').end(v));
}
t('write string keeps pending', () => { const d = new StringDecoder('utf8'); d.write(Buffer.from([0xe2])); return [d.write('plain'), d.lastNeed, d.end()]; });
t('end string with pending', () => { const d = new StringDecoder('utf8'); d.write(Buffer.from([0xe2, 0x82])); return d.end('s'); });
t('end buffer completing', () => { const d = new StringDecoder('utf8'); d.write(Buffer.from([0xe2, 0x82])); return d.end(Buffer.from([0xac])); });
t('end buffer not completing', () => { const d = new StringDecoder('utf8'); d.write(Buffer.from([0xe2])); return d.end(Buffer.from([0x82])); });
t('reuse after end', () => { const d = new StringDecoder('utf8'); d.write(Buffer.from([0xf0, 0x9f])); const a = d.end(); return [a, d.write(Buffer.from([0x98, 0x80])), d.end(), d.lastNeed, d.lastTotal]; });
t('end twice', () => { const d = new StringDecoder('utf16le'); d.write(Buffer.from([0x3d, 0xd8])); return [d.end(), d.end()]; });
t('utf16 odd end', () => { const d = new StringDecoder('utf16le'); return [d.write(Buffer.from([0x41, 0x00, 0x42])), d.lastNeed, d.lastTotal, d.end()]; });
t('utf16 high surrogate end', () => { const d = new StringDecoder('utf16le'); return [d.write(Buffer.from([0x3d, 0xd8])), d.lastNeed, d.lastTotal, d.end()]; });
t('base64 end pending', () => { const d = new StringDecoder('base64'); return [d.write(Buffer.from([1, 2, 3, 4])), d.lastNeed, d.lastTotal, d.end()]; });
t('base64url end pending', () => { const d = new StringDecoder('base64url'); return [d.write(Buffer.from([0xfb])), d.end()]; });
t('hex', () => { const d = new StringDecoder('hex'); return [d.write(Buffer.from([1])), d.lastNeed, d.end()]; });
for (const enc of ['utf8', 'utf16le', 'base64', 'hex', 'latin1']) {
  t(`fields ${enc}`, () => {
    const d = new StringDecoder(enc);
    const r = [d.lastNeed, d.lastTotal, d.lastChar.length, Buffer.isBuffer(d.lastChar)];
    d.write(Buffer.from([0xf0]));
    r.push(d.lastNeed, d.lastTotal, Buffer.from(d.lastChar).toString('hex'));
    d.write(Buffer.from([0x9f]));
    r.push(d.lastNeed, d.lastTotal, Buffer.from(d.lastChar).toString('hex'));
    d.end();
    r.push(d.lastNeed, d.lastTotal);
    return r;
  });
}
t('lastChar descriptor', () => { const p = Object.getOwnPropertyDescriptor(StringDecoder.prototype, 'lastChar'); return [typeof p.get, p.set, p.enumerable, p.configurable]; });
t('text', () => { const d = new StringDecoder('utf8'); return d.text(Buffer.from('h\u00e9llo'), 1); });
t('text offset past end', () => new StringDecoder('utf8').text(Buffer.from('abc'), 10));
t('write on plain object', () => StringDecoder.prototype.write.call({}, Buffer.from('a')));
t('end on plain object', () => StringDecoder.prototype.end.call({}, Buffer.from('a')));
t('end on plain object no arg', () => StringDecoder.prototype.end.call({}));
t('lastNeed on plain object', () => Object.getOwnPropertyDescriptor(StringDecoder.prototype, 'lastNeed').get.call({}));
t('text on plain object', () => StringDecoder.prototype.text.call({}, Buffer.from('a'), 0));
const big = Buffer.from('\u00e9\u20ac\ud83d\ude00'.repeat(30000));
t('big chunked', () => {
  const d = new StringDecoder('utf8');
  let s = '';
  for (let i = 0; i < big.length; i += 1000) s += d.write(big.subarray(i, i + 1000));
  s += d.end();
  return s === big.toString();
});
t('big utf16 chunked', () => {
  const src = Buffer.from('\u00e9\ud83d\ude00'.repeat(20000), 'utf16le');
  const d = new StringDecoder('utf16le');
  let s = '';
  for (let i = 0; i < src.length; i += 333) s += d.write(src.subarray(i, i + 333));
  return s + d.end() === src.toString('utf16le');
});
t('big base64 chunked', () => {
  const d = new StringDecoder('base64');
  let s = '';
  for (let i = 0; i < big.length; i += 1001) s += d.write(big.subarray(i, i + 1001));
  return s + d.end() === big.toString('base64');
});
