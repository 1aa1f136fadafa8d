// StringDecoder: every encoding, inputs split at every byte boundary and fed byte by
// byte, with the decoder's lastNeed/lastTotal after each write.
const { StringDecoder } = require('string_decoder');
const inputs = [
  [0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x42],
  [0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde],
  [0xc3, 0x41, 0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0x41],
  [0x80, 0xbf, 0xc0, 0x80, 0xc1, 0xbf, 0xf5, 0x80, 0x80, 0x80, 0xf8, 0x88],
  [0xed, 0xa0, 0x80, 0xed, 0xbf, 0xbf, 0xef, 0xbf, 0xbf, 0xf4, 0x8f, 0xbf, 0xbf, 0xf4, 0x90, 0x80, 0x80],
  [0xe0, 0x80, 0x80, 0xe0, 0xa0, 0x80, 0xf0, 0x80, 0x80, 0x80, 0xf0, 0x90, 0x80, 0x80],
  [0x00, 0xd8, 0x00, 0xdc, 0x00, 0xdc, 0x00, 0xd8, 0x41],
  [0x01, 0x02, 0x03, 0x04, 0x05, 0xfb, 0xff, 0xfe],
];
const encodings = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
const st = (d) => `${d.lastNeed}/${d.lastTotal}`;
for (const enc of encodings) {
  for (const bytes of inputs) {
    const whole = new StringDecoder(enc);
    const expect = whole.write(Buffer.from(bytes)) + whole.end();
    const lines = [];
    for (let cut = 0; cut <= bytes.length; cut++) {
      const d = new StringDecoder(enc);
      const a = d.write(Buffer.from(bytes.slice(0, cut)));
      const sa = st(d);
      const b = d.write(Buffer.from(bytes.slice(cut)));
      const sb = st(d);
      const e = d.end();
      const joined = a + b + e;
      lines.push(`${cut}:${JSON.stringify(a)}[${sa}]${JSON.stringify(b)}[${sb}]${JSON.stringify(e)}${joined === expect ? '' : ' DIFFERS'}`);
    }
    console.log(enc, Buffer.from(bytes).toString('hex'), JSON.stringify(expect));
    console.log(' ', lines.join(' '));
    const d = new StringDecoder(enc);
    const parts = bytes.map((x) => `${JSON.stringify(d.write(Buffer.from([x])))}[${st(d)}]`);
    parts.push(JSON.stringify(d.end()));
    console.log('  bytewise', parts.join(''));
  }
}
