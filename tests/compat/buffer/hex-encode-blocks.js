// toString('hex') and the 'hex' paths that encode (inspect excepted) at every length from
// 0 to 299 and at odd offsets and ranges, so that the 16-byte blocks and their tails are
// all covered; every byte value appears. The outputs are digested, and a few printed.
'use strict';
const crypto = require('crypto');
const digest = crypto.createHash('sha256');
for (let n = 0; n < 300; n++) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 37 + n * 11) & 255;
  digest.update(b.toString('hex'));
  digest.update(b.subarray(1).toString('hex', 2, n));
  digest.update(b.toString('hex', 3, 3 + (n >> 1)));
  digest.update(new Uint8Array(b.buffer, b.byteOffset, n).toString());
}
console.log(digest.digest('hex'));
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
console.log(all.toString('hex'));
console.log(all.subarray(7, 41).toString('hex'), all.toString('hex', 250));
console.log(Buffer.from([255, 0, 16, 9, 10, 160, 15, 240]).toString('hex'));
console.log(crypto.createHash('md5').update('x').digest('hex'), all.slice(100, 133).toJSON().data.length);
