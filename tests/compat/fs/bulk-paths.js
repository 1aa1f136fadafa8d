'use strict';
// The bulk paths of the fs binding: readdir's names crossing as one joined string (names
// with spaces, non-ASCII and invalid UTF-8 bytes, empty directories, types, buffers),
// writeFileSync of a UTF-8 string in one call (encodings, flags, modes, lone surrogates,
// errors), readFile's UTF-8 decoding (8-bit and 16-bit results, invalid bytes, a BOM),
// and read streams over uninitialised chunk buffers (ranges, short reads).
const fs = require('fs');
const { show, p, scrub } = require('./_tmp');

fs.mkdirSync(p('empty'));
fs.mkdirSync(p('d'));
const names = ['a', 'b c', 'caf\u00e9', '\u4e2d\u6587', 'emoji\u{1F600}', 'x.y.z', '-dash', '...'];
for (const n of names) fs.writeFileSync(p('d', n), n);
fs.writeFileSync(Buffer.concat([Buffer.from(p('d') + '/'), Buffer.from([0x62, 0x61, 0x64, 0xff, 0xfe, 0x58])]), 'raw');
fs.writeFileSync(Buffer.concat([Buffer.from(p('d') + '/'), Buffer.from([0x74, 0xe2, 0x82])]), 'cut');
fs.mkdirSync(p('d', 'sub'));
fs.writeFileSync(p('d', 'sub', 'inner'), '');
fs.symlinkSync('a', p('d', 'link'));

show('readdir empty', () => JSON.stringify(fs.readdirSync(p('empty'))));
show('readdir empty types', () => fs.readdirSync(p('empty'), { withFileTypes: true }).length);
show('readdir', () => JSON.stringify(fs.readdirSync(p('d')).sort()));
show('readdir types', () => fs.readdirSync(p('d'), { withFileTypes: true })
  .map((e) => `${e.name}:${e.isFile()}${e.isDirectory()}${e.isSymbolicLink()}:${scrub(e.parentPath)}`).sort().join('|'));
show('readdir utf8 option', () => fs.readdirSync(p('d'), { encoding: 'utf8' }).length);
show('readdir buffer', () => fs.readdirSync(p('d'), 'buffer').map((b) => b.toString('hex')).sort().join());
show('readdir latin1', () => JSON.stringify(fs.readdirSync(p('d'), 'latin1').sort()));
show('readdir recursive', () => JSON.stringify(fs.readdirSync(p('d'), { recursive: true }).sort()));
show('readdir many', () => {
  fs.mkdirSync(p('many'));
  for (let i = 0; i < 3000; i++) fs.closeSync(fs.openSync(p('many', `f${i}`), 'w'));
  const list = fs.readdirSync(p('many'));
  const typed = fs.readdirSync(p('many'), { withFileTypes: true });
  return `${list.length} ${new Set(list).size} ${typed.filter((e) => e.isFile()).length} ${list.includes('f2999')}`;
});
// The asynchronous forms run one after another, so that the output order is fixed.
const once = (fn) => new Promise((resolve) => fn(resolve));
async function readdirAsync() {
  await once((done) => fs.readdir(p('d'), (err, list) => {
    console.log('readdir cb', err, JSON.stringify(list.sort()));
    done();
  }));
  await once((done) => fs.readdir(p('empty'), { withFileTypes: true }, (err, list) => {
    console.log('readdir cb empty', err, list);
    done();
  }));
  await once((done) => fs.readdir(p('nope'), (err) => {
    console.log('readdir cb missing', err.code, scrub(err.message));
    done();
  }));
  const list = await fs.promises.readdir(p('d'), { withFileTypes: true });
  console.log('readdir promise', list.map((e) => e.name).sort().join('|'));
}

const f = p('w.txt');
const texts = ['', 'ascii', 'caf\u00e9 \u00ff', '\u20ac\u{1F600}', 'lone\ud800x', 'end\udc00', '\u00e9'.repeat(5000),
  '\u00fc'.repeat(3000) + '\u4e2d'.repeat(4000), 'x'.repeat(100000)];
for (const t of texts) {
  show(`writeFileSync ${t.length}`, () => {
    fs.writeFileSync(f, t);
    const back = fs.readFileSync(f);
    return `${back.length} ${back.equals(Buffer.from(t))} ${fs.readFileSync(f, 'utf8') === Buffer.from(t).toString()}`;
  });
}
show('writeFileSync append mode', () => {
  fs.writeFileSync(p('m.txt'), 'one', { mode: 0o600 });
  fs.writeFileSync(p('m.txt'), 'two', { flag: 'a' });
  return `${fs.readFileSync(p('m.txt'), 'utf8')} ${(fs.statSync(p('m.txt')).mode & 0o777).toString(8)}`;
});
show('writeFileSync flush', () => { fs.writeFileSync(f, 'flushed', { flush: true }); return fs.readFileSync(f, 'utf8'); });
show('writeFileSync utf-8', () => { fs.writeFileSync(f, 'dash\u00e9', 'utf-8'); return fs.readFileSync(f, 'hex'); });
show('writeFileSync latin1', () => { fs.writeFileSync(f, 'caf\u00e9', 'latin1'); return fs.readFileSync(f, 'hex'); });
show('writeFileSync buffer path', () => { fs.writeFileSync(Buffer.from(f), 'bp'); return fs.readFileSync(f, 'utf8'); });
show('writeFileSync url path', () => { fs.writeFileSync(new URL(`file://${f}`), 'up'); return fs.readFileSync(f, 'utf8'); });
show('writeFileSync fd', () => {
  const fd = fs.openSync(f, 'w');
  fs.writeFileSync(fd, 'via fd');
  fs.closeSync(fd);
  return fs.readFileSync(f, 'utf8');
});
show('writeFileSync missing dir', () => fs.writeFileSync(p('nope', 'x'), 'a'));
show('writeFileSync dir', () => fs.writeFileSync(p('d'), 'a'));
show('writeFileSync wx', () => fs.writeFileSync(f, 'a', { flag: 'wx' }));
show('writeFileSync bad flag', () => fs.writeFileSync(f, 'a', { flag: 'bogus' }));
show('writeFileSync bad mode', () => fs.writeFileSync(f, 'a', { mode: 'zz' }));
show('writeFileSync bad path', () => fs.writeFileSync({}, 'a'));
show('writeFileSync nul path', () => fs.writeFileSync(`${f}\0x`, 'a'));
show('writeFileSync bad encoding', () => fs.writeFileSync(f, 'a', 'nope-enc'));
show('writeFileSync bad fd', () => fs.writeFileSync(987654, 'a'));

const r = p('r.txt');
const bodies = {
  latin1: 'caf\u00e9 \u00e0 la cr\u00e8me\n'.repeat(2000),
  wide: 'caf\u00e9 \u4e2d\u6587 \u{1F600}\n'.repeat(2000),
  invalid: Buffer.from([0x61, 0xff, 0xc3, 0x28, 0xe2, 0x82, 0x62, 0xc2]),
  bom: Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]),
  empty: '',
};
for (const [name, body] of Object.entries(bodies)) {
  fs.writeFileSync(r, body);
  const expected = Buffer.from(body).toString('utf8');
  show(`readFileSync utf8 ${name}`, () => {
    const s = fs.readFileSync(r, 'utf8');
    return `${s.length} ${s === expected} ${[...s.slice(0, 12)].map((c) => c.codePointAt(0).toString(16)).join(' ')}`;
  });
}
fs.writeFileSync(p('r2.txt'), bodies.wide);
async function readFileAsync() {
  await once((done) => fs.readFile(p('r2.txt'), 'utf8', (err, text) => {
    console.log('readFile cb utf8', err, text === bodies.wide);
    done();
  }));
  const text = await fs.promises.readFile(p('r2.txt'), { encoding: 'utf-8' });
  console.log('readFile promise utf8', text === bodies.wide);
  await once((done) => fs.readFile(p('r2.txt'), (err, b) => {
    console.log('readFile cb buffer', err, b.equals(Buffer.from(bodies.wide)));
    done();
  }));
}

const big = Buffer.alloc(200000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + 3) & 0xff;
fs.writeFileSync(p('big.bin'), big);
function streamed(label, options, expected) {
  return once((done) => {
    const parts = [];
    fs.createReadStream(p('big.bin'), options)
      .on('data', (c) => parts.push(c))
      .on('end', () => {
        const all = Buffer.concat(parts);
        console.log(label, parts.length, all.length, all.equals(expected));
        done();
      });
  });
}

(async () => {
  await readdirAsync();
  await readFileAsync();
  await streamed('stream whole', {}, big);
  await streamed('stream range', { start: 10, end: 70009 }, big.subarray(10, 70010));
  await streamed('stream small hwm', { highWaterMark: 1000, start: 199500 }, big.subarray(199500));
  await streamed('stream odd hwm', { highWaterMark: 65537 }, big);
})();
