// Generated inputs (fixed seed) for the legacy API: parse in its three modes, format,
// resolve and resolveObject.
const url = require('url');
const { rng } = require('./_common');
const random = rng(99);
const pieces = ['http:', 'HTTP:', 'https:', 'file:', 'mailto:', 'javascript:', 'ftp:', 'x:', 'ws:', '//', '/', '\\', '\\\\',
  ':', '@', 'user', 'pw', 'a.com', 'A.COM', 'b', '[::1]', '[', ']', ':80', ':8x', '?', '#', 'q=1', '&', '=', ' ', '\t', '\n',
  '%', '%20', '%zz', '..', '.', '\u00e4', '\u00c4\u00d6', '\u00e9', '"', '<', '>', '^', '`', '{', '}', '|', "'", ';', '+',
  'a_b', '-', '~', '\u00a0', '\ufeff', '\u0001', '0x7f.1', '1.2.3.4'];
const gen = (k, min) => {
  let s = '';
  const n = min + random(k);
  for (let j = 0; j < n; j++) s += pieces[random(pieces.length)];
  return s;
};
const run = (fn) => {
  try {
    const r = fn();
    return typeof r === 'string' ? r : JSON.stringify(r);
  } catch (err) {
    return `ERR ${err.code || err.name}`;
  }
};
for (let i = 0; i < 500; i++) {
  const s = gen(8, 1);
  const t = gen(5, 0);
  console.log(JSON.stringify([s, t,
    run(() => url.parse(s)), run(() => url.parse(s, true)), run(() => url.parse(s, false, true)),
    run(() => url.format(s)), run(() => url.resolve(s, t)), run(() => url.resolveObject(s, t))]));
}
