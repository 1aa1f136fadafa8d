const fsp = require('fs/promises');
const fs = require('fs');
const { scrub, p } = require('./_tmp');
(async () => {
  console.log(fs.promises === fsp, ['readFile', 'writeFile', 'open', 'opendir', 'rm', 'cp', 'watch', 'constants'].every((k) => k in fsp));
  await fsp.writeFile(p('f'), 'hello');
  await fsp.appendFile(p('f'), ' there');
  console.log(await fsp.readFile(p('f'), 'utf8'), (await fsp.readFile(p('f'))).length);
  const h = await fsp.open(p('f'), 'r+');
  console.log(typeof h.fd, h.constructor.name);
  console.log((await h.read(Buffer.alloc(5), 0, 5, 0)).bytesRead);
  const r = await h.read({ buffer: Buffer.alloc(4), position: 6 });
  console.log(r.bytesRead, r.buffer.toString());
  console.log((await h.write('HE', 0)).bytesWritten, (await h.write(Buffer.from('!'), 0, 1, 10)).bytesWritten);
  console.log((await h.stat()).size, await h.readFile({ encoding: 'utf8' }));
  await h.truncate(5);
  await h.close();
  await h.close();
  console.log(await fsp.readFile(p('f'), 'utf8'));
  try {
    await h.read(Buffer.alloc(1), 0, 1, 0);
  } catch (e) {
    console.log('closed read', e.code, e.syscall);
  }
  await fsp.mkdir(p('a/b'), { recursive: true });
  console.log((await fsp.readdir(p())).sort(), (await fsp.stat(p('a'))).isDirectory());
  await fsp.copyFile(p('f'), p('a/b/c'));
  await fsp.rename(p('a/b/c'), p('a/c'));
  console.log((await fsp.readdir(p('a'), { withFileTypes: true })).map((d) => d.name).sort());
  for (const fn of [() => fsp.readFile(p('nope')), () => fsp.mkdir(p('a')), () => fsp.rmdir(p('a')), () => fsp.open(p('f'), 'q'), () => fsp.writeFile(p('f'), 5)]) {
    try {
      await fn();
    } catch (e) {
      console.log(e.name, e.code, scrub(e.message));
    }
  }
  await fsp.rm(p('a'), { recursive: true });
  console.log(fs.existsSync(p('a')));
  const d = await fsp.opendir(p());
  const names = [];
  for await (const e of d) names.push(e.name);
  console.log(names.sort());
})();
