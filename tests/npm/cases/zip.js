'use strict';
// Zip archives: archiver writes one (zip and tar.gz), yauzl and node-stream-zip read it,
// yazl writes another, jszip does both in memory.
const archiver = require('archiver');
const yazl = require('yazl');
const yauzl = require('yauzl');
const StreamZip = require('node-stream-zip');
const JSZip = require('jszip');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const crypto = require('crypto');
const { tmpdir } = require('./_tmp');

const root = tmpdir('zip');
const src = path.join(root, 'src');
fs.mkdirSync(path.join(src, 'dir/sub'), { recursive: true });
fs.writeFileSync(path.join(src, 'hello.txt'), 'hello zip\n'.repeat(100));
fs.writeFileSync(path.join(src, 'dir/data.bin'), crypto.createHash('sha512').update('seed').digest().toString('hex').repeat(300));
fs.writeFileSync(path.join(src, 'dir/sub/ü-name.txt'), 'unicode name');
const date = new Date('2021-06-01T12:00:00Z');
const sha = (b) => crypto.createHash('sha1').update(b).digest('hex').slice(0, 12);

function archive(format, options, file) {
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(file);
    const a = archiver(format, options);
    out.on('close', () => resolve(a.pointer()));
    a.on('warning', (e) => console.log('warning', e.code));
    a.on('error', reject);
    a.pipe(out);
    a.directory(src, 'root', { date });
    a.append('from a string', { name: 'extra/string.txt', date });
    a.append(Buffer.from([1, 2, 3]), { name: 'extra/buf.bin', date });
    a.append(fs.createReadStream(path.join(src, 'hello.txt')), { name: 'extra/stream.txt', date });
    a.finalize();
  });
}

function readYauzl(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const entries = [];
      zip.on('entry', (e) => {
        if (e.fileName.endsWith('/')) {
          entries.push(`${e.fileName} dir`);
          return zip.readEntry();
        }
        zip.openReadStream(e, (err2, rs) => {
          if (err2) return reject(err2);
          const chunks = [];
          rs.on('data', (c) => chunks.push(c));
          rs.on('end', () => {
            const b = Buffer.concat(chunks);
            entries.push(`${e.fileName} ${e.compressionMethod} ${e.uncompressedSize} ${sha(b)}`);
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries.sort()));
      zip.readEntry();
    });
  });
}

async function main() {
  const zipFile = path.join(root, 'a.zip');
  const size = await archive('zip', { zlib: { level: 9 } }, zipFile);
  console.log('archiver zip bytes', size === fs.statSync(zipFile).size);
  console.log('yauzl', await readYauzl(zipFile));

  const sz = new StreamZip.async({ file: zipFile });
  const entries = await sz.entries();
  console.log('stream-zip', Object.values(entries).map((e) => `${e.name} ${e.isDirectory} ${e.size}`).sort());
  console.log('stream-zip data', (await sz.entryData('extra/string.txt')).toString());
  const outDir = path.join(root, 'extract');
  fs.mkdirSync(outDir);
  console.log('stream-zip extracted', await sz.extract('root/', outDir));
  console.log('same', fs.readFileSync(path.join(outDir, 'dir/sub/ü-name.txt'), 'utf8'));
  await sz.close();

  const tgz = path.join(root, 'a.tgz');
  await archive('tar', { gzip: true, gzipOptions: { level: 1 } }, tgz);
  const tarBuf = zlib.gunzipSync(fs.readFileSync(tgz));
  const names = [];
  for (let off = 0; off + 512 <= tarBuf.length; ) {
    const name = tarBuf.toString('utf8', off, off + 100).replace(/\0.*$/s, '');
    if (!name) break;
    const sizeField = parseInt(tarBuf.toString('ascii', off + 124, off + 136), 8);
    names.push(`${name} ${sizeField}`);
    off += 512 + Math.ceil(sizeField / 512) * 512;
  }
  console.log('archiver tar', names.sort());

  // yazl writes, yauzl reads back.
  const yz = new yazl.ZipFile();
  yz.addFile(path.join(src, 'hello.txt'), 'h.txt', { mtime: date });
  yz.addBuffer(Buffer.from('buffered'), 'b/buf.txt', { mtime: date, compress: false });
  yz.addReadStream(fs.createReadStream(path.join(src, 'dir/data.bin')), 'b/stream.bin', { mtime: date });
  yz.addEmptyDirectory('empty/', { mtime: date });
  const yzFile = path.join(root, 'yazl.zip');
  await new Promise((resolve) => {
    yz.outputStream.pipe(fs.createWriteStream(yzFile)).on('close', resolve);
    yz.end();
  });
  console.log('yazl -> yauzl', await readYauzl(yzFile));
  try {
    await readYauzl(path.join(src, 'hello.txt'));
  } catch (e) {
    console.log('not a zip:', e.message);
  }

  // jszip in memory, then from archiver's file.
  const jz = new JSZip();
  jz.file('a.txt', 'jszip text');
  jz.folder('f').file('b.json', JSON.stringify({ x: 1 }), { date });
  jz.file('c.bin', new Uint8Array([9, 8, 7]), { binary: true, date });
  const buf = await jz.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const back = await JSZip.loadAsync(buf);
  const listed = [];
  back.forEach((p, f) => listed.push(`${p} ${f.dir}`));
  console.log('jszip', listed.sort(), await back.file('f/b.json').async('string'), Array.from(await back.file('c.bin').async('uint8array')));
  const fromArchiver = await JSZip.loadAsync(fs.readFileSync(zipFile));
  console.log('jszip reads archiver', Object.keys(fromArchiver.files).length, await fromArchiver.file('root/dir/sub/ü-name.txt').async('string'));
  const nodeStream = jz.generateNodeStream({ type: 'nodebuffer', streamFiles: true });
  const parts = [];
  nodeStream.on('data', (c) => parts.push(c)).on('end', async () => {
    const again = await JSZip.loadAsync(Buffer.concat(parts));
    console.log('jszip node stream', Object.keys(again.files).sort());
  });
}
main().catch((e) => {
  console.log('FAILED', e);
  process.exitCode = 1;
});
