// Strings written in every encoding arrive as node encodes them; writev (cork) mixes
// buffers and strings of several encodings.
const net = require('net');
const { listen, guard } = require('./_helpers');
guard();

const cases = [
  ['utf8', 'h\u00e9\u20ac\ud83d\ude00'],
  ['utf-8', 'abc'],
  ['latin1', 'h\u00e9\u0100'],
  ['binary', '\u00ff\u00fe'],
  ['ascii', 'ab\u00e9\u20ac'],
  ['ucs2', 'h\u00e9\u20ac'],
  ['utf16le', 'AB'],
  ['hex', '00ff10'],
  ['base64', 'aGVsbG8='],
  ['base64url', 'aGVsbG8_'],
  ['utf8', 'lone \ud800 surrogate'],
  ['utf8', ''],
];

const server = net.createServer((sock) => {
  const chunks = [];
  sock.on('data', (d) => chunks.push(d));
  sock.on('end', () => {
    const all = Buffer.concat(chunks);
    console.log('server got', all.length, 'bytes');
    // Records are length-prefixed by the client's plan; print them one by one.
    let off = 0;
    for (const [enc, str] of plan) {
      const n = Buffer.byteLength(str, enc);
      console.log(enc.padEnd(9), all.subarray(off, off + n).toString('hex'));
      off += n;
    }
    console.log('corked part', all.subarray(off).toString('hex'));
    server.close();
  });
});

const plan = cases;
listen(server).then(() => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    for (const [enc, str] of cases) c.write(str, enc);
    c.cork();
    c.write(Buffer.from([1, 2]));
    c.write('\u00e9', 'latin1');
    c.write('\u00e9', 'utf8');
    c.write('ff', 'hex');
    c.write('\u20ac', 'ucs2');
    process.nextTick(() => {
      c.uncork();
      c.end();
    });
  });
});
