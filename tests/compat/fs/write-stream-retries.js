// fs.WriteStream writes everything it is given, as node does: EAGAIN counts as nothing
// written and is retried, a short write continues with the rest, five writes in a row
// that write nothing fail the stream (with node's SystemError), and a stream destroyed
// while a write was in flight reports ERR_STREAM_DESTROYED.
const fs = require('fs');
const { p: file } = require('./_tmp');
function run(name, fsImpl, act, opts = {}) {
  return new Promise((resolve) => {
    const s = fs.createWriteStream(file(name), { ...opts, fs: { open: fs.open, close: fs.close, ...fsImpl } });
    const ev = [];
    s.on('error', (e) => ev.push(`error ${e.code} ${e.message}`));
    s.on('finish', () => ev.push('finish'));
    s.on('close', () => {
      let content; try { content = fs.readFileSync(file(name), 'utf8'); } catch (e) { content = e.code; }
      console.log(name, ev.join(', '), '| bytesWritten', s.bytesWritten, '| file', JSON.stringify(content));
      resolve();
    });
    act(s, ev);
  });
}
(async () => {
  { // EAGAIN once on write.
    let n = 0;
    await run('eagain-once', { write(fd, buf, off, len, pos, cb) { if (n++ === 0) return cb(Object.assign(new Error('again'), { code: 'EAGAIN' }), 0, buf); fs.write(fd, buf, off, len, pos, cb); } },
      (s, ev) => s.end('foo', () => ev.push('end cb')));
  }
  { // Partial writes: 2 bytes at a time.
    await run('partial', { write(fd, buf, off, len, pos, cb) { fs.write(fd, buf, off, Math.min(len, 2), pos, cb); } },
      (s) => { s.write('hello'); s.end(' world'); });
  }
  { // Partial writes with a start position.
    fs.writeFileSync(file('partial-start'), '0123456789');
    await run('partial-start', { write(fd, buf, off, len, pos, cb) { fs.write(fd, buf, off, Math.min(len, 3), pos, cb); } },
      (s) => { s.end('abcdefg'); }, { flags: 'r+', start: 2 });
  }
  { // Always zero bytes written: gives up.
    await run('zero', { write(fd, buf, off, len, pos, cb) { cb(null, 0, buf); } },
      (s, ev) => s.end('abc', (e) => ev.push(`end cb ${e.name} ${e.code} ${JSON.stringify(e.info)} ${e.errno}`)));
  }
  { // Always EAGAIN.
    await run('always-eagain', { write(fd, buf, off, len, pos, cb) { cb(Object.assign(new Error('again'), { code: 'EAGAIN' }), 0, buf); } },
      (s) => s.end('abc'));
  }
  { // Another error.
    await run('eio', { write(fd, buf, off, len, pos, cb) { cb(Object.assign(new Error('eio'), { code: 'EIO' }), 0, buf); } },
      (s) => s.end('abc'));
  }
  { // writev with EAGAIN once, and partial.
    let n = 0;
    await run('writev-eagain', { write: undefined, writev(fd, bufs, pos, cb) { if (n++ === 0) return cb(Object.assign(new Error('again'), { code: 'EAGAIN' }), 0, bufs); fs.writev(fd, bufs, pos, cb); } },
      (s) => { s.cork(); s.write('ab'); s.write('cd'); s.end('ef'); });
  }
  { // writev writing one byte at a time.
    await run('writev-partial', { write: undefined, writev(fd, bufs, pos, cb) { fs.write(fd, bufs[0], 0, 1, pos, (err, n) => cb(err, n, bufs)); } },
      (s) => { s.cork(); s.write('ab'); s.write('cd'); s.end('ef'); });
  }
  { // writev never writing.
    await run('writev-zero', { write: undefined, writev(fd, bufs, pos, cb) { cb(null, 0, bufs); } },
      (s) => { s.cork(); s.write('ab'); s.end('cd'); });
  }
  { // Destroyed while a write is in flight: the write completes, then the descriptor closes.
    let stream;
    await run('destroy-during', { write(fd, buf, off, len, pos, cb) { stream.destroy(); fs.write(fd, buf, off, len, pos, cb); } },
      (s, ev) => { stream = s; s.write('abc', (e) => ev.push(`write cb ${e && e.code}`)); });
  }
  { // destroyed reads true while writing.
    const s = fs.createWriteStream(file('fake-destroyed'));
    Object.defineProperty(s, 'destroyed', { get: () => true, configurable: true });
    const ev = [];
    s.on('error', (e) => ev.push(`error ${e.code}`));
    s.end('foo', (e) => ev.push(`end cb ${e && e.code}`));
    await require('stream/promises').finished(s).then(() => ev.push('finished ok'), (e) => ev.push(`finished ${e.code}`));
    await new Promise((r) => setTimeout(r, 20));
    console.log('fake-destroyed', ev.join(', '));
  }
})();
