'use strict';
// FileHandle methods settle every failure through their promise: the options of
// readFile, writeFile and appendFile are checked once the handle is known to be open (a
// closed handle is EBADF whatever the options), readFile refuses the 'buffer' encoding
// whatever the file holds, and close is an arrow function each handle owns, so that a
// detached close still closes its own handle.
const fs = require('fs');
const fsp = fs.promises;
const { p, scrub } = require('./_tmp');

function fmt(v) {
  if (v instanceof Error) return `${v.name}|${v.code}|${scrub(v.message)}|${v.syscall}`;
  return Buffer.isBuffer(v) ? `<${v.toString('hex')}>` : JSON.stringify(v);
}

const t = require('./_outcome')(fmt);

(async () => {
  const file = p('a.txt');
  const empty = p('empty.txt');
  fs.writeFileSync(file, 'abc');
  fs.writeFileSync(empty, '');
  let fh = await fsp.open(file, 'r+');
  await t('readFile("bogus")', () => fh.readFile('bogus'));
  await t('readFile({encoding:"bogus"})', () => fh.readFile({ encoding: 'bogus' }));
  await t('readFile(1)', () => fh.readFile(1));
  await t('readFile({signal:1})', () => fh.readFile({ signal: 1 }));
  await t('readFile("buffer")', () => fh.readFile('buffer'));
  await t('readFile()', () => fh.readFile());
  await t('readFile("buffer") at EOF', () => fh.readFile({ encoding: 'buffer' }));
  await t('readFile("buffer") aborted', () => fh.readFile({ encoding: 'buffer', signal: AbortSignal.abort() }));
  await t('readFile("utf8") at EOF', () => fh.readFile('utf8'));
  await t('writeFile(x,"bogus")', () => fh.writeFile('x', 'bogus'));
  await t('writeFile(x,{encoding:"bogus"})', () => fh.writeFile(Buffer.from('x'), { encoding: 'bogus' }));
  await t('writeFile(x,1)', () => fh.writeFile('x', 1));
  await t('writeFile(x,{signal:1})', () => fh.writeFile('x', { signal: 1 }));
  await t('writeFile(1)', () => fh.writeFile(1));
  await t('appendFile(x,"bogus")', () => fh.appendFile('x', 'bogus'));
  await t('appendFile(x,1)', () => fh.appendFile('x', 1));
  await t('appendFile(1)', () => fh.appendFile(1));
  await fh.close();

  fh = await fsp.open(empty);
  await t('empty readFile("buffer")', () => fh.readFile('buffer'));
  await fh.close();
  fh = await fsp.open('/dev/null');
  await t('/dev/null readFile("buffer")', () => fh.readFile('buffer'));
  await fh.close();
  fh = await fsp.open(p());
  await t('directory readFile("buffer")', () => fh.readFile('buffer'));
  await t('directory readFile()', () => fh.readFile());
  await fh.close();

  // fs.promises.readFile by path: a missing file fails first, then the encoding.
  await t('path readFile(missing,"buffer")', () => fsp.readFile(p('missing'), 'buffer'));
  await t('path readFile(empty,"buffer")', () => fsp.readFile(empty, 'buffer'));
  await t('path readFile(dir,"buffer")', () => fsp.readFile(p(), 'buffer'));
  await t('path readFile(file,{buffer,aborted})',
          () => fsp.readFile(file, { encoding: 'buffer', signal: AbortSignal.abort() }));

  fh = await fsp.open(file);
  await fh.close();
  await t('closed readFile(1)', () => fh.readFile(1));
  await t('closed readFile("buffer")', () => fh.readFile('buffer'));
  await t('closed writeFile(1,1)', () => fh.writeFile(1, 1));
  await t('closed appendFile(x,1)', () => fh.appendFile('x', 1));

  fh = await fsp.open(file);
  const own = Object.getOwnPropertyDescriptor(fh, 'close');
  console.log('own close', typeof own.value, own.enumerable, own.writable, own.configurable,
              own.value.name, own.value.length, 'close' in Object.getPrototypeOf(fh));
  console.log('own keys', Object.keys(fh));
  const other = await fsp.open(file);
  console.log('distinct', fh.close !== other.close);
  const { close } = fh;
  await t('detached close', () => close());
  console.log('fd after detached close', fh.fd, other.fd > 0);
  await t('close.call(other)', () => other.close.call({}).then(() => other.fd));
  await t('close again', () => close());
})();
