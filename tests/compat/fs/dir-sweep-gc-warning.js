'use strict';
// A Dir that is collected while still open has its directory handle closed with node's
// warning; one that was closed (with close, closeSync or by async iteration) is not
// warned about. The collection is forced in a child started with --expose-gc.
const { spawnSync } = require('child_process');
const { dir } = require('./_tmp');

const child = `
  const fs = require('fs');
  const dir = process.argv[1];
  function leak() { fs.opendirSync(dir); }
  function closed() { fs.opendirSync(dir).closeSync(); }
  const mode = process.argv[2];
  (async () => {
    if (mode === 'leak') leak();
    if (mode === 'closed') closed();
    if (mode === 'iterated') { for await (const e of await fs.promises.opendir(dir)) void e; }
    if (mode === 'closed-cb') await new Promise((r) => fs.opendirSync(dir).close(r));
    setTimeout(() => { globalThis.gc(); setTimeout(() => {}, 50); }, 10);
  })();
`;

for (const mode of ['leak', 'closed', 'iterated', 'closed-cb']) {
  const r = spawnSync(process.execPath, ['--expose-gc', '-e', child, dir, mode], { encoding: 'utf8' });
  const warnings = r.stderr.split('\n').filter((l) => l.includes('Warning:'))
    .map((l) => l.replace(/^\(\w+:\d+\) /, ''));
  console.log(mode, r.status, warnings);
}
