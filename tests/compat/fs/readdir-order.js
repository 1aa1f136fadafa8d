'use strict';
// readdir's order, unsorted by the test: node lists names in the order of their bytes
// (strcmp), whatever order the file system returns them in. Covers names that share long
// prefixes, end at and across eight-byte boundaries, differ only in bytes >= 0x80 (invalid
// UTF-8 included), directories large enough for the binding's radix sort (groups of more
// than 256 names with a common prefix, at several depths), the same order from readdirSync,
// fs.readdir, fs.promises.readdir and the buffer encoding, types kept with their names,
// and scandir's errors.
const fs = require('fs');
const crypto = require('crypto');
const { show, p } = require('./_tmp');

const digest = (value) => crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
const raw = (dir, bytes) => Buffer.concat([Buffer.from(p(dir) + '/'), Buffer.from(bytes)]);

// A small directory of awkward names, printed in full.
fs.mkdirSync(p('small'));
const small = ['b', 'B', 'a', 'ab', 'a b', 'a-b', 'a.b', 'a~', 'abcdefg', 'abcdefgh', 'abcdefgh0',
  'abcdefghi', 'abcdefgi', 'abcdefgh\u00e9', 'caf\u00e9', 'cafe', 'caf\u00e8', 'Z', '_', '0', '10', '9',
  '\u4e2d', '\u{1F600}', '.hidden', '..x', '...', 'x'.repeat(255), 'x'.repeat(254) + 'y', 'x'.repeat(16)];
for (const n of small) fs.writeFileSync(p('small', n), '');
for (const bytes of [[0x62, 0xff], [0x62, 0x80], [0x62, 0x7f], [0x62, 0xc3], [0x61, 0xfe, 0x61]])
  fs.writeFileSync(raw('small', bytes), '');
fs.mkdirSync(p('small', 'dir'));
fs.symlinkSync('a', p('small', 'link'));

show('small', () => JSON.stringify(fs.readdirSync(p('small'))));
show('small buffer', () => fs.readdirSync(p('small'), 'buffer').map((b) => b.toString('hex')).join(' '));
show('small latin1', () => JSON.stringify(fs.readdirSync(p('small'), 'latin1')));
show('small types', () => fs.readdirSync(p('small'), { withFileTypes: true })
  .map((d) => `${d.name.slice(0, 12)}:${d.isFile() ? 'f' : d.isDirectory() ? 'd' : d.isSymbolicLink() ? 'l' : '?'}`)
  .join(' '));

// A large directory: 3,000 names in groups of shared prefixes of 0 to 40 bytes, with
// suffixes from a small alphabet (so many names share further bytes too), made in a
// shuffled order.
fs.mkdirSync(p('large'));
let seed = 12345;
const random = (n) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
};
const prefixes = ['', 'entry-', 'q'.repeat(8), 'q'.repeat(15), 'q'.repeat(16), 'q'.repeat(40)];
const alphabet = ['a', 'b', 'A', '-', '.', '0', '9', '~', ' ', '\u00e9'];
const made = new Set();
while (made.size < 3000) {
  let name = prefixes[random(prefixes.length)];
  const length = 1 + random(10);
  for (let i = 0; i < length; i++) name += alphabet[random(alphabet.length)];
  if (name !== '.' && name !== '..') made.add(name);
}
for (const n of made) fs.writeFileSync(p('large', n), '');
for (let i = 0; i < 40; i++) fs.mkdirSync(p('large', `dir-${i}`));
for (let i = 0; i < 40; i++) fs.writeFileSync(raw('large', [0x71, 0x80 + i * 3, 0x71]), '');

const list = fs.readdirSync(p('large'));
show('large count', () => list.length);
show('large sorted by bytes', () => {
  const bytes = fs.readdirSync(p('large'), 'buffer');
  for (let i = 1; i < bytes.length; i++) if (Buffer.compare(bytes[i - 1], bytes[i]) >= 0) return `not at ${i}`;
  return 'yes';
});
show('large first', () => JSON.stringify(list.slice(0, 8)));
show('large last', () => JSON.stringify(list.slice(-8)));
show('large digest', () => digest(list));
show('large types', () => {
  const types = fs.readdirSync(p('large'), { withFileTypes: true });
  return digest(types.map((d) => [d.name, d.isDirectory(), d.isFile()]));
});
show('large buffer digest', () => digest(fs.readdirSync(p('large'), 'buffer').map((b) => b.toString('hex'))));

(async () => {
  const viaCallback = await new Promise((resolve, reject) => fs.readdir(p('large'), (err, names) => (err ? reject(err) : resolve(names))));
  console.log('callback same', JSON.stringify(viaCallback) === JSON.stringify(list));
  const typed = await new Promise((resolve, reject) => fs.readdir(p('large'), { withFileTypes: true }, (err, names) => (err ? reject(err) : resolve(names))));
  console.log('callback types', typed.length, typed.filter((d) => d.isDirectory()).map((d) => d.name).slice(0, 5).join());
  const viaPromise = await fs.promises.readdir(p('large'));
  console.log('promise same', JSON.stringify(viaPromise) === JSON.stringify(list));

  show('missing', () => fs.readdirSync(p('missing')));
  show('file', () => fs.readdirSync(p('small', 'a')));
  await new Promise((resolve) => fs.readdir(p('small', 'a'), { withFileTypes: true }, (err) => {
    show('file callback', () => { throw err; });
    resolve();
  }));
  await fs.promises.readdir(p('missing')).catch((err) => show('missing promise', () => { throw err; }));
})();
