// File positions: bigint read positions are exact up to 2^63 - 1 (sync, callback and
// promise forms); numeric write positions that are not safe integers mean the current
// position. Times: Stats dates round to the nearest millisecond, so a time set from a
// Date reads back as that Date (utimes, futimes, cp with preserveTimestamps).
const fs = require('fs');
const { p } = require('./_tmp');

const file = p('data.txt');
fs.writeFileSync(file, 'abcdefghij');
const length = 4;
const huge = [2n ** 63n - 1n - BigInt(length), 2n ** 62n, 2n ** 53n + 1n, 9007199254740993n];

function readAt(position) {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = fs.readSync(fd, buf, 0, length, position);
    const m = fs.readSync(fd, buf, { position });
    return `${n} ${m} ${buf.toString('latin1', 0, n)}`;
  } catch (e) {
    return `${e.name} ${e.code}`;
  } finally {
    fs.closeSync(fd);
  }
}

function readAtAsync(position) {
  const fd = fs.openSync(file, 'r');
  return new Promise((resolve) => {
    try {
      fs.read(fd, Buffer.alloc(length), 0, length, position, (err, n, buf) => {
        fs.closeSync(fd);
        resolve(err ? `${err.code}` : `${n} ${buf.toString('latin1', 0, n)}`);
      });
    } catch (e) {
      fs.closeSync(fd);
      resolve(`${e.name} ${e.code}`);
    }
  });
}

async function readAtPromise(position) {
  const fh = await fs.promises.open(file, 'r');
  try {
    const { bytesRead, buffer } = await fh.read(Buffer.alloc(length), 0, length, position);
    return `${bytesRead} ${buffer.toString('latin1', 0, bytesRead)}`;
  } catch (e) {
    return `${e.name} ${e.code}`;
  } finally {
    await fh.close();
  }
}

function writeAt(position) {
  fs.writeFileSync(file, '0123456789');
  const fd = fs.openSync(file, 'r+');
  fs.readSync(fd, Buffer.alloc(4), 0, 4, null);
  let result;
  try {
    result = `${fs.writeSync(fd, Buffer.from('X'), 0, 1, position)} ${fs.writeSync(fd, 'Y', position)}`;
  } catch (e) {
    result = `${e.name} ${e.code}`;
  }
  fs.closeSync(fd);
  return `${result} ${fs.readFileSync(file, 'latin1')}`;
}

(async () => {
  for (const position of [-1n, 0n, 3n, 9n, 10n, ...huge, 2n ** 63n, -(2n ** 64n)]) {
    console.log('read', String(position), '|', readAt(position), '|', await readAtAsync(position));
  }
  fs.writeFileSync(file, 'abcdefghij');
  for (const position of [-1, 0, 3, Number.MAX_SAFE_INTEGER]) {
    console.log('read', String(position), '|', readAt(position), '|', await readAtAsync(position),
                '|', await readAtPromise(position));
  }
  for (const position of [1.5, NaN, -2]) {
    console.log('read', String(position), '|', readAt(position), '|', await readAtAsync(position));
  }

  for (const position of [NaN, 1.5, Infinity, -Infinity, -5, 2 ** 53, 3, -0, '2', 2n, null, undefined]) {
    console.log('write', String(position), writeAt(position));
  }
  {
    // writev positions behave the same way.
    fs.writeFileSync(file, '0123456789');
    const fd = fs.openSync(file, 'r+');
    fs.readSync(fd, Buffer.alloc(4), 0, 4, null);
    for (const position of [2.5, NaN, 7]) {
      console.log('writev', String(position), fs.writevSync(fd, [Buffer.from('a'), Buffer.from('b')], position));
    }
    fs.closeSync(fd);
    console.log('writev file', fs.readFileSync(file, 'latin1'));
  }

  // Dates round to the nearest millisecond.
  const stats = new fs.Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1.6, 2.5, -1.5, -2.6);
  console.log('Stats dates', stats.atime.getTime(), stats.mtime.getTime(), stats.ctime.getTime(),
              stats.birthtime.getTime());
  let mismatches = 0;
  const base = Date.UTC(2026, 10, 26, 12, 0, 0);
  const fd = fs.openSync(file, 'r+');
  for (let i = 0; i < 300; i++) {
    const t = new Date(base + i * 7 + 3);
    if (i % 3 === 0) fs.utimesSync(file, t, t);
    else if (i % 3 === 1) fs.futimesSync(fd, t, t);
    else await fs.promises.utimes(file, t, t);
    const s = fs.statSync(file);
    if (s.mtime.getTime() !== t.getTime() || s.atime.getTime() !== t.getTime()) mismatches++;
  }
  fs.closeSync(fd);
  console.log('times read back as set', mismatches === 0 ? 'all' : `${mismatches} differ`);

  // cp keeps the timestamps it copies, in all three forms.
  fs.mkdirSync(p('src'));
  fs.writeFileSync(p('src', 'f.txt'), 'foo', { mode: 0o444 });
  const t = new Date(base + 10);
  fs.utimesSync(p('src', 'f.txt'), t, t);
  fs.cpSync(p('src'), p('dst-sync'), { recursive: true, preserveTimestamps: true });
  await new Promise((resolve, reject) => {
    fs.cp(p('src'), p('dst-cb'), { recursive: true, preserveTimestamps: true },
          (err) => (err ? reject(err) : resolve()));
  });
  await fs.promises.cp(p('src'), p('dst-promise'), { recursive: true, preserveTimestamps: true });
  const src = fs.statSync(p('src', 'f.txt'));
  for (const dest of ['dst-sync', 'dst-cb', 'dst-promise']) {
    const copy = fs.statSync(p(dest, 'f.txt'));
    console.log('cp', dest, copy.mtime.getTime() === src.mtime.getTime(),
                copy.mtime.toISOString(), (copy.mode & 0o777).toString(8));
  }
})();
