const crypto = require('crypto');
const cases = {
  'unknown algorithm': () => crypto.createHash('nope'),
  'no algorithm': () => crypto.createHash(),
  'number algorithm': () => crypto.createHash(5),
  'bad data': () => crypto.createHash('sha256').update(5),
  'null data': () => crypto.createHash('sha256').update(null),
  'digest twice': () => { const h = crypto.createHash('sha256'); h.digest(); h.digest(); },
  'update after digest': () => { const h = crypto.createHash('sha256'); h.digest(); h.update('x'); },
  'copy after digest': () => { const h = crypto.createHash('sha256'); h.digest(); h.copy(); },
  'outputLength non-xof': () => crypto.createHash('sha256', { outputLength: 5 }),
  'outputLength bad': () => crypto.createHash('shake128', { outputLength: -1 }),
  'odd hex': () => crypto.createHash('sha256').update('abc', 'hex'),
  'hash no input': () => crypto.hash('sha1'),
  'hash bad alg': () => crypto.hash('nope', 'x'),
  'hash bad enc': () => crypto.hash('sha1', 'x', 5),
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    const r = fn();
    console.log(name, 'ok', typeof r);
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
