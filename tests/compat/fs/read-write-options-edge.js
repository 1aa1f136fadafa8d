// Edge cases of read/write arguments: readSync's null offset, an object (null) offset for
// writes that replaces the length, string encodings node's native layer falls back from,
// where write() finds its callback, and writeFile's flush option in every form.
'use strict';
const fs = require('fs');
const { p, show } = require('./_tmp');

const f = p('a.txt');
fs.writeFileSync(f, 'hello world');
const fd = fs.openSync(f, 'r+');

show('readSync {offset: null}', () => fs.readSync(fd, Buffer.alloc(4), { offset: null }));
show('readSync {offset: undefined}', () => fs.readSync(fd, Buffer.alloc(4), { offset: undefined, position: 0 }));
show('readSync offset null positional', () => fs.readSync(fd, Buffer.alloc(4), null, 2, 0));
show('writeSync buffer, null offset', () => fs.writeSync(fd, Buffer.from('AB'), null, 1, 20));
show('writeSync buffer, {} options', () => fs.writeSync(fd, Buffer.from('CD'), {}, 1, 30));
show('writeSync string, unknown encoding', () => fs.writeSync(fd, 'xy', 40, 'bogus'));
show('writeSync string, numeric encoding', () => fs.writeSync(fd, 'xy', 42, 1));
show('writeSync string, odd hex', () => fs.writeSync(fd, 'abc', 0, 'hex'));
show('writeSync string, HEX', () => fs.writeSync(fd, '4142', 44, 'HEX'));
show('writeSync string, latin1', () => fs.writeSync(fd, '\u00e9', 46, 'latin1'));
show('contents', () => fs.readFileSync(f).toString('hex'));

show('write(fd, string)', () => fs.write(fd, 'x'));
show('write(fd, buffer)', () => fs.write(fd, Buffer.from('x')));
show('write(fd, string, 0, "hex")', () => fs.write(fd, 'aa', 0, 'hex'));
show('write(fd, buffer, 0, 1, 0, "x")', () => fs.write(fd, Buffer.from('x'), 0, 1, 0, 'x'));
show('write(fd, odd hex, cb)', () => fs.write(fd, 'abc', 0, 'hex', () => {}));

for (const flush of ['x', 1, null, undefined, false]) {
  const o = { flush };
  show(`writeFileSync flush ${flush}`, () => fs.writeFileSync(p('w'), 'd', o));
  show(`appendFileSync flush ${flush}`, () => fs.appendFileSync(p('w'), 'd', o));
  show(`writeFile flush ${flush}`, () => fs.writeFile(p('w'), 'd', o, () => {}));
  show(`appendFile flush ${flush}`, () => fs.appendFile(p('w'), 'd', o, () => {}));
}
show('writeFileSync bad flush and data', () => fs.writeFileSync(p('w'), 1, { flush: 'x' }));
show('writeFile bad flush and callback', () => fs.writeFile(p('w'), 'd', { flush: 'x' }));

// Asynchronous steps one after the other.
(async () => {
  const step = (label, fn) => new Promise((resolve) => {
    try {
      fn((err, n) => { console.log(label, err ? `${err.code} ${err.message}` : n); resolve(); });
    } catch (e) {
      console.log(label, 'throws', e.code, e.message);
      resolve();
    }
  });
  await step('write string unknown encoding', (cb) => fs.write(fd, 'zz', 0, 'bogus', cb));
  await step('write buffer null offset', (cb) => fs.write(fd, Buffer.from('QR'), null, 1, 2, cb));
  console.log('contents', JSON.stringify(fs.readFileSync(f, 'latin1')));
  await step('read(fd, undefined, cb)', (cb) => fs.read(fd, undefined, (e, n, b) => cb(e, `${n} ${b.length}`)));
  await step('read(fd, null, cb)', (cb) => fs.read(fd, null, (e, n, b) => cb(e, `${n} ${b.length}`)));
  // readv/writev take a missing callback from the position argument, and only then.
  show('readv(fd, bufs, 0, undefined)', () => fs.readv(fd, [Buffer.alloc(2)], 0, undefined));
  show('writev(fd, bufs, "x")', () => fs.writev(fd, [Buffer.alloc(2)], 'x'));
  await step('readv(fd, bufs, fn1, fn2)', (cb) => fs.readv(fd, [Buffer.alloc(2)], () => console.log('fn1'), cb));
  await step('writev(fd, [], fn1, fn2)', (cb) => fs.writev(fd, [], () => console.log('fn1'), cb));
  fs.closeSync(fd);

  const fsp = fs.promises;
  for (const flush of ['x', null]) {
    for (const fn of ['writeFile', 'appendFile']) {
      try { await fsp[fn](p('w'), 'd', { flush }); console.log(`promises.${fn} flush ${flush} ok`); } catch (e) { console.log(`promises.${fn} flush ${flush}`, e.code, e.message); }
    }
  }
  const h = await fsp.open(f, 'r+');
  const probe = async (label, fn) => {
    try { console.log(label, await fn()); } catch (e) { console.log(label, e.name, e.code, e.message); }
  };
  for (const buffer of [-1, 'str', true, {}]) {
    await probe(`handle.read({buffer: ${JSON.stringify(buffer)}})`, () => h.read({ buffer }).then((r) => r.bytesRead));
  }
  await probe('handle.read(buf, null, 2, 0)', () => h.read(Buffer.alloc(8), null, 2, 0).then((r) => r.bytesRead));
  await probe('handle.write(buf, null, 1, 0)', () => h.write(Buffer.from('ST'), null, 1, 0).then((r) => r.bytesWritten));
  await probe('handle.write(str, 4, "bogus")', () => h.write('uv', 4, 'bogus').then((r) => r.bytesWritten));
  await probe('handle.write(str, 6, 1)', () => h.write('wx', 6, 1).then((r) => r.bytesWritten));
  await probe('handle.write(odd hex)', () => h.write('abc', 0, 'hex').then((r) => r.bytesWritten));
  await probe('handle.writeFile flush', () => h.writeFile('x', { flush: 'x' }));
  await probe('contents', () => JSON.stringify(fs.readFileSync(f, 'latin1')));
  await h.close();
  const h3 = await fsp.open(f, 'r');
  const reader = h3.readableWebStream().getReader();
  let total = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) total += r.value.byteLength;
  console.log('web stream bytes', total);
  await probe('readableWebStream twice', () => h3.readableWebStream().constructor.name);
  await h3.close();
  const h2 = await fsp.open(f, 'r');
  await h2.close();
  await probe('readableWebStream after close', () => h2.readableWebStream().constructor.name);
})();
