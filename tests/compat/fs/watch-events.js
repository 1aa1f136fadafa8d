// fs.watch events, one step at a time: each step waits for its first event.
const fs = require('fs');
const { p, scrub } = require('./_tmp');
fs.mkdirSync(p('d'));
fs.writeFileSync(p('file.txt'), 'one');

function nextEvent(watcher, match) {
  return new Promise((resolve) => {
    const onChange = (type, name) => {
      if (match && !match(type, name)) return;
      watcher.removeListener('change', onChange);
      resolve([type, name]);
    };
    watcher.on('change', onChange);
  });
}

(async () => {
  const w = fs.watch(p('d'));
  console.log('proto', Object.getOwnPropertyNames(Object.getPrototypeOf(w)).join());
  console.log('ref returns this', w.ref() === w, w.unref() === w, w.ref() === w);
  let ev = nextEvent(w);
  fs.writeFileSync(p('d/a.txt'), 'x');
  console.log('create', await ev);
  ev = nextEvent(w, (t) => t === 'change');
  fs.appendFileSync(p('d/a.txt'), 'y');
  console.log('append', await ev);
  ev = nextEvent(w, (t, n) => n === 'b.txt');
  fs.renameSync(p('d/a.txt'), p('d/b.txt'));
  console.log('rename', await ev);
  ev = nextEvent(w);
  fs.unlinkSync(p('d/b.txt'));
  console.log('unlink', await ev);
  let closes = 0;
  w.on('close', () => { closes++; console.log('close event', closes); });
  w.close();
  w.close();
  console.log('closed sync; ref after close', w.ref() === w);
  await new Promise((r) => setImmediate(r));

  // Watching a single file reports its base name.
  const f = fs.watch(p('file.txt'), { persistent: true });
  ev = nextEvent(f);
  fs.appendFileSync(p('file.txt'), 'two');
  console.log('file append', await ev);
  f.close();

  // Encodings of the reported name.
  const b = fs.watch(p('d'), { encoding: 'buffer' });
  ev = nextEvent(b);
  fs.writeFileSync(p('d/enc.txt'), 'x');
  const [, bufName] = await ev;
  console.log('buffer name', Buffer.isBuffer(bufName), bufName.toString());
  b.close();
  const h = fs.watch(p('d'), 'hex');
  ev = nextEvent(h);
  fs.writeFileSync(p('d/hex.txt'), 'x');
  console.log('hex name', await ev);
  h.close();

  // A listener passed to watch() is a 'change' listener.
  await new Promise((resolve) => {
    const l = fs.watch(p('d'), (type, name) => {
      if (name !== 'listener.txt') return;
      console.log('listener', type, name, typeof type);
      l.close();
      l.on('close', resolve);
    });
    fs.writeFileSync(p('d/listener.txt'), 'x');
  });

  // An aborted signal closes the watcher on the next tick.
  const ac = new AbortController();
  const s = fs.watch(p('d'), { signal: ac.signal });
  s.on('close', () => console.log('closed by abort'));
  ac.abort();
  await new Promise((r) => setImmediate(r));
  const s2 = fs.watch(p('d'), { signal: AbortSignal.abort() });
  await new Promise((r) => s2.on('close', r));
  console.log('closed by pre-aborted signal');

  // The watched directory disappearing.
  fs.mkdirSync(p('gone'));
  const g = fs.watch(p('gone'));
  ev = nextEvent(g);
  fs.rmdirSync(p('gone'));
  console.log('dir removed', (await ev)[0]);
  g.close();

  // An unref'd watcher does not keep the process alive.
  fs.watch(p('d')).unref();
  console.log('done', scrub(p('d')).length > 0);
})();
