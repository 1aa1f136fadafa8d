// The fast paths of Buffer, TextEncoder/TextDecoder and URL (engine base64/hex decoders
// with a lenient fallback, pooled single-pass writes, typed array copies, first-byte
// search, scratch encoding): their results must be node's on both sides of every switch.
const crypto = require('crypto');
const md5 = (b) => crypto.createHash('md5').update(b).digest('hex');
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, typeof r === 'string' && r.length > 80 ? `${r.length}:${md5(r)}` :
      Buffer.isBuffer(r) || r instanceof Uint8Array ?
        `${r.length}:${r.length > 40 ? md5(r) : Buffer.from(r).toString('hex')}` : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};

// Base64 and hex decoding: small (pooled) and large inputs, strict text and text only the
// lenient decoder accepts (whitespace, url alphabet in base64, junk, data after padding).
const bytes = Buffer.alloc(9000);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + (i >> 5)) & 255;
for (const n of [1, 2, 3, 100, 3000, 3072, 4095, 4096, 9000]) {
  const b = bytes.subarray(0, n);
  const b64 = b.toString('base64');
  const url = b.toString('base64url');
  const hex = b.toString('hex');
  show(`base64 ${n}`, () => Buffer.from(b64, 'base64'));
  show(`base64 nopad ${n}`, () => Buffer.from(b64.replace(/=+$/, ''), 'base64'));
  show(`base64 spaced ${n}`, () => Buffer.from(b64.replace(/(.{76})/g, '$1\r\n'), 'base64'));
  show(`base64 as url ${n}`, () => Buffer.from(b64, 'base64url'));
  show(`base64url ${n}`, () => Buffer.from(url, 'base64url'));
  show(`base64url as base64 ${n}`, () => Buffer.from(url, 'base64'));
  show(`base64 junk ${n}`, () => Buffer.from(`${b64.slice(0, 10)}*${b64.slice(10)}`, 'base64'));
  show(`base64 after pad ${n}`, () => Buffer.from(`${b64}QUJD`, 'base64'));
  show(`base64 non-latin1 ${n}`, () => Buffer.from(`${b64}\u2603`, 'base64'));
  show(`hex ${n}`, () => Buffer.from(hex, 'hex'));
  show(`hex upper ${n}`, () => Buffer.from(hex.toUpperCase(), 'hex'));
  show(`hex odd ${n}`, () => Buffer.from(`${hex}a`, 'hex'));
  show(`hex bad late ${n}`, () => Buffer.from(`${hex.slice(0, -2)}zz`, 'hex'));
  show(`toString base64 ${n}`, () => b.toString('base64', 1, n - 1));
  show(`toString base64url ${n}`, () => b.subarray(1).toString('base64url', 1));
}

// Consecutive pooled results must not overlap.
{
  const a = Buffer.from('QUJDREVGR0g=', 'base64');
  const h = Buffer.from('00112233445566', 'hex');
  const u = Buffer.from('h\u00e9llo w\u00f6rld \u2603 \ud83d\ude00 and a lone \ud800 end');
  const l = Buffer.from('caf\u00e9 latin1 \u00ff', 'latin1');
  const s = Buffer.from('x'.repeat(1200));
  console.log(a.toString(), h.toString('hex'), u.toString('hex'), l.toString('hex'), s.length);
  console.log(Buffer.from('\ud83d', 'utf8'), Buffer.from('a\udc00b', 'utf8'));
}

// Buffer.concat: whole parts, a total length that cuts a part, longer totals.
{
  const parts = [];
  for (let i = 0; i < 50; i++) parts.push(Buffer.alloc(i * 3, i));
  parts.push(new Uint8Array([9, 8, 7]), bytes.subarray(5, 300));
  for (const len of [undefined, 0, 1, 100, 2000, 3970, 3975, 5000]) {
    show(`concat ${len}`, () => Buffer.concat(parts, len));
  }
  const self = Buffer.from('0123456789abcdef');
  self.copy(self, 2, 0, 10);
  console.log('overlapping copy', self.toString());
  const big = Buffer.from('x'.repeat(100) + 'ABCDEFGHIJ'.repeat(10));
  big.copy(big, 5, 90, 190);
  console.log('overlapping copy big', md5(big));
}

// indexOf: rare first bytes, dense first bytes (many false candidates), needle at the end.
{
  const hay = Buffer.from('ab'.repeat(5000) + 'abc' + 'a'.repeat(3000) + 'aab');
  for (const needle of ['abc', 'aab', 'aaab', 'abd', 'b', 'ba', 'c', hay.toString().slice(-50)]) {
    console.log('indexOf', needle.length, hay.indexOf(needle), hay.indexOf(Buffer.from(needle)),
                hay.lastIndexOf(needle), hay.indexOf(needle, 10001), hay.includes(needle, 13005));
  }
}

// TextEncoder (scratch path below 16 Ki characters, external memory above), TextDecoder.
{
  const te = new TextEncoder();
  for (const s of ['', 'ascii only', 'x'.repeat(16384), 'x'.repeat(16385), '\u00e9'.repeat(6000),
    '\ud800 lone', '\ud83d\ude00'.repeat(9000), 'end \udbff']) {
    show(`encode ${s.length}`, () => te.encode(s));
  }
  const td = new TextDecoder();
  const bom = Buffer.from('\ufeffhello');
  console.log(td.decode(bom), td.decode(bom).length, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bom).length);
  console.log(td.decode(Buffer.from([0xe2, 0x82])), td.decode(new Uint8Array(0)) === '', td.decode());
  console.log(td.decode(Buffer.from([0xef, 0xbb]), { stream: true }), td.decode(Buffer.from([0xbf, 0x41])));
}

// URL: 8-bit and 16-bit inputs and bases, the base cache, an href equal to its input.
{
  const base16 = 'https://b\u00fccher.example/dir/page';
  const base8 = 'https://example.com/dir/page';
  for (const input of ['x', '../y?q=1#h', 'https://example.com/', 'HTTP://EX.com/a/./b',
    '\u00e9t\u00e9', '  \t https://a.b/c d  ']) {
    for (const base of [undefined, base8, base16, base8]) {
      show(`URL ${JSON.stringify(input)} ${base ? base.length : '-'}`,
           () => new URL(input, base).href);
    }
  }
  console.log(URL.canParse('x', base16), URL.canParse('x'), URL.canParse('https://a'));
}
