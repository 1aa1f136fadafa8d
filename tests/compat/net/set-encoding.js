// setEncoding(): multi-byte characters split across chunks are decoded whole; 'hex' and
// 'base64' encodings; readableEncoding.
const net = require('net');
const { listen, guard } = require('./_helpers');
guard();

const text = 'h\u00e9llo \u20ac \ud83d\ude00 end';
const bytes = Buffer.from(text);

function run(encoding) {
  return new Promise((resolve) => {
    const server = net.createServer((sock) => {
      // Send one byte at a time, each in its own write, with pauses.
      let i = 0;
      (function next() {
        if (i === bytes.length) return sock.end();
        sock.write(bytes.subarray(i, i + 1));
        i++;
        setImmediate(next);
      })();
    });
    listen(server).then(() => {
      const c = net.connect(server.address().port, '127.0.0.1');
      c.setEncoding(encoding);
      console.log(encoding, 'readableEncoding', c.readableEncoding);
      let out = '';
      let types = new Set();
      c.on('data', (d) => { out += d; types.add(typeof d); });
      c.on('end', () => {
        console.log(encoding, JSON.stringify(out), [...types].join());
        server.close(resolve);
      });
    });
  });
}

run('utf8').then(() => run('hex')).then(() => run('base64')).then(() => run('latin1'));
