// fs.createReadStream: events, ranges, encodings, descriptors, errors.
const fs = require('fs');
const fsp = require('fs/promises');
const { show, p, scrub } = require('./_tmp');
const file = p('data.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz'.repeat(4));

function collect(stream, label) {
  return new Promise((resolve) => {
    const log = [];
    for (const ev of ['open', 'ready', 'end', 'close', 'pause', 'resume']) {
      stream.on(ev, (arg) => log.push(ev + (typeof arg === 'number' ? ':fd' : '')));
    }
    stream.on('error', (err) => log.push(`error:${err.code}:${scrub(err.message)}`));
    stream.on('data', (d) => log.push(`data:${typeof d === 'string' ? d : d.toString('hex')}`));
    stream.on('close', () => {
      console.log(label, log.join(' '), 'bytesRead', stream.bytesRead);
      resolve();
    });
  });
}

show('bad start', () => fs.createReadStream(file, { start: -1 }));
show('bad end', () => fs.createReadStream(file, { end: 'x' }));
show('start > end', () => fs.createReadStream(file, { start: 5, end: 2 }));
show('bad fd', () => fs.createReadStream(null, { fd: 'x' }));
show('bad path', () => fs.createReadStream(123));
show('bad encoding', () => fs.createReadStream(file, 'nope'));
show('bad options', () => fs.createReadStream(file, 42));
show('bad fs.read', () => fs.createReadStream(file, { fs: { open() {}, close() {} } }));
show('float start', () => fs.createReadStream(file, { start: 1.5 }));

(async () => {
  const r = fs.createReadStream(file, { start: 3, end: 12, highWaterMark: 4 });
  console.log('shape', r.pending, scrub(r.path), r.fd, r.flags, r.mode, r.start, r.end,
              r.autoClose, r.readableHighWaterMark, r instanceof fs.ReadStream);
  await collect(r, 'range');
  await collect(fs.createReadStream(file, { encoding: 'utf8', start: 100, highWaterMark: 16 }), 'tail');
  await collect(fs.createReadStream(file, { start: 200 }), 'past end');
  await collect(fs.createReadStream(file, { end: 0 }), 'one byte');
  await collect(fs.createReadStream(p('missing.txt')), 'missing');
  await collect(fs.createReadStream(p()), 'directory');
  await collect(fs.createReadStream(file, { emitClose: true, start: 0, end: 3 }).setEncoding('base64'),
                'base64');

  // An open descriptor: no 'open' event, and it is closed at the end unless autoClose is off.
  const fd = fs.openSync(file, 'r');
  await collect(fs.createReadStream(null, { fd, start: 0, end: 5, autoClose: false }), 'fd no autoClose');
  show('fd still open', () => fs.fstatSync(fd).size);
  await collect(fs.createReadStream(null, { fd, start: 6, end: 9 }), 'fd autoClose');
  show('fd closed', () => fs.fstatSync(fd).size);

  // A FileHandle.
  const handle = await fsp.open(file);
  await collect(handle.createReadStream({ start: 10, end: 15 }), 'filehandle');
  show('handle closed', () => handle.fd);

  // Destroying mid-read, close(cb), and reading with pause/resume.
  const d = fs.createReadStream(file, { highWaterMark: 8 });
  d.once('data', () => d.destroy());
  await collect(d, 'destroy');
  const c = fs.createReadStream(file);
  await new Promise((resolve) => c.on('open', () => c.close((err) => {
    console.log('close cb', err, c.destroyed, c.closed);
    resolve();
  })));
  const pr = fs.createReadStream(file, { highWaterMark: 50 });
  const chunks = [];
  for await (const chunk of pr) chunks.push(chunk.length);
  console.log('async iteration', chunks.join(), pr.destroyed);

  // Custom fs implementation.
  const calls = [];
  const custom = fs.createReadStream(file, {
    end: 3,
    fs: {
      open(...args) { calls.push('open'); return fs.open(...args); },
      read(...args) { calls.push('read'); return fs.read(...args); },
      close(...args) { calls.push('close'); return fs.close(...args); },
    },
  });
  await collect(custom, 'custom fs');
  console.log('custom calls', calls.join());
})();
