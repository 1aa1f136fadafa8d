'use strict';
const tar = require('tar');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { tmpdir, tree } = require('./_tmp');

const root = tmpdir('tar');
const src = path.join(root, 'src');
const files = { 'a.txt': 'alpha\n', 'dir/b.txt': 'b'.repeat(1000), 'dir/sub/c.bin': Buffer.alloc(70000, 7), 'empty': '' };
for (const [f, data] of Object.entries(files)) {
  fs.mkdirSync(path.join(src, path.dirname(f)), { recursive: true });
  fs.writeFileSync(path.join(src, f), data);
}
fs.symlinkSync('a.txt', path.join(src, 'link'));
fs.chmodSync(path.join(src, 'a.txt'), 0o640);
const mtime = new Date('2020-01-02T03:04:05Z');
for (const f of Object.keys(files)) fs.utimesSync(path.join(src, f), mtime, mtime);

async function main() {
  const tgz = path.join(root, 'out.tgz');
  await tar.c({ gzip: true, file: tgz, cwd: src, portable: true, mtime }, ['.']);
  const gz = fs.readFileSync(tgz);
  console.log('gzip magic', gz[0].toString(16), gz[1].toString(16), 'inflated', zlib.gunzipSync(gz).length);

  const listed = [];
  await tar.t({ file: tgz, onReadEntry: (e) => listed.push(`${e.type} ${e.path} ${e.size} ${e.mode.toString(8)}`) });
  console.log(listed.sort());

  const out = path.join(root, 'out');
  fs.mkdirSync(out);
  await tar.x({ file: tgz, cwd: out });
  console.log(tree(out));
  for (const f of Object.keys(files)) {
    const same = Buffer.compare(fs.readFileSync(path.join(src, f)), fs.readFileSync(path.join(out, f))) === 0;
    console.log(f, same, fs.statSync(path.join(out, f)).mtime.toISOString());
  }
  console.log('mode', (fs.statSync(path.join(out, 'a.txt')).mode & 0o777).toString(8));

  // Streaming: create to a stream, pipe through gunzip, and parse with tar.t.
  const names = [];
  await new Promise((resolve, reject) => {
    tar.c({ gzip: true, cwd: src, portable: true }, ['dir'])
      .pipe(zlib.createGunzip())
      .pipe(tar.t({ onReadEntry: (e) => names.push(e.path) }))
      .on('end', resolve)
      .on('error', reject);
  });
  console.log('stream list', names.sort());

  // Sync forms, filters and strip.
  const plain = path.join(root, 'plain.tar');
  tar.c({ sync: true, file: plain, cwd: src, filter: (p) => !p.endsWith('.bin') }, ['dir', 'a.txt']);
  console.log('plain size', fs.statSync(plain).size % 512);
  const strip = path.join(root, 'strip');
  fs.mkdirSync(strip);
  tar.x({ sync: true, file: plain, cwd: strip, strip: 1 });
  console.log(tree(strip));

  // A corrupt archive is reported as an error.
  fs.writeFileSync(path.join(root, 'bad.tgz'), Buffer.concat([gz.subarray(0, 40), Buffer.alloc(40, 1)]));
  try {
    await tar.x({ file: path.join(root, 'bad.tgz'), cwd: strip });
    console.log('no error');
  } catch (e) {
    console.log('bad archive', e.code || e.name);
  }
}
main().catch((e) => {
  console.log('FAILED', e);
  process.exitCode = 1;
});
