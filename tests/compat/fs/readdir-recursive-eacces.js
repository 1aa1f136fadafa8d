'use strict';
// Recursive readdir meeting a directory it may not read (mode 000) partway through the
// walk: readdirSync, fs.readdir and fs.promises.readdir all fail with EACCES, for names
// and for Dirents, since the directory itself can be statted. A directory that may be
// read but not searched (mode 444) lists its names, and entering its subdirectories then
// fails. Permissions do not bind root, so as root the walks run in a child process under
// the unprivileged uid 65534.
const fs = require('fs');

if (process.argv[2] === 'child') {
  const base = process.argv[3];
  const scrub = (s) => String(s).split(base).join('<t>');
  const failure = (e) => `${e.code} ${e.syscall} ${scrub(e.path)}`;
  const list = (l) => l.map((e) => (typeof e === 'string' ? e : `${e.name}@${scrub(e.parentPath)}`)).join(' ');
  const run = async (label, dir) => {
    for (const withFileTypes of [false, true]) {
      const options = { recursive: true, withFileTypes };
      try {
        console.log(label, withFileTypes, 'sync', list(fs.readdirSync(dir, options)));
      } catch (e) {
        console.log(label, withFileTypes, 'sync', failure(e));
      }
      try {
        console.log(label, withFileTypes, 'promise', list(await fs.promises.readdir(dir, options)));
      } catch (e) {
        console.log(label, withFileTypes, 'promise', failure(e));
      }
    }
  };
  (async () => {
    await run('closed', `${base}/closed`);
    await run('unsearchable', `${base}/unsearchable`);
    // The callback form only where it succeeds: node 20 throws its errors synchronously.
    fs.readdir(`${base}/open`, { recursive: true }, (err, l) => console.log('open callback', err, list(l)));
  })();
} else {
  const { runChildOverUnreadableTree } = require('./_unreadable_tree');
  runChildOverUnreadableTree(__filename, (p) => fs.mkdirSync(p('open', 'x'), { recursive: true }));
}
