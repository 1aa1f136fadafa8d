'use strict';
// chokidar 4 (pure JavaScript over fs.watch): the initial scan and a few events.
const chokidar = require('chokidar');
const fs = require('fs');
const path = require('path');
const { tmpdir } = require('./_tmp');

const root = tmpdir('chokidar');
fs.mkdirSync(path.join(root, 'sub/deeper'), { recursive: true });
fs.writeFileSync(path.join(root, 'a.txt'), 'a');
fs.writeFileSync(path.join(root, 'sub/b.txt'), 'b');
fs.writeFileSync(path.join(root, 'sub/deeper/c.log'), 'c');

const rel = (p) => path.relative(root, p).split(path.sep).join('/') || '.';
const initial = [];
const later = [];
const watcher = chokidar.watch(root, { ignored: (p) => p.endsWith('.log'), awaitWriteFinish: false });
let ready = false;
watcher.on('all', (ev, p) => (ready ? later : initial).push(`${ev} ${rel(p)}`));
watcher.on('error', (e) => console.log('error', e));
watcher.on('ready', () => {
  ready = true;
  console.log('initial', initial.sort());
  const w = watcher.getWatched();
  console.log('watched', Object.keys(w).map(rel).sort(), w[root].sort());
  fs.writeFileSync(path.join(root, 'new.txt'), 'n');
  waitFor('add new.txt', () => {
    fs.unlinkSync(path.join(root, 'a.txt'));
    waitFor('unlink a.txt', () => {
      fs.mkdirSync(path.join(root, 'made'));
      waitFor('addDir made', () => {
        watcher.unwatch(path.join(root, 'sub'));
        watcher.close().then(() => console.log('closed', later));
      });
    });
  });
});

// Events arrive after an unspecified delay; poll for the one expected.
function waitFor(event, then) {
  const start = Date.now();
  (function check() {
    if (later.includes(event)) return then();
    if (Date.now() - start > 5000) {
      console.log('timed out waiting for', event, later);
      process.exit(1);
    }
    setTimeout(check, 20);
  })();
}
