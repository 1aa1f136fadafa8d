'use strict';
// setEncoding: multi-byte characters split across chunks, switching with data already
// buffered, the encoding option, hex/base64, and strings pushed with an encoding.
const { Readable } = require('stream');
const { log, fmt, delay } = require('./_helpers');

const euro = Buffer.from('\u20ac');  // 3 bytes
{
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.on('data', (c) => log('utf8 data', fmt(c), c.length));
  r.on('end', () => log('utf8 end'));
  r.push(euro.subarray(0, 1));
  r.push(euro.subarray(1, 2));
  r.push(Buffer.concat([euro.subarray(2), Buffer.from('ab')]));
  r.push(Buffer.from([0xe2, 0x82]));  // incomplete at the end
  r.push(null);
  log('readableEncoding', r.readableEncoding);
}

delay(() => {
  const r = new Readable({ read() {} });
  r.push('hello ');
  r.push(Buffer.from('world'));
  log('before setEncoding length', r.readableLength);
  r.setEncoding('hex');
  log('after setEncoding length', r.readableLength, 'encoding', r.readableEncoding);
  log('read(4)', fmt(r.read(4)));
  log('read()', fmt(r.read()));
}, 10);

delay(() => {
  const r = new Readable({ encoding: 'base64', read() {} });
  r.on('data', (c) => log('b64 data', fmt(c)));
  r.push('ab');
  r.push('cde');
  r.push(null);
}, 20);

delay(() => {
  const r = new Readable({ read() {} });
  r.push('68656c6c6f', 'hex');
  r.push('aGk=', 'base64');
  r.push('latin\u00e9', 'latin1');
  log('pushed with encodings', fmt(r.read()));
  const s = new Readable({ encoding: 'utf8', read() {} });
  s.push('6869', 'hex');
  s.push('plain');
  log('decoded', fmt(s.read()));
  const u = new Readable({ encoding: 'utf8', read() {} });
  u.unshift('front', 'utf8');
  u.unshift('ff', 'hex');
  log('unshift with encodings', fmt(u.read()));
  try {
    new Readable({ read() {} }).setEncoding('nope');
  } catch (err) {
    log('bad encoding', fmt(err));
  }
  const d = new Readable({ read() {}, defaultEncoding: 'hex' });
  d.push('414243');
  log('defaultEncoding hex', fmt(d.read()));
}, 30);
