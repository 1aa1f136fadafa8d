'use strict';
// fs.Dir reads at the edges of its batches: an empty directory, exactly bufferSize
// entries, one more than bufferSize, bufferSize 1, and a directory of 100 entries read
// 7 at a time, through readSync, read(callback), read() promises and for await. Names
// with bytes that are not UTF-8 (decoded with replacement characters, or kept as bytes
// with encoding 'buffer', or in latin1/hex/base64), multi-byte UTF-8 names, and each
// kind of entry (file, directory, symbolic link) next to them. Listings are sorted here:
// what is checked is which entries come out, with which names and types, once each.
const fs = require('fs');
const { p, scrub } = require('./_tmp');

const kind = (d) => (d.isDirectory() ? 'd' : d.isFile() ? 'f' : d.isSymbolicLink() ? 'l' : '?');
const show = (d) => {
  const name = typeof d.name === 'string' ? JSON.stringify(d.name) : `<${d.name.toString('hex')}>`;
  return `${name}:${kind(d)}:${scrub(d.parentPath)}`;
};

function viaSync(dir, options) {
  const d = fs.opendirSync(dir, options);
  const out = [];
  let e;
  while ((e = d.readSync()) !== null) out.push(show(e));
  // Reading past the end keeps returning null.
  out.push(`then ${d.readSync()}`);
  d.closeSync();
  return out;
}

function viaCallback(dir, options) {
  return new Promise((resolve) => {
    fs.opendir(dir, options, (err, d) => {
      if (err) return resolve([`opendir ${err.code}`]);
      const out = [];
      const next = () => d.read((err2, e) => {
        if (err2) out.push(`error ${err2.code}`);
        if (err2 || e === null) {
          d.close(() => resolve(out));
          return;
        }
        out.push(show(e));
        next();
      });
      next();
    });
  });
}

async function viaPromises(dir, options) {
  const d = await fs.promises.opendir(dir, options);
  const out = [];
  let e;
  while ((e = await d.read()) !== null) out.push(show(e));
  await d.close();
  return out;
}

async function viaForAwait(dir, options) {
  const out = [];
  for await (const e of await fs.promises.opendir(dir, options)) out.push(show(e));
  return out;
}

async function all(label, dir, options) {
  const results = [
    viaSync(dir, options),
    await viaCallback(dir, options),
    await viaPromises(dir, options),
    await viaForAwait(dir, options),
  ];
  const [first] = results;
  const last = first[first.length - 1];
  const sorted = (list) => list.filter((x) => !x.startsWith('then ')).sort();
  console.log(label, JSON.stringify(options), `${sorted(first).length} entries`, last.startsWith('then ') ? last : '');
  for (const line of sorted(first)) console.log('  ', line);
  for (let i = 1; i < results.length; i++) {
    const same = JSON.stringify(sorted(results[i])) === JSON.stringify(sorted(first));
    if (!same) console.log('  differs', i, results[i]);
  }
}

function fill(name, count) {
  fs.mkdirSync(p(name));
  for (let i = 0; i < count; i++) fs.writeFileSync(p(name, `e${String(i).padStart(3, '0')}`), '');
  return p(name);
}

(async () => {
  fs.mkdirSync(p('empty'));
  await all('empty', p('empty'), undefined);
  await all('empty', p('empty'), { bufferSize: 1 });
  await all('exact', fill('exact', 4), { bufferSize: 4 });
  await all('one more', fill('one-more', 5), { bufferSize: 4 });
  await all('size 1', fill('size-1', 3), { bufferSize: 1 });
  const many = fill('many', 100);
  await all('many', many, { bufferSize: 7 });
  await all('many', many, undefined);
  await all('default 32', fill('thirty-two', 32), undefined);

  // Names that are not UTF-8, multi-byte names, and entries of each kind.
  const mixed = p('mixed');
  fs.mkdirSync(mixed);
  const base = Buffer.from(`${mixed}/`);
  const raw = [[0x66, 0xff, 0x2e, 0x74], [0xc3, 0x28], [0xe2, 0x82], [0x80], [0x61, 0xed, 0xa0, 0x80, 0x62]];
  for (const bytes of raw) fs.writeFileSync(Buffer.concat([base, Buffer.from(bytes)]), '');
  fs.writeFileSync(p('mixed', 'café'), '');
  fs.writeFileSync(p('mixed', '日本語.txt'), '');
  fs.writeFileSync(p('mixed', '😀 emoji'), '');
  fs.mkdirSync(p('mixed', 'sub dir'));
  fs.symlinkSync('café', p('mixed', 'link'));
  fs.writeFileSync(p('mixed', 'plain'), '');
  for (const encoding of [undefined, 'utf8', 'buffer', 'latin1', 'hex', 'base64', 'ucs2']) {
    for (const bufferSize of [1, 3, 32]) {
      await all('mixed', mixed, { encoding, bufferSize });
    }
  }
  // The directory given as a Buffer and as a file: URL.
  await all('buffer path', Buffer.from(mixed), { bufferSize: 2 });
  await all('url path', new URL(`file://${mixed}`), { bufferSize: 2, encoding: 'buffer' });
})();
