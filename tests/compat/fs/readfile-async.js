'use strict';
// fs.readFile and fs.promises.readFile of a path without a signal run as one job in the
// binding (open, fstat, reads, close, one completion). Covered: every encoding on a small,
// an empty and a large (two-job) file, text decoded straight into a string (ASCII, latin1
// characters, characters past U+00FF, invalid UTF-8), a /proc file that reports size 0, a
// FIFO, flags ('a+' creating, 'r+', 'w+' truncating, 'wx' failing), Buffer and URL paths,
// node's errors (ENOENT open, EISDIR read, ENOTDIR open, ERR_FS_FILE_TOO_LARGE of a sparse
// file over 2 GiB) with their properties and argument counts, validation errors, and the
// paths kept in JavaScript (a descriptor, a live signal).
const fs = require('fs');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const { p, scrub } = require('./_tmp');

const fsp = fs.promises;
const small = p('small.txt');
const empty = p('empty.txt');
const large = p('large.txt');
const latin = p('latin.txt');
const bad = p('bad.txt');
const sparse = p('sparse.bin');
fs.writeFileSync(small, 'h\u00e9llo \u20ac \ud83d\ude00 world\n');
fs.writeFileSync(empty, '');
// Over 8 MiB, so that the read is the two-job one.
fs.writeFileSync(large, 'line of text \u20ac\n'.repeat(600000));
fs.writeFileSync(latin, 'caf\u00e9 cr\u00e8me\n'.repeat(700000));
const invalid = Buffer.from('abc d\u00e9f\n'.repeat(1100000));
invalid[5000000] = 0xff;
invalid[invalid.length - 1] = 0xc3;
fs.writeFileSync(bad, invalid);
fs.writeFileSync(p('ascii.txt'), 'plain ascii text\n'.repeat(600000));
fs.writeFileSync(sparse, '');
fs.truncateSync(sparse, 2 ** 31);

const md5 = (v) => crypto.createHash('md5')
  .update(typeof v === 'string' ? Buffer.from(v, 'utf16le') : v).digest('hex');
const describe = (err) => [err.name, err.code, scrub(err.message), err.errno, err.syscall,
  scrub(err.path ?? '-'), Object.keys(err).sort().join(',')].join(' ');
const summary = (v) => (typeof v === 'string' ? `string ${v.length} ${md5(v)}` :
  `${Buffer.isBuffer(v) ? 'Buffer' : typeof v} ${v.length} ${md5(v)} ${v.buffer.byteLength}`);
const shortShow = (v) => (typeof v === 'string' ? JSON.stringify(v) :
  `<${v.toString('hex')}>`);

const encodings = [undefined, 'utf8', 'utf-8', 'latin1', 'binary', 'ascii', 'hex', 'base64',
  'base64url', 'ucs2', 'utf16le', 'UTF8', null];

function viaCallback(path, options) {
  return new Promise((resolve) => {
    const returned = fs.readFile(path, options, (...args) => resolve({ args, returned }));
  });
}

async function both(label, path, options, show = summary) {
  const { args, returned } = await viaCallback(path, options);
  const cb = args[0] ? `error ${describe(args[0])}` : `ok ${show(args[1])}`;
  let pr;
  try {
    pr = `ok ${show(await fsp.readFile(path, options))}`;
  } catch (err) {
    pr = `error ${describe(err)}`;
  }
  console.log(label, `args=${args.length}`, `returned=${returned}`);
  console.log('  cb', cb);
  console.log('  promise', pr === cb ? 'same' : pr);
}

(async () => {
  for (const enc of encodings) await both(`small ${enc}`, small, enc, shortShow);
  // 'buffer' is not an encoding for readFile: the bytes are read, then refused.
  await both('small buffer option', small, { encoding: 'buffer' }, shortShow);
  await both('missing buffer option', p('missing.txt'), { encoding: 'buffer' }, shortShow);
  try {
    fs.readFileSync(small, { encoding: 'buffer' });
  } catch (err) {
    console.log('sync buffer option', err.name, err.code, err.message);
  }
  const bufferFd = fs.openSync(small, 'r');
  console.log('fd buffer option', describe((await viaCallback(bufferFd, { encoding: 'buffer' })).args[0]));
  fs.closeSync(bufferFd);
  const handle = await fsp.open(small);
  await handle.readFile({ encoding: 'buffer' }).catch((err) => console.log('handle buffer option', describe(err)));
  await handle.close();
  for (const enc of encodings) await both(`empty ${enc}`, empty, enc, shortShow);
  for (const enc of [undefined, 'utf8', 'latin1', 'hex', 'ucs2']) {
    await both(`large ${enc}`, large, enc);
    await both(`latin ${enc}`, latin, enc);
    await both(`invalid ${enc}`, bad, enc);
  }
  await both('ascii utf8', p('ascii.txt'), 'utf8');
  await both('ascii latin1', p('ascii.txt'), { encoding: 'latin1' });

  // A /proc file reports size 0 but has content.
  const version = fs.readFileSync('/proc/version', 'utf8');
  console.log('proc size', fs.statSync('/proc/version').size);
  const procCb = await viaCallback('/proc/version', 'utf8');
  console.log('proc cb', procCb.args[1].length > 0, procCb.args[1] === version);
  console.log('proc promise', (await fsp.readFile('/proc/version')).toString() === version);

  await both('directory', p(), undefined);
  await both('directory utf8', p(), 'utf8');
  await both('missing', p('missing.txt'), undefined);
  await both('not a directory', p('small.txt', 'x'), 'utf8');
  await both('too large', sparse, undefined);
  await both('too large utf8', sparse, 'utf8');

  await both('flag r+', small, { flag: 'r+', encoding: 'utf8' }, shortShow);
  await both('flag a+ existing', small, { flag: 'a+', encoding: 'utf8' }, shortShow);
  const created = p('created-by-a-plus.txt');
  const createdCb = await viaCallback(created, { flag: 'a+' });
  console.log('flag a+ missing (callback)', createdCb.args.length, shortShow(createdCb.args[1]),
              fs.existsSync(created));
  fs.unlinkSync(created);
  console.log('flag a+ missing (promise)', shortShow(await fsp.readFile(created, { flag: 'a+' })),
              fs.existsSync(created));
  const truncated = p('truncated.txt');
  fs.writeFileSync(truncated, 'to be truncated');
  console.log('flag w+ (callback)', shortShow((await viaCallback(truncated, { flag: 'w+' })).args[1]));
  fs.writeFileSync(truncated, 'to be truncated');
  console.log('flag w+ (promise)', shortShow(await fsp.readFile(truncated, { flag: 'w+', encoding: 'utf8' })));
  await both('flag wx existing', small, { flag: 'wx' });

  await both('Buffer path', Buffer.from(small), 'utf8', shortShow);
  await both('URL path', new URL(`file://${small}`), 'hex', shortShow);

  // A FIFO: the read ends when the writer closes.
  const fifo = p('fifo');
  execFileSync('mkfifo', [fifo]);
  const fifoRead = viaCallback(fifo, 'utf8');
  const fifoWritten = new Promise((resolve) => {
    fs.writeFile(fifo, 'through the fifo\n'.repeat(10000), resolve);
  });
  const [fifoResult, fifoWriteError] = await Promise.all([fifoRead, fifoWritten]);
  console.log('fifo cb', fifoResult.args[1].length, md5(fifoResult.args[1]), fifoWriteError);
  const fifoPromise = fsp.readFile(fifo);
  fs.writeFile(fifo, 'again', () => {});
  console.log('fifo promise', shortShow(await fifoPromise));

  // The paths that stay in JavaScript.
  const fd = fs.openSync(small, 'r');
  console.log('fd', shortShow((await viaCallback(fd, 'utf8')).args[1]));
  const fdHandle = await fsp.open(small);
  console.log('fd promise', shortShow(await fsp.readFile(fdHandle, 'latin1')));
  await fdHandle.close();
  fs.closeSync(fd);
  const signal = new AbortController().signal;
  console.log('live signal', shortShow((await viaCallback(small, { signal, encoding: 'base64' })).args[1]));
  console.log('live signal promise', shortShow(await fsp.readFile(small, { signal })));

  // Validation happens before anything is read.
  for (const [label, fn] of [
    ['no callback', () => fs.readFile(small)],
    ['bad encoding', () => fs.readFile(small, 'bogus', () => {})],
    ['bad flag', () => fs.readFile(small, { flag: 'bogus' }, () => {})],
    ['bad path', () => fs.readFile(42.5, () => {})],
    ['nul in path', () => fs.readFile('a\0b', () => {})],
    ['bad options', () => fs.readFile(small, 42, () => {})],
  ]) {
    try {
      fn();
      console.log(label, 'no error');
    } catch (err) {
      console.log(label, err.name, err.code, scrub(err.message));
    }
  }
  for (const [label, fn] of [
    ['promise bad encoding', () => fsp.readFile(small, 'bogus')],
    ['promise bad flag', () => fsp.readFile(small, { flag: 'bogus' })],
    ['promise bad path', () => fsp.readFile(42.5)],
    ['promise nul in path', () => fsp.readFile('a\0b')],
  ]) {
    try {
      const promise = fn();
      console.log(label, 'is promise', promise instanceof Promise);
      await promise;
      console.log(label, 'resolved');
    } catch (err) {
      console.log(label, 'rejected', err.name, err.code, scrub(err.message));
    }
  }

  // Callbacks run one at a time after the call returns, in completion order; several reads
  // of one file all finish.
  const order = [];
  await Promise.all([1, 2, 3].map((i) => new Promise((resolve) => {
    fs.readFile(small, (err, data) => {
      order.push(data.length);
      resolve();
    });
    order.push(`started ${i}`);
  })));
  console.log('order', order.join(','));
})();
