'use strict';
// fs.Dir with `recursive: true` meeting a subdirectory it may not read (mode 000):
// handing out that directory's Dirent fails with opendir's EACCES (the Dirent is lost),
// and reading goes on with the rest, in the sync, callback, promise and for-await forms;
// for await ends at the failure. A directory that may be read but not searched (mode 444)
// lists its names, and handing out a subdirectory of it fails the same way. Without
// `recursive` nothing is entered and nothing fails. Permissions do not bind root, so as
// root the reads run in a child process under the unprivileged uid 65534.
const fs = require('fs');

if (process.argv[2] === 'child') {
  const base = process.argv[3];
  const scrub = (s) => String(s).split(base).join('<t>');
  const failure = (e) => `${e.code} ${e.syscall} ${scrub(e.path)} ${scrub(e.message)}`;
  const name = (e) => `${e.name}@${scrub(e.parentPath)}`;
  const sync = (dir, options) => {
    const d = fs.opendirSync(dir, options);
    const out = [];
    for (;;) {
      try {
        const e = d.readSync();
        if (e === null) break;
        out.push(name(e));
      } catch (e) {
        out.push(failure(e));
      }
    }
    d.closeSync();
    return out;
  };
  const callback = (dir, options) => new Promise((resolve) => {
    fs.opendir(dir, options, (err, d) => {
      if (err) return resolve([failure(err)]);
      const out = [];
      const next = () => d.read((err2, e) => {
        if (err2) out.push(failure(err2));
        else if (e === null) return d.close(() => resolve(out));
        else out.push(name(e));
        next();
      });
      next();
    });
  });
  const promise = async (dir, options) => {
    const d = await fs.promises.opendir(dir, options);
    const out = [];
    for (;;) {
      try {
        const e = await d.read();
        if (e === null) break;
        out.push(name(e));
      } catch (e) {
        out.push(failure(e));
      }
    }
    await d.close();
    return out;
  };
  const iterate = async (dir, options) => {
    const out = [];
    try {
      for await (const e of await fs.promises.opendir(dir, options)) out.push(name(e));
    } catch (e) {
      out.push(failure(e));
    }
    return out;
  };
  (async () => {
    for (const [label, dir] of [['closed', `${base}/closed`], ['unsearchable', `${base}/unsearchable`]]) {
      for (const options of [{ recursive: true }, { recursive: true, bufferSize: 2 }, {}]) {
        for (const [form, fn] of [['sync', sync], ['callback', callback], ['promise', promise], ['for await', iterate]]) {
          console.log(label, JSON.stringify(options), form, (await fn(dir, options)).join(' | '));
        }
      }
    }
    // The unreadable directory itself as the base: opendirSync's error has no path.
    for (const [form, fn] of [['sync', sync], ['callback', callback], ['promise', promise]]) {
      try {
        console.log('base', form, (await fn(`${base}/closed/a/locked`, { recursive: true })).join(' | '));
      } catch (e) {
        console.log('base', form, failure(e));
      }
    }
  })();
} else {
  require('./_unreadable_tree').runChildOverUnreadableTree(__filename);
}
