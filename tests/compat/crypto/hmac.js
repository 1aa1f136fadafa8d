const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256']) {
  for (const key of ['', 'key', 'k'.repeat(200), Buffer.from([0, 1, 2]), new Uint8Array(3).buffer]) {
    console.log(alg, typeof key === 'string' ? key.length : key.byteLength, crypto.createHmac(alg, key).update('data').update('more').digest('hex'));
  }
}
const h = crypto.createHmac('sha256', 'k');
console.log(h.digest('base64'), JSON.stringify(h.digest('hex')), h.digest().length);
const errors = {
  'no key': () => crypto.createHmac('sha256'),
  'bad alg': () => crypto.createHmac('nope', 'k'),
  'bad key': () => crypto.createHmac('sha256', 5),
  'bad data': () => crypto.createHmac('sha256', 'k').update({}),
  'update after digest': () => { const x = crypto.createHmac('sha256', 'k'); x.digest(); x.update('a'); },
};
for (const [name, fn] of Object.entries(errors)) {
  try {
    fn();
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
