// Behaviours found through node's own test suite: read() argument shapes, appendFile
// data checks, the fd form of truncate, lchmod's absence, rmdir's recursive option,
// realpath's walk, encodings of returned names, files over 2 GiB, _toUnixTimestamp.
const fs = require('fs');
const { dir, show, p } = require('./_tmp');

process.on('warning', (w) => console.log('warning', w.name, w.code ?? '', w.message));

fs.writeFileSync(p('x.txt'), 'xyz\n');
const fd = fs.openSync(p('x.txt'), 'r');

// readSync: the third argument is an options object when it is an object (or the last).
show('readSync no options', () => fs.readSync(fd, Buffer.alloc(3)));
show('readSync null options', () => fs.readSync(fd, Buffer.alloc(3), null));
show('readSync options position', () => fs.readSync(fd, Buffer.alloc(3), { position: 0 }));
show('readSync string options', () => fs.readSync(fd, Buffer.alloc(3), 'x'));
show('readSync number options', () => fs.readSync(fd, Buffer.alloc(3), 1));
show('readSync undefined length', () => fs.readSync(fd, Buffer.alloc(3), 0, undefined, 0));
show('readSync fractional length', () => fs.readSync(fd, Buffer.alloc(3), 0, 1.7, 0));
show('readSync undefined offset', () => fs.readSync(fd, Buffer.alloc(3), undefined, 2, 0));
show('readSync options object as buffer', () => fs.readSync(fd, { buffer: Buffer.alloc(3) }));
show('readSync bad options member', () => fs.readSync(fd, Buffer.alloc(3), { offset: 'a' }));

// read: the callback's position decides the shape.
show('read four args number', () => fs.read(fd, Buffer.alloc(3), 5, () => {}));
show('read four args undefined', () => fs.read(fd, Buffer.alloc(3), undefined, () => {}));
show('read three args number', () => fs.read(fd, 5, () => {}));
show('read options with bad buffer', () => fs.read(fd, { buffer: 'x' }, () => {}));
show('read five args', () => fs.read(fd, Buffer.alloc(3), 0, 1, () => {}));

// appendFileSync/writeFileSync take strings and views only.
for (const value of [true, 0, {}, [], null, { toString() { return 'x'; } }, new String('s')]) {
  show(`appendFileSync ${Object.prototype.toString.call(value)}`,
       () => fs.appendFileSync(p('a.txt'), value));
  show(`writeFileSync ${Object.prototype.toString.call(value)}`,
       () => fs.writeFileSync(p('a.txt'), value));
}

// lchmod does not exist on Linux.
show('lchmod', () => [typeof fs.lchmod, typeof fs.lchmodSync, 'lchmod' in fs]);

// _toUnixTimestamp is part of the fs object.
for (const t of [1, -1 > 0 ? 0 : 1.5, '2', new Date(5000), Infinity, NaN, {}, '1x']) {
  show(`_toUnixTimestamp ${String(t)}`, () => fs._toUnixTimestamp(t));
}

// truncateSync with a descriptor works and warns (DEP0081).
const wfd = fs.openSync(p('t.txt'), 'w+');
fs.writeSync(wfd, 'hello world');
show('truncateSync fd', () => { fs.truncateSync(wfd, 5); return fs.readFileSync(p('t.txt'), 'utf8'); });
fs.closeSync(wfd);

// rmdir options.
fs.writeFileSync(p('file'), '');
fs.mkdirSync(p('tree', 'sub'), { recursive: true });
fs.writeFileSync(p('tree', 'sub', 'f'), '1');
show('rmdirSync recursive file', () => fs.rmdirSync(p('file'), { recursive: true }));
show('rmdirSync recursive missing', () => fs.rmdirSync(p('missing'), { recursive: true }));
show('rmdirSync recursive tree', () => { fs.rmdirSync(p('tree'), { recursive: true }); return fs.existsSync(p('tree')); });
show('rmdirSync null options', () => fs.rmdirSync(p('missing'), null));
show('rmdirSync array options', () => fs.rmdirSync(p('missing'), []));
show('rmdirSync number options', () => fs.rmdirSync(p('missing'), 5));
show('rmdirSync bad retryDelay', () => fs.rmdirSync(p('missing'), { retryDelay: -1 }));
show('rmdirSync bad maxRetries', () => fs.rmdirSync(p('missing'), { maxRetries: 1.5 }));
show('rmdirSync recursive number', () => fs.rmdirSync(p('missing'), { recursive: 1 }));
show('rmSync bad maxRetries', () => fs.rmSync(p('missing'), { maxRetries: -1 }));
show('rmSync number options', () => fs.rmSync(p('missing'), 5));
show('rmSync bad force', () => fs.rmSync(p('missing'), { force: 'yes' }));

// realpathSync walks the path like node's JavaScript implementation.
fs.mkdirSync(p('a', 'b'), { recursive: true });
fs.writeFileSync(p('a', 'f'), 'x');
fs.symlinkSync('nowhere', p('dangle'));
fs.symlinkSync('loop1', p('loop2'));
fs.symlinkSync('loop2', p('loop1'));
fs.symlinkSync('a/b', p('lb'));
fs.symlinkSync('../f', p('a', 'b', 'up'));
process.chdir(dir);
for (const c of ['dangle', 'loop1', 'a/f/x', 'a/nope/x', 'lb/up', 'lb/..', './a/b/', 'a//b',
                 'lb/up/', 'dangle/x']) {
  show(`realpathSync ${c}`, () => fs.realpathSync(c));
  show(`realpathSync.native ${c}`, () => fs.realpathSync.native(c));
}
show('realpathSync absolute', () => fs.realpathSync(p('lb', 'up')));

// Names come back in the encoding asked for, bytes included.
fs.mkdirSync(p('enc'));
fs.writeFileSync(p('enc', 'ab'), '');
const raw = Buffer.concat([Buffer.from(`${dir}/enc/`), Buffer.from('\uD83D\uDC04', 'ucs2')]);
fs.closeSync(fs.openSync(raw, 'w'));
for (const encoding of ['ucs2', 'hex', 'latin1', 'base64', 'buffer', 'utf8']) {
  show(`readdirSync ${encoding}`, () => JSON.stringify(fs.readdirSync(p('enc'), { encoding })
    .map((n) => (Buffer.isBuffer(n) ? n.toString('hex') : n)).sort()));
  show(`readlinkSync ${encoding}`, () => JSON.stringify(fs.readlinkSync(p('lb'), { encoding })));
  show(`realpathSync ${encoding}`, () => {
    const expected = Buffer.from(fs.realpathSync(p('a')));
    const r = fs.realpathSync(p('a'), encoding);
    return Buffer.isBuffer(r) ? r.equals(expected) :
      r === expected.toString(encoding === 'buffer' ? 'utf8' : encoding);
  });
}
show('readdirSync ucs2 name', () => fs.readdirSync(p('enc'), 'ucs2').includes('\uD83D\uDC04'));
show('rmSync removes non-UTF-8 names', () => {
  fs.rmSync(p('enc'), { recursive: true });
  return fs.existsSync(p('enc'));
});

// mkdtemp warns once about templates ending in X.
show('mkdtempSync X', () => typeof fs.mkdtempSync(p('tmpX')));
show('mkdtempSync X again', () => typeof fs.mkdtempSync(p('tmpX')));

// Files over 2 GiB are refused before reading.
fs.writeFileSync(p('big'), '0');
fs.truncateSync(p('big'), 2 ** 31);
show('readFileSync big', () => fs.readFileSync(p('big')));
show('readFileSync big latin1', () => fs.readFileSync(p('big'), 'latin1'));
fs.readFile(p('big'), (err) => {
  console.log('readFile big', err.name, err.code, err.message);
  fs.promises.readFile(p('big')).catch((e) => {
    console.log('promises.readFile big', e.name, e.code, e.message);
    fs.unlinkSync(p('big'));
  });
});
fs.closeSync(fd);
