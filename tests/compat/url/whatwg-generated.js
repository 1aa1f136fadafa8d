// Generated inputs (fixed seed): parse with and without bases, every component, one
// setter each, and the searchParams view.
const { FIELDS, rng } = require('./_common');
const random = rng(1234);
const pieces = ['http:', 'HTTPS:', 'file:', 'sc:', 'ws:', 'ftp:', '//', '/', '\\', ':', '@', 'u', 'p', 'a.com', 'EX.org',
  '[::1]', '[1:2::3]', ':80', ':443', ':0', ':65536', '?', '#', 'q=1', '&', '=', '\t', '%', '%2e', '%2E%2e', '..', '.',
  '\u00e4', '\u00e9', '"', '<', '>', '`', '{', '}', '|', "'", ';', '+', 'a_b', '-', '~', '0x7f.1', '1.2.3.4', 'C:', 'c|',
  'localhost', '%41', '\u0000', '\u001f', '\ud800', '\u{1F4A9}'];
const setters = ['protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
const bases = [undefined, 'http://ex.com/a/b?c#d', 'file:///C:/x/y', 'sc://h/p', 'file://host/share/f'];
const gen = (k) => {
  let s = '';
  const n = 1 + random(k);
  for (let j = 0; j < n; j++) s += pieces[random(pieces.length)];
  return s;
};
for (let i = 0; i < 400; i++) {
  const input = gen(7);
  const base = bases[random(bases.length)];
  let line = `${JSON.stringify(input)} ${JSON.stringify(base)}`;
  let url;
  try {
    url = new URL(input, base);
    line += ` ${JSON.stringify(FIELDS.map((f) => url[f]))}`;
  } catch (err) {
    line += ` ${err.code}`;
  }
  line += ` ${URL.canParse(input, base)}`;
  if (url) {
    const field = setters[random(setters.length)];
    const value = gen(3);
    url[field] = value;
    line += ` .${field}=${JSON.stringify(value)} ${url.href} ${JSON.stringify([...url.searchParams])}`;
  }
  console.log(line);
}
