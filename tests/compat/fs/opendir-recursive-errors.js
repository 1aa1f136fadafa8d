'use strict';
// fs.Dir's errors, with and without `recursive`: reading or closing a closed Dir (read()
// throws ERR_DIR_CLOSED synchronously in both forms, close() reports it), synchronous
// calls during an asynchronous read (ERR_DIR_CONCURRENT_OPERATION), queued calls and
// their order, closing during async iteration, a buffered subdirectory that is removed
// or replaced by a file before its Dirent is handed out (opendir's error for that read,
// the Dirent lost, the walk going on), Buffer names or a Buffer base (path.join's
// ERR_INVALID_ARG_TYPE), bad bufferSize (synchronously only: the asynchronous forms throw
// it from the completion, uncaught) and callback arguments, and bases that are not
// directories.
const fs = require('fs');
const { dir, scrub, p } = require('./_tmp');

const describe = (e) => (e instanceof Error ? scrub(`${e.name} ${e.code} ${e.message}${e.syscall ? ` [${e.syscall}]` : ''}`) : String(e));
const name = (e) => (e === null ? 'null' : e === undefined ? 'undefined' : scrub(`${e.name}@${e.parentPath}`));
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

function tree(base) {
  fs.mkdirSync(p(base, 'a', 'sub'), { recursive: true });
  fs.mkdirSync(p(base, 'b'));
  fs.writeFileSync(p(base, 'a', 'f'), '');
  fs.writeFileSync(p(base, 'b', 'g'), '');
  fs.writeFileSync(p(base, 'a', 'sub', 'h'), '');
  return p(base);
}

async function closed() {
  for (const recursive of [false, true]) {
    const d = fs.opendirSync(tree(`closed-${recursive}`), { recursive });
    d.closeSync();
    const log = (...a) => console.log(`closed recursive=${recursive}`, ...a);
    try {
      d.read(() => log('callback called'));
      log('read(cb) returned');
    } catch (e) {
      log('read(cb) throws', describe(e));
    }
    try {
      d.read().then(() => log('read() resolved'), (e) => log('read() rejected', describe(e)));
    } catch (e) {
      log('read() throws', describe(e));
    }
    try { d.readSync(); } catch (e) { log('readSync', describe(e)); }
    try { d.closeSync(); } catch (e) { log('closeSync', describe(e)); }
    d.close((e) => log('close(cb)', describe(e)));
    d.close().then(() => log('close() resolved'), (e) => log('close() rejected', describe(e)));
    await tick();
  }
}

async function concurrent() {
  const d = fs.opendirSync(tree('concurrent'), { recursive: true, bufferSize: 1 });
  const order = [];
  d.read((e, x) => order.push(`r1 ${name(x)}`));
  try { d.readSync(); } catch (e) { order.push(`readSync ${describe(e)}`); }
  try { d.closeSync(); } catch (e) { order.push(`closeSync ${describe(e)}`); }
  d.read((e, x) => order.push(`r2 ${name(x)}`));
  d.read().then((x) => order.push(`r3 promise ${name(x)}`));
  // Waits for the close's callback (a fixed delay was too short on a loaded machine).
  const closed = new Promise((resolve) => d.close((e) => {
    order.push(`close ${e}`);
    resolve();
  }));
  process.nextTick(() => order.push('tick'));
  await closed;
  console.log('concurrent:', order.join(' | '));
  // A read queued behind a close throws ERR_DIR_CLOSED when the queue runs, uncaught.
  const d2 = fs.opendirSync(p('concurrent'), { recursive: true });
  d2.read(() => {});
  d2.close(() => {});
  d2.read(() => console.log('queued read called'));
  await new Promise((resolve) => process.once('uncaughtException', (e) => {
    console.log('queued read after close:', describe(e));
    resolve();
  }));
}

async function iteration() {
  let d = await fs.promises.opendir(tree('iterate'), { recursive: true });
  try {
    for await (const e of d) {
      console.log('iterate', name(e));
      d.closeSync();
    }
  } catch (e) {
    console.log('iterate after closeSync', describe(e));
  }
  d = await fs.promises.opendir(p('iterate'), { recursive: true });
  for await (const e of d) {
    console.log('break at', name(e));
    break;
  }
  try { d.closeSync(); } catch (e) { console.log('closeSync after break', describe(e)); }
  d = fs.opendirSync(p('iterate'), { recursive: true });
  const it = d.entries();
  console.log('entries first', name((await it.next()).value));
  console.log('entries return', JSON.stringify(await it.return('x')));
  try { d.readSync(); } catch (e) { console.log('readSync after return', describe(e)); }
}

// Each form reads the first entry, then the subdirectories still buffered are removed
// or replaced before they are handed out.
async function vanished() {
  const change = (base) => {
    for (const sub of ['a', 'b']) {
      fs.rmSync(p(base, sub), { recursive: true });
      if (sub === 'b') fs.writeFileSync(p(base, sub), '');
    }
  };
  const prepare = (base) => {
    tree(base);
    fs.writeFileSync(p(base, '0'), '');
    // Entries come in the directory's own order: note which one is first.
    return fs.opendirSync(p(base), { recursive: true });
  };
  {
    const d = prepare('vanish-sync');
    const out = [name(d.readSync())];
    change('vanish-sync');
    for (;;) {
      try {
        const e = d.readSync();
        out.push(name(e));
        if (e === null) break;
      } catch (e) {
        out.push(describe(e));
      }
    }
    d.closeSync();
    console.log('vanished sync:', out.join(' | '));
  }
  {
    const d = prepare('vanish-callback');
    const out = [];
    await new Promise((resolve) => {
      let first = true;
      const next = () => d.read((err, e) => {
        if (first) {
          first = false;
          change('vanish-callback');
        }
        out.push(err ? describe(err) : name(e));
        if (!err && e === null) resolve();
        else next();
      });
      next();
    });
    await d.close();
    console.log('vanished callback:', out.join(' | '));
  }
  {
    const d = prepare('vanish-promise');
    const out = [name(await d.read())];
    change('vanish-promise');
    for (;;) {
      try {
        const e = await d.read();
        out.push(name(e));
        if (e === null) break;
      } catch (e) {
        out.push(describe(e));
      }
    }
    await d.close();
    console.log('vanished promise:', out.join(' | '));
  }
  {
    const d = prepare('vanish-iterate');
    const out = [];
    try {
      let first = true;
      for await (const e of d) {
        out.push(name(e));
        if (first) change('vanish-iterate');
        first = false;
      }
    } catch (e) {
      out.push(describe(e));
    }
    console.log('vanished for await:', out.join(' | '));
  }
}

async function buffers() {
  const base = tree('buffers');
  let d = fs.opendirSync(base, { recursive: true, encoding: 'buffer' });
  const out = [];
  for (;;) {
    try {
      const e = d.readSync();
      if (e === null) break;
      out.push(`<${e.name.toString()}>`);
    } catch (e) {
      out.push(describe(e));
    }
  }
  d.closeSync();
  console.log('buffer names:', out.join(' | '));
  d = fs.opendirSync(Buffer.from(base), { recursive: true });
  try {
    for (let i = 0; i < 5; i++) console.log('buffer base', name(d.readSync()), Buffer.isBuffer(d.path));
  } catch (e) {
    console.log('buffer base', describe(e));
  }
  d.closeSync();
  d = fs.opendirSync(Buffer.from(base), { recursive: false });
  console.log('buffer base not recursive', d.readSync().name, Buffer.isBuffer(d.readSync().parentPath));
  d.closeSync();
}

async function badArguments() {
  const base = p('closed-false');
  for (const bufferSize of [0, -1, 1.5, '2', 2 ** 32, null]) {
    try {
      const d = fs.opendirSync(base, { bufferSize });
      console.log('bufferSize', bufferSize, 'ok', name(d.readSync()));
      d.closeSync();
    } catch (e) {
      console.log('bufferSize', bufferSize, describe(e));
    }
  }
  for (const args of [[base], [base, {}], [base, 'utf8'], [base, { recursive: true }, 'cb']]) {
    try {
      fs.opendir(...args);
      console.log('opendir args', args.length, 'no throw');
    } catch (e) {
      console.log('opendir args', args.length, describe(e));
    }
  }
  const d = fs.opendirSync(base, { recursive: true });
  for (const cb of ['x', null, 1]) {
    try { d.read(cb); } catch (e) { console.log('read', cb, describe(e)); }
    try { d.close(cb); } catch (e) { console.log('close', cb, describe(e)); }
  }
  d.closeSync();
  for (const target of [p('nope'), p('closed-false', 'a', 'f'), '', 'a\0b', 42]) {
    try {
      fs.opendirSync(target, { recursive: true });
    } catch (e) {
      console.log('opendirSync', JSON.stringify(scrub(target)), describe(e));
    }
    await new Promise((resolve) => {
      try {
        fs.opendir(target, { recursive: true }, (e) => {
          console.log('opendir callback', JSON.stringify(scrub(target)), describe(e));
          resolve();
        });
      } catch (e) {
        console.log('opendir throws', JSON.stringify(scrub(target)), describe(e));
        resolve();
      }
    });
    await fs.promises.opendir(target, { recursive: true }).then(
      () => console.log('promises opendir resolved'),
      (e) => console.log('promises opendir', JSON.stringify(scrub(target)), describe(e)));
  }
}

(async () => {
  await closed();
  await concurrent();
  await iteration();
  await vanished();
  await buffers();
  await badArguments();
  void dir;
})();
