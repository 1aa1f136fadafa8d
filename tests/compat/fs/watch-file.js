// fs.watchFile / unwatchFile: stat polling, shared watchers, stop events.
const fs = require('fs');
const { p } = require('./_tmp');
const file = p('polled.txt');

function nextChange(watcherFile, options) {
  return new Promise((resolve) => {
    const listener = (curr, prev) => {
      fs.unwatchFile(watcherFile, listener);
      resolve([curr, prev]);
    };
    fs.watchFile(watcherFile, options, listener);
  });
}

(async () => {
  // A missing file: the first poll reports it (all-zero stats) once.
  let change = nextChange(file, { interval: 10 });
  let [curr, prev] = await change;
  console.log('missing', curr.isFile(), curr.size, curr.mtimeMs, prev.size, prev.nlink,
              curr.mtime.getTime(), curr.constructor.name);

  fs.writeFileSync(file, 'hello');
  change = nextChange(file, { interval: 10 });
  const t = setTimeout(() => fs.appendFileSync(file, ' world'), 50);
  [curr, prev] = await change;
  clearTimeout(t);
  console.log('grown', curr.isFile(), curr.size, prev.size, curr.mtimeMs >= prev.mtimeMs);

  // bigint stats.
  change = nextChange(file, { interval: 10, bigint: true });
  setTimeout(() => fs.writeFileSync(file, 'x'), 50);
  [curr, prev] = await change;
  console.log('bigint', typeof curr.size, curr.size, prev.size, curr.constructor.name);

  // One StatWatcher per path; unwatchFile without a listener removes them all.
  const l1 = () => {};
  const l2 = () => {};
  const w1 = fs.watchFile(file, { interval: 10 }, l1);
  const w2 = fs.watchFile(file, { interval: 10 }, l2);
  console.log('same watcher', w1 === w2, w1.listenerCount('change'));
  console.log('proto', Object.getOwnPropertyNames(Object.getPrototypeOf(w1)).join());
  console.log('ref/unref return this', w1.ref() === w1, w1.unref() === w1);
  w1.on('stop', () => console.log('stop event'));
  fs.unwatchFile(file, l1);
  console.log('after removing l1', w1.listenerCount('change'));
  fs.unwatchFile(file, () => {});
  console.log('unknown listener ignored', w1.listenerCount('change'));
  fs.unwatchFile(file);
  console.log('after unwatch all', w1.listenerCount('change'));
  await new Promise((r) => setImmediate(r));

  // The file being deleted.
  change = nextChange(file, { interval: 10 });
  setTimeout(() => fs.unlinkSync(file), 50);
  [curr, prev] = await change;
  console.log('deleted', curr.size, curr.nlink, prev.size, prev.isFile());

  // A persistent: false watcher lets the process end.
  fs.watchFile(file, { persistent: false, interval: 10 }, () => {});
  // options omitted: the listener is the second argument.
  const w3 = fs.watchFile(p('other'), () => {});
  w3.unref();
  console.log('done');
})();
