// Asynchronous behaviours found through node's own test suite: callback arity, promisify
// of read/write/readv/writev/exists, closed FileHandles, FileHandle result objects,
// abort while writing, streams over a descriptor and their close, rmdir's recursive
// option, realpath of a pipe.
const fs = require('fs');
const { promisify } = require('util');
const { dir, scrub, p } = require('./_tmp');

const steps = [];
const step = (fn) => steps.push(fn);
const errText = (e) => `${e.name} ${e.code} ${scrub(e.message)} ${e.syscall ?? ''}`;

fs.writeFileSync(p('x.txt'), 'xyz\n');

step(() => new Promise((resolve) => {
  fs.close(fs.openSync(p('x.txt'), 'r'), (...args) => {
    console.log('close callback arguments', args.length, args);
    resolve();
  });
}));
step(() => new Promise((resolve) => {
  fs.fsync(fs.openSync(p('x.txt'), 'r'), (...args) => {
    console.log('fsync callback arguments', args.length);
    resolve();
  });
}));
step(() => new Promise((resolve) => {
  fs.open(p('x.txt'), (...args) => {
    console.log('open callback arguments', args.length, typeof args[1]);
    fs.closeSync(args[1]);
    resolve();
  });
}));

// fs.read shapes.
const fd = fs.openSync(p('x.txt'), 'r');
for (const [label, args] of [
  ['read(fd, cb)', []],
  ['read(fd, null, cb)', [null]],
  ['read(fd, {}, cb)', [{}]],
  ['read(fd, { buffer }, cb)', [{ buffer: Buffer.alloc(2), position: 0 }]],
  ['read(fd, buffer, null, cb)', [Buffer.alloc(3), null]],
  ['read(fd, buffer, { position }, cb)', [Buffer.alloc(3), { position: 1 }]],
  ['read(fd, buffer, 0, 2, 0, cb)', [Buffer.alloc(3), 0, 2, 0]],
  ['read(fd, buffer, 0, 0, 0, cb)', [Buffer.alloc(3), 0, 0, 0]],
]) {
  step(() => new Promise((resolve) => {
    fs.read(fd, ...args, (err, n, buffer) => {
      console.log(label, err, n, buffer.length);
      resolve();
    });
  }));
}

step(async () => {
  const read = promisify(fs.read);
  const r = await read(fd, Buffer.alloc(4), 0, 4, 0);
  console.log('promisified read', Object.keys(r), r.bytesRead, String(r.buffer));
  const r2 = await read(fd, {});
  console.log('promisified read options', r2.bytesRead, r2.buffer.length);
  const wfd = fs.openSync(p('w.txt'), 'w+');
  const w = await promisify(fs.write)(wfd, Buffer.from('foobar'));
  console.log('promisified write', Object.keys(w), w.bytesWritten, String(w.buffer));
  const w2 = await promisify(fs.write)(wfd, 'str');
  console.log('promisified write string', Object.keys(w2), w2.bytesWritten, w2.buffer);
  const rv = await promisify(fs.readv)(wfd, [Buffer.alloc(2)], 0);
  console.log('promisified readv', Object.keys(rv), rv.bytesRead);
  const wv = await promisify(fs.writev)(wfd, [Buffer.from('zz')], 0);
  console.log('promisified writev', Object.keys(wv), wv.bytesWritten);
  const exists = promisify(fs.exists);
  console.log('promisified exists', exists.name, await exists(p('x.txt')), await exists(p('no')));
  fs.closeSync(wfd);
});

// A closed FileHandle names the system call each method stands for.
step(async () => {
  const fh = await fs.promises.open(p('x.txt'), 'r+');
  console.log('empty writev', await fh.writev([]));
  try {
    await fh.readv([]);
  } catch (e) {
    console.log('empty readv', errText(e));
  }
  console.log('write result', await fh.write(Buffer.from('x'), 0, 1, 0));
  console.log('write string result', await fh.write('y', 1));
  console.log('read result', await fh.read(Buffer.alloc(2), 0, 2, 0));
  console.log('empty read result', await fh.read(Buffer.alloc(2), 0, 0, 0));
  console.log('readv result', await fh.readv([Buffer.alloc(1)], 0));
  await fh.close();
  const ops = {
    stat: () => fh.stat(), read: () => fh.read(Buffer.alloc(4), 0, 4, 0),
    write: () => fh.write(Buffer.from('x')), truncate: () => fh.truncate(1),
    sync: () => fh.sync(), datasync: () => fh.datasync(), chmod: () => fh.chmod(0o644),
    chown: () => fh.chown(0, 0), utimes: () => fh.utimes(1, 1), readFile: () => fh.readFile(),
    writeFile: () => fh.writeFile('x'), appendFile: () => fh.appendFile('x'),
    readv: () => fh.readv([Buffer.alloc(2)]), writev: () => fh.writev([Buffer.alloc(2)]),
  };
  for (const [name, fn] of Object.entries(ops)) {
    try {
      await fn();
      console.log('closed', name, 'resolved');
    } catch (e) {
      console.log('closed', name, errText(e));
    }
  }
  try {
    await fs.promises.lchmod(p('x.txt'), 0o644);
  } catch (e) {
    console.log('promises.lchmod', errText(e));
  }
});

// Aborting while a large FileHandle.writeFile is under way.
step(async () => {
  const fh = await fs.promises.open(p('big.txt'), 'w+');
  const controller = new AbortController();
  process.nextTick(() => controller.abort());
  try {
    await fh.writeFile(Buffer.alloc(4 * 1024 * 1024, 'a'), { signal: controller.signal });
    console.log('writeFile not aborted');
  } catch (e) {
    console.log('writeFile aborted', e.name);
  }
  await fh.close();
});

// A proxy of a signal works as the signal (node's brand check reads through it).
step(async () => {
  const fh = await fs.promises.open(p('x.txt'), 'r');
  const signal = new Proxy(AbortSignal.abort('why'), {});
  try {
    await fh.readFile({ signal });
    console.log('readFile not aborted');
  } catch (e) {
    console.log('readFile proxied signal', e.name, e.cause);
  }
  await fh.close();
  const controller = new AbortController();
  const nested = new Proxy(new Proxy(controller.signal, {}), {});
  console.log('nested proxy', nested.aborted, nested.reason);
  controller.abort('late');
  console.log('nested proxy aborted', nested.aborted, nested.reason);
  const getter = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get;
  for (const value of [{}, new Proxy({}, {}), null]) {
    try {
      getter.call(value);
    } catch (e) {
      console.log('aborted getter', errText(e));
    }
  }
});

// Streams over a descriptor have no path; fs.close still sees the descriptor.
step(() => new Promise((resolve) => {
  const rfd = fs.openSync(p('x.txt'), 'r');
  const stream = fs.createReadStream(null, { fd: rfd, encoding: 'utf8' });
  console.log('stream path', 'path' in stream, stream.path);
  const ws = fs.createWriteStream('ignored', { fd: fs.openSync(p('w2.txt'), 'w') });
  console.log('write stream path', 'path' in ws);
  ws.end();
  const close = fs.close;
  fs.close = (closingFd, cb) => {
    if (closingFd === rfd) console.log('fs.close sees the descriptor', stream.fd === rfd);
    close(closingFd, cb);
  };
  stream.on('data', (d) => console.log('data', JSON.stringify(d)));
  stream.on('close', () => {
    fs.close = close;
    console.log('stream fd after close', stream.fd);
    resolve();
  });
}));

// A subclass's open() that reports an error fails the construction once.
step(() => new Promise((resolve) => {
  function Legacy(...args) {
    fs.ReadStream.call(this, ...args);
  }
  Object.setPrototypeOf(Legacy.prototype, fs.ReadStream.prototype);
  Object.setPrototypeOf(Legacy, fs.ReadStream);
  Legacy.prototype.open = function open() {
    fs.open(this.path, this.flags, this.mode, (err) => this.emit('error', err));
  };
  const r = new Legacy(p('missing'), { emitClose: true });
  let errors = 0;
  r.on('error', (err) => {
    errors++;
    console.log('legacy open error', err.code, 'destroyed', r.destroyed);
  });
  r.on('close', () => {
    console.log('legacy close, errors:', errors);
    resolve();
  });
}));

step(() => new Promise((resolve) => {
  fs.writeFileSync(p('file'), '');
  fs.rmdir(p('file'), { recursive: true }, (err) => {
    console.log('rmdir recursive file', errText(err));
    fs.rmdir(p('missing'), { recursive: true }, (err2) => {
      console.log('rmdir recursive missing', errText(err2));
      fs.promises.rmdir(p('file'), { recursive: true }).catch((err3) => {
        console.log('promises.rmdir recursive file', errText(err3));
        return fs.promises.rmdir(p('missing'), { recursive: true });
      }).catch((err4) => {
        console.log('promises.rmdir recursive missing', errText(err4));
        resolve();
      });
    });
  });
}));

step(() => new Promise((resolve) => {
  fs.mkdirSync(p('a', 'b'), { recursive: true });
  fs.symlinkSync('a/b', p('lb'));
  fs.symlinkSync('nowhere', p('dangle'));
  fs.realpath(p('lb', '..'), (err, r) => {
    console.log('realpath link/..', err, scrub(r));
    fs.realpath(p('dangle'), (err2) => {
      console.log('realpath dangling', errText(err2));
      fs.realpath(p('a', 'nope', 'x'), (err3) => {
        console.log('realpath missing', errText(err3));
        resolve();
      });
    });
  });
}));

// /dev/stdin is a socket in the child: node's walk stops at the socket's /proc name.
step(() => {
  const { spawnSync } = require('child_process');
  const code = "const fs = require('fs');" +
    "console.log(fs.realpathSync('/dev/stdin').replace(/\\d+/g, 'N'));" +
    "fs.realpath('/dev/stdin', (e, r) => console.log(e, r.replace(/\\d+/g, 'N')));";
  const child = spawnSync(process.execPath, ['-e', code], { input: 'x' });
  console.log('realpath /dev/stdin', child.status, child.stdout.toString().trim());
});

// Dir: entry names in the encoding asked for; many small asynchronous reads in a row.
step(async () => {
  fs.mkdirSync(p('many'));
  for (let i = 0; i < 40; i++) fs.writeFileSync(p('many', `f${i}`), '');
  for (const encoding of ['hex', 'buffer', 'latin1', 'utf8']) {
    const d = fs.opendirSync(p('a'), { encoding });
    const entry = d.readSync();
    console.log('opendir', encoding, entry.name);
    d.closeSync();
  }
  const names = [];
  for await (const e of await fs.promises.opendir(p('many'), { bufferSize: 3, encoding: 'base64' })) {
    names.push(Buffer.from(e.name, 'base64').toString());
  }
  console.log('opendir async', names.length, names.sort().slice(0, 3));
  const d = fs.opendirSync(p('many'), { bufferSize: 2 });
  let count = 0;
  await new Promise((resolve) => {
    const next = () => d.read((err, e) => {
      if (err || e === null) {
        console.log('opendir callbacks', err, count);
        d.close(resolve);
        return;
      }
      count++;
      next();
    });
    next();
  });
});

(async () => {
  for (const fn of steps) await fn();
  fs.closeSync(fd);
  console.log('done', dir.length > 0);
})();
