'use strict';
// crypto Hash and Hmac objects are Transform streams: written or piped data is hashed and
// the digest comes out at the end; digest() before or after the stream's end, and Hmac's
// empty digest once the stream produced it.
const crypto = require('crypto');
const { Readable, Transform, pipeline } = require('stream');

const h = crypto.createHash('sha256');
console.log(h instanceof Transform, Object.keys(h));
Readable.from(['ab', Buffer.from('c')]).pipe(h)
  .on('data', (d) => console.log('data', d.toString('hex').slice(0, 16)));
// The first digest() after the end returns the digest, the next one throws.
h.on('finish', () => {
  try {
    h.digest('hex');
  } catch (e) {
    console.log('finish digest', e.code);
  }
});
h.on('end', () => {
  try {
    h.digest();
  } catch (e) {
    console.log(e.code);
  }
});

const m = crypto.createHmac('sha1', 'k');
m.end('abc');
m.on('readable', () => {
  const d = m.read();
  if (d) console.log('hmac', d.toString('hex'), JSON.stringify(m.digest('hex')));
});

const x = crypto.createHash('md5');
x.write('ab', 'hex');
x.end();
console.log('md5 read', x.read()?.toString('hex'));

// A digest taken before the end is what the stream delivers.
const y = crypto.createHash('md5');
y.update('q');
console.log(y.digest('hex'));
y.end();
y.on('data', (d) => console.log('after digest', d.toString('hex')));

pipeline(Readable.from(['x']), crypto.createHash('sha1'), async function*(src) {
  for await (const c of src) console.log('pipeline', c.toString('hex'));
}, (e) => console.log('done', e));
