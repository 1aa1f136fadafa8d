'use strict';
// A character held from an earlier chunk is completed (or abandoned) before the next one
// starts; lastChar is the whole four-byte holding area; the decoder works without `new`.
const { StringDecoder } = require('string_decoder');
function run(enc, hexChunks) {
  const d = new StringDecoder(enc);
  const out = [];
  for (const h of hexChunks) out.push([d.write(Buffer.from(h, 'hex')), d.lastNeed, d.lastTotal]);
  out.push(d.end());
  console.log(enc, hexChunks.join('|'), JSON.stringify(out));
}
run('utf8', ['f4', 'bd', 'e5']);
run('utf8', ['f4bde5']);
run('utf8', ['e2', '8241']);
run('utf8', ['f69b', 'd1']);
run('utf8', ['e1']);
run('utf8', ['e18b']);
for (const lead of ['c0', 'c1', 'f5', 'f7', 'f8', 'ff', '80', 'e0']) run('utf8', [lead]);
run('utf16le', ['3d', 'd8', '41', '00']);
run('utf16le', ['3dd8', '4d', 'dc']);
run('utf16le', ['3dd8']);
run('utf16le', ['3dd8', '4d']);
run('utf16le', ['3dd84d']);
run('base64', ['3d', 'd8', '4100']);
run('base64url', ['ff', 'ee', 'dd', 'cc']);
const d = new StringDecoder('utf8');
d.write(Buffer.from('e1', 'hex'));
console.log(d.lastChar.length, d.lastChar.toString('hex'));
const plain = {};
StringDecoder.call(plain, 'hex');
console.log(plain.encoding, typeof StringDecoder, StringDecoder.length);
console.log(Object.keys(StringDecoder.prototype));
console.log(StringDecoder.prototype.write.call(plain, Buffer.from('ab', 'hex')));
try {
  StringDecoder.call({}, 'bogus');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
