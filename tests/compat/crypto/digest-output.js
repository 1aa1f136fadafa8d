'use strict';
// Digests in every output form: Buffer (no encoding, 'buffer', an encoding node does not
// know), each string encoding, for createHash, createHmac and the one-shot hash(); digests
// taken again through the stream side after digest(), and the errors of a second digest().
const crypto = require('crypto');
const { PassThrough } = require('stream');

const show = (label, v) => console.log(label, Buffer.isBuffer(v) ? `Buffer ${v.toString('hex')}` : JSON.stringify(v));
const encodings = [undefined, 'buffer', 'hex', 'HEX', 'base64', 'base64url', 'latin1',
  'binary', 'ascii', 'utf8', 'utf-8', 'ucs2', 'utf16le', 'bogus', ''];
for (const alg of ['sha1', 'sha256', 'md5', 'sha512', 'shake128']) {
  for (const enc of encodings) {
    show(`${alg} ${enc}`, crypto.createHash(alg).update('abc').digest(enc));
    show(`hmac ${alg} ${enc}`, alg === 'shake128' ? '' : crypto.createHmac(alg, 'k').update('abc').digest(enc));
    try {
      show(`hash() ${alg} ${enc}`, crypto.hash(alg, 'abc', enc));
    } catch (e) {
      console.log(`hash() ${alg} ${enc}`, e.code, e.message);
    }
  }
}
show('shake256 outputLength 5', crypto.createHash('shake256', { outputLength: 5 }).update('x').digest('hex'));
show('shake256 outputLength 0', crypto.createHash('shake256', { outputLength: 0 }).update('x').digest('base64'));

const h = crypto.createHash('sha1');
h.update('a');
show('first digest', h.digest('hex'));
try { h.digest('hex'); } catch (e) { console.log('second digest', e.code, e.message); }
try { h.update('b'); } catch (e) { console.log('update after digest', e.code, e.message); }

const m = crypto.createHmac('sha256', 'key');
show('hmac first', m.update('x').digest('base64'));
show('hmac second', m.digest('base64'));
show('hmac second buffer', m.digest());

// A hash used as a stream after digest(): the stream pushes the digest digest() took.
const s = crypto.createHash('sha256');
s.write('hello');
show('stream digest', s.digest('hex'));
s.on('data', (d) => show('stream data', d));
s.end(' world', () => {
  // And the other order: ended first, then digest() returns the pushed digest.
  const t = crypto.createHash('md5');
  t.on('data', (d) => show('ended data', d));
  t.end('xyz', () => {
    setImmediate(() => {
      show('digest after end', t.digest('hex'));
      const p = new PassThrough();
      const u = crypto.createHmac('sha1', 'k');
      p.pipe(u).on('data', (d) => {
        show('hmac piped', d);
        show('hmac digest after flush', u.digest('hex'));
      });
      p.end('data');
    });
  });
});

// Falsy and non-string encodings.
for (const enc of [null, 0, false, 5, {}]) {
  show(`falsy/odd ${String(enc)}`, crypto.createHash('sha1').update('q').digest(enc));
  show(`hmac falsy/odd ${String(enc)}`, crypto.createHmac('sha1', 'k').update('q').digest(enc));
}
