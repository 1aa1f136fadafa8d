// fs.createWriteStream: events, positions, writev, descriptors, errors.
const fs = require('fs');
const fsp = require('fs/promises');
const { show, p, scrub } = require('./_tmp');

function watch(stream, label) {
  return new Promise((resolve) => {
    const log = [];
    for (const ev of ['open', 'ready', 'finish', 'close', 'drain']) {
      stream.on(ev, (arg) => log.push(ev + (typeof arg === 'number' ? ':fd' : '')));
    }
    stream.on('error', (err) => log.push(`error:${err.code}:${scrub(err.message)}`));
    stream.on('close', () => {
      console.log(label, log.join(' '), 'bytesWritten', stream.bytesWritten);
      resolve();
    });
  });
}

show('bad start', () => fs.createWriteStream(p('x'), { start: -5 }));
show('bad flush', () => fs.createWriteStream(p('x'), { flush: 'yes' }));
show('bad fs', () => fs.createWriteStream(p('x'), { fs: { open() {}, close() {} } }));
show('bad fs.writev', () => fs.createWriteStream(p('x'), { fs: { open() {}, close() {}, writev: 1 } }));
show('bad fd', () => fs.createWriteStream(null, { fd: {} }));
show('bad encoding', () => fs.createWriteStream(p('x'), { encoding: 'nope' }));

(async () => {
  const w = fs.createWriteStream(p('out.txt'));
  console.log('shape', w.pending, scrub(w.path), w.fd, w.flags, w.mode, w.start, w.autoClose,
              w instanceof fs.WriteStream);
  const done = watch(w, 'basic');
  w.write('hello ');
  w.write(Buffer.from('world'));
  w.end('!\n', () => console.log('end callback'));
  await done;
  show('contents', () => fs.readFileSync(p('out.txt'), 'utf8'));

  // writev through cork.
  const v = fs.createWriteStream(p('v.txt'));
  const vdone = watch(v, 'corked');
  v.cork();
  for (let i = 0; i < 5; i++) v.write(`${i},`);
  process.nextTick(() => { v.uncork(); v.end(); });
  await vdone;
  show('corked contents', () => fs.readFileSync(p('v.txt'), 'utf8'));

  // start position inside an existing file (flags r+).
  fs.writeFileSync(p('pos.txt'), '0123456789');
  const s = fs.createWriteStream(p('pos.txt'), { flags: 'r+', start: 3 });
  const sdone = watch(s, 'start');
  s.end('abc');
  await sdone;
  show('start contents', () => fs.readFileSync(p('pos.txt'), 'utf8'));

  // Append, encoding, flush.
  const a = fs.createWriteStream(p('pos.txt'), { flags: 'a', encoding: 'hex', flush: true });
  const adone = watch(a, 'append hex');
  a.end('41424344');
  await adone;
  show('append contents', () => fs.readFileSync(p('pos.txt'), 'utf8'));

  // Errors: a directory, a missing parent, the exclusive flag on an existing file.
  await watch(fs.createWriteStream(p()), 'directory');
  await watch(fs.createWriteStream(p('no/such/dir.txt')), 'missing parent');
  await watch(fs.createWriteStream(p('out.txt'), { flags: 'wx' }), 'exclusive');

  // Descriptor and FileHandle.
  const fd = fs.openSync(p('fd.txt'), 'w');
  const f = fs.createWriteStream(null, { fd });
  const fdone = watch(f, 'fd');
  f.end('via fd');
  await fdone;
  show('fd contents', () => fs.readFileSync(p('fd.txt'), 'utf8'));
  const handle = await fsp.open(p('fh.txt'), 'w');
  const h = handle.createWriteStream();
  const hdone = watch(h, 'filehandle');
  h.write('via ');
  h.end('handle');
  await hdone;
  show('handle contents', () => fs.readFileSync(p('fh.txt'), 'utf8'));

  // close(cb) ends the stream; writing after end errors.
  const c = fs.createWriteStream(p('c.txt'));
  c.write('x');
  await new Promise((resolve) => c.close((err) => {
    console.log('close cb', err, c.closed, c.writableFinished);
    resolve();
  }));
  c.on('error', (err) => console.log('write after end', err.code));
  c.write('y');
  await new Promise((r) => setImmediate(r));

  // pipe a ReadStream into a WriteStream.
  fs.writeFileSync(p('big.txt'), 'z'.repeat(300000));
  await new Promise((resolve) => {
    const out = fs.createWriteStream(p('copy.txt'));
    fs.createReadStream(p('big.txt')).pipe(out).on('close', resolve);
  });
  show('pipe copy size', () => fs.statSync(p('copy.txt')).size);
})();
