'use strict';
// Strings of every internal shape reach the binding: flat 8-bit and 16-bit strings (a
// 16-bit one may hold only ASCII), concatenations and slices (which the engine may keep
// unflattened), String objects and other values converted by the caller. Each is written
// with Buffer.from, buf.write, byteLength, fill and indexOf in every encoding, at sizes
// around the 64-character point where short strings are handled in JavaScript.

const encodings = ['utf8', 'latin1', 'ascii', 'binary', 'ucs2', 'utf16le', 'hex', 'base64',
  'base64url'];

function hash(buf) {
  let h = 0;
  for (let i = 0; i < buf.length; i++) h = (Math.imul(h, 31) + buf[i]) >>> 0;
  return `${buf.length}:${h.toString(16)}`;
}

function show(label, s) {
  const row = [];
  for (const enc of encodings) {
    const b = Buffer.from(s, enc);
    const w = Buffer.alloc(b.length + 3, 0xee);
    const written = w.write(s, 1, enc);
    const part = Buffer.alloc(5, 0xee);
    const partWritten = part.write(s, 1, 3, enc);
    row.push(`${enc}=${hash(b)}/${Buffer.byteLength(s, enc)}/${written}:${hash(w)}` +
      `/${partWritten}:${part.toString('hex')}`);
  }
  console.log(label, s.length, row.join(' '));
}

function sized(base, n) {
  let s = '';
  while (s.length < n) s += base;
  return s.slice(0, n);
}

const wideAscii = String.fromCharCode(...Array.from({ length: 70 }, (_, i) => 97 + i % 26));
const samples = {
  empty: '',
  ascii: 'hello world',
  latin1: 'caf\u00e9 na\u00efve \u00ff\u0080',
  wide: 'snow \u2603 and \u20ac euro',
  emoji: 'smile \u{1F600}!',
  loneHigh: 'a\ud800b',
  loneLow: 'a\udc00b',
  endHigh: 'abc\ud83d',
  hexish: '0123456789abcdefABCDEFxyz',
  b64: 'aGVsbG8gd29ybGQ=',
  b64url: 'aGVsbG8_d29-bGQ',
  b64space: ' aGVs\nbG8g d29y\tbGQ ',
  b64nopad: 'aGVsbG8gd29ybGQ',
  b64inner: 'aGVs=bG8=',
};
for (const [name, s] of Object.entries(samples)) show(name, s);

for (const n of [63, 64, 65, 200]) {
  show(`ascii-${n}`, sized('abcdefghij', n));
  show(`latin1-${n}`, sized('\u00e9a\u00ffz', n));
  show(`wide-${n}`, sized('\u2603ab', n));
  show(`lone-${n}`, sized('ab\ud83d', n));
  // A concatenation, used straight away, and a slice of a longer string.
  const left = sized('xy', n >> 1);
  show(`rope-${n}`, left + sized('\u00e9', n - left.length));
  show(`slice-${n}`, sized('0123456789', n + 20).slice(10, 10 + n));
  // 16-bit strings whose characters are all ASCII.
  show(`wide-ascii-${n}`, wideAscii.slice(0, Math.min(n, 70)) + sized('\u2603', 1).slice(1));
}

// Non-string values the caller converts, and String objects.
console.log(Buffer.from(new String('boxed \u00e9')).toString('hex'));
console.log(Buffer.from(new String('aGk='), 'base64').toString());
const b = Buffer.alloc(12);
console.log(b.write('\u00e9\u00e9\u00e9', 'latin1'), b.toString('hex'));
console.log(b.fill(sized('ab\u00e9', 70), 'latin1').toString('hex'));
console.log(b.fill(sized('ab\u2603', 70)).toString('hex'));
console.log(Buffer.from(sized('abc\u00e9', 300), 'latin1').indexOf(sized('c\u00e9ab', 65), 0, 'latin1'));
console.log(Buffer.from(sized('abc\u2603', 300)).indexOf(sized('c\u2603ab', 65)));
console.log(Buffer.from(sized('ab', 100) + 'z', 'latin1').lastIndexOf('abz', undefined, 'latin1'));

// Short and long base64 with whitespace, missing padding and characters of both alphabets.
for (const s of ['QQ', 'QUI', 'QUJD', 'QU JD', 'Q\nU\nJ\nD', 'QUJD=', 'QUJD==', 'QU=JD',
  'QUJD*', '-_-_', '+/+/', sized('QUJD', 400) + '\n', sized('QUJD ', 500), sized('QUJD', 401)]) {
  console.log(JSON.stringify(s.slice(0, 12)), s.length, hash(Buffer.from(s, 'base64')),
    hash(Buffer.from(s, 'base64url')), Buffer.byteLength(s, 'base64'));
}
// base64 text of every length around the pool's half.
for (const n of [3, 4, 5, 63, 64, 65, 3071, 3072, 3073, 4095, 4096, 4097, 6000]) {
  const bytes = Buffer.alloc(n);
  for (let i = 0; i < n; i++) bytes[i] = (i * 37 + 11) & 255;
  const text = bytes.toString('base64');
  const url = bytes.toString('base64url');
  const back = Buffer.from(text, 'base64');
  console.log(n, text.length, url.length, hash(back), back.equals(bytes),
    Buffer.from(url, 'base64url').equals(bytes), Buffer.from(url, 'base64').equals(bytes),
    bytes.toString('base64', 1, n - 1) === bytes.subarray(1, n - 1).toString('base64'));
}

// base64 and hex read a 16-bit character as its low byte, as node's decoders do.
for (const [s, enc] of [['QU\u0141\u0141', 'base64'], ['QUJD\u013d\u0141\u0141', 'base64'],
  ['ab\ud83dab', 'base64'], ['QUJD\u2603QUJD', 'base64'], ['QUJD\u012bQUJD', 'base64'],
  ['QU\u0141\u0141', 'base64url'], ['4\u0131', 'hex'], ['\u0134\u0131ff', 'hex'],
  ['\u0134\u01ff', 'hex']]) {
  const w = Buffer.alloc(8, 0xee);
  console.log(JSON.stringify(s), enc, Buffer.from(s, enc).toString('hex'), Buffer.byteLength(s, enc),
    w.write(s, enc), w.toString('hex'), Buffer.from('QUJDQUJD', 'latin1').indexOf(s, 0, enc),
    fillResult(s, enc));
}

function fillResult(s, enc) {
  try {
    return Buffer.alloc(6).fill(s, enc).toString('hex');
  } catch (e) {
    return `${e.name} ${e.code}`;
  }
}
