// Numeric open flags must be int32 in every form of open, readFile, writeFile and
// appendFile; the callback readFile names them options.flag.
'use strict';
const fs = require('fs');
const p = '/nonexistent-dir/x';
const cases = {
  readFile: (cb) => fs.readFile(p, { flag: 1.5 }, cb),
  writeFile: (cb) => fs.writeFile(p, 'a', { flag: 1.5 }, cb),
  appendFile: (cb) => fs.appendFile(p, 'a', { flag: 1.5 }, cb),
  open: (cb) => fs.open(p, 1.5, cb),
  'promises.readFile': (cb) => fs.promises.readFile(p, { flag: 1.5 }).then(() => cb(), cb),
  'promises.writeFile': (cb) => fs.promises.writeFile(p, 'a', { flag: 1.5 }).then(() => cb(), cb),
  'promises.appendFile': (cb) => fs.promises.appendFile(p, 'a', { flag: 1.5 }).then(() => cb(), cb),
  'promises.open': (cb) => fs.promises.open(p, 2 ** 33).then(() => cb(), cb),
  readFileSync: () => fs.readFileSync(p, { flag: -1.5 }),
  writeFileSync: () => fs.writeFileSync(p, 'a', { flag: 1.5 }),
  appendFileSync: () => fs.appendFileSync(p, 'a', { flag: 1.5 }),
  writeFileSyncUtf8: () => fs.writeFileSync(p, 'a', { flag: 1.5, encoding: 'utf8' }),
  cpSync: () => fs.copyFileSync(p, p + 'y', 1.5),
};
(async () => {
  for (const [name, f] of Object.entries(cases)) {
    await new Promise((resolve) => {
      const done = (e) => { console.log(name, e ? `${e.code} ${e.message}` : 'ok'); resolve(); };
      try { const r = f(done); if (f.length === 0) done(); } catch (e) { done(e); }
    });
  }
})();
