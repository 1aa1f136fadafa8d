// readdir's failures (scandir's errors: a missing path, a file, a path through a file, a
// NUL byte) from readdirSync, fs.readdir and fs.promises.readdir with each result form,
// and directories with no entry, one entry, and no size of their own (/proc).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'readdir-errors-'));
const clean = (s) => String(s).split(root).join('<root>');
const describe = (e) => clean(JSON.stringify([e.constructor.name, e.code, e.errno, e.syscall, e.path, e.message]));
fs.mkdirSync(path.join(root, 'empty'));
fs.mkdirSync(path.join(root, 'one'));
fs.writeFileSync(path.join(root, 'one', '\u00e9'), '');
fs.writeFileSync(path.join(root, 'file'), '');

(async () => {
  const targets = ['missing', 'file', 'file/below', 'missing/below', 'a\0b'];
  for (const t of targets) {
    const full = path.join(root, t);
    for (const options of [undefined, { withFileTypes: true }, 'buffer', { encoding: 'latin1', withFileTypes: true }]) {
      const label = `${JSON.stringify(t)} ${JSON.stringify(options)}`;
      try {
        fs.readdirSync(full, options);
        console.log(label, 'sync: no error');
      } catch (e) {
        console.log(label, 'sync', describe(e));
      }
      await new Promise((resolve) => {
        try {
          fs.readdir(full, options, (e) => {
            console.log(label, 'callback', e ? describe(e) : 'no error');
            resolve();
          });
        } catch (e) {
          console.log(label, 'callback throws', describe(e));
          resolve();
        }
      });
      try {
        await fs.promises.readdir(full, options);
        console.log(label, 'promise: no error');
      } catch (e) {
        console.log(label, 'promise', describe(e));
      }
    }
  }
  for (const d of ['empty', 'one']) {
    const full = path.join(root, d);
    console.log(d, JSON.stringify(fs.readdirSync(full)), JSON.stringify(await fs.promises.readdir(full)),
                fs.readdirSync(full, 'buffer').map((b) => b.toString('hex')).join(','),
                JSON.stringify(fs.readdirSync(full, 'latin1')),
                JSON.stringify(fs.readdirSync(full, { withFileTypes: true }).map((e) => [e.name, e.isFile()])));
  }
  // /proc directories report a size of 0: the entries are still all there, in order.
  const self = fs.readdirSync('/proc/self');
  const sorted = [...self].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  console.log('/proc/self sorted', JSON.stringify(self) === JSON.stringify(sorted), self.includes('status'),
              self.includes('.'), self.includes('..'));
  fs.rmSync(root, { recursive: true });
})();
