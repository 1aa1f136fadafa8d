'use strict';
// fs.writeFile and fs.promises.writeFile to a path without a signal are chained in the
// binding (open, writes, fsync, close, one completion): contents, flags and modes, empty
// and multi-megabyte data, typed arrays and encodings, errors of each step (open, and
// write on /dev/full) with node's shape, validation errors, and the signal paths (an
// aborted signal calls back synchronously, as in node).
const fs = require('fs');
const { p, scrub } = require('./_tmp');

const f = p('out.txt');
const describe = (err) => (err ? [err.name, err.code, scrub(err.message), err.syscall, scrub(err.path ?? '-')].join(' ') : err);
const content = () => {
  try {
    const b = fs.readFileSync(f);
    return `${b.length}:${b.subarray(0, 12).toString('hex')}`;
  } catch (err) {
    return err.code;
  }
};

const steps = [
  ['string', (cb) => fs.writeFile(f, 'hello \u00e9', cb)],
  ['append buffer mode', (cb) => fs.writeFile(f, Buffer.from('buf'), { flag: 'a', mode: 0o600 }, cb)],
  ['empty', (cb) => fs.writeFile(f, '', cb)],
  ['3 MB flush', (cb) => fs.writeFile(f, 'x'.repeat(3e6), { flush: true }, cb)],
  ['missing dir', (cb) => fs.writeFile(p('nope', 'x'), 'a', cb)],
  ['directory', (cb) => fs.writeFile(p(), 'a', cb)],
  ['wx exists', (cb) => fs.writeFile(f, 'a', { flag: 'wx' }, cb)],
  ['url + Uint16Array', (cb) => fs.writeFile(new URL(`file://${f}`), new Uint16Array([0x6261, 0x6463]), cb)],
  ['dev full', (cb) => fs.writeFile('/dev/full', 'abc', cb)],
  ['base64', (cb) => fs.writeFile(f, 'aGVsbG8=', 'base64', cb)],
  ['buffer path', (cb) => fs.writeFile(Buffer.from(f), 'bp', cb)],
];

function callbacks(i, done) {
  if (i === steps.length) return done();
  const [name, step] = steps[i];
  const returned = step((...args) => {
    console.log('cb', name, args.length, describe(args[0]), content());
    callbacks(i + 1, done);
  });
  if (returned !== undefined) console.log('returned', returned);
}

async function promises() {
  const fsp = fs.promises;
  const cases = [
    ['string', () => fsp.writeFile(f, 'promised \u20ac')],
    ['append', () => fsp.writeFile(f, Buffer.from('++'), { flag: 'a' })],
    ['flush', () => fsp.writeFile(f, new Uint8Array([1, 2, 3]), { flush: true })],
    ['missing dir', () => fsp.writeFile(p('nope', 'y'), 'a')],
    ['dev full', () => fsp.writeFile('/dev/full', 'a')],
    ['bad flag', () => fsp.writeFile(f, 'a', { flag: 'bogus' })],
    ['bad mode', () => fsp.writeFile(f, 'a', { mode: 'zz' })],
    ['bad path', () => fsp.writeFile(42.5, 'a')],
    ['bad data', () => fsp.writeFile(f, 42)],
    ['iterable', () => fsp.writeFile(f, ['a', 'b'])],
    ['live signal', () => fsp.writeFile(f, 'sig', { signal: new AbortController().signal })],
    ['aborted signal', () => {
      const c = new AbortController();
      c.abort();
      return fsp.writeFile(f, 'x', { signal: c.signal });
    }],
  ];
  for (const [name, fn] of cases) {
    try {
      console.log('promise', name, await fn(), content());
    } catch (err) {
      console.log('promise', name, describe(err), content());
    }
  }
}

callbacks(0, async () => {
  await promises();
  const c = new AbortController();
  c.abort();
  fs.writeFile(f, 'z', { signal: c.signal }, (err) => console.log('cb aborted', describe(err)));
  console.log('after aborted writeFile');
  fs.readFile(f, { signal: c.signal }, (err) => console.log('readFile aborted', describe(err)));
  console.log('after aborted readFile');
  fs.writeFile(f, 'live', { signal: new AbortController().signal }, (err) => {
    console.log('cb live signal', describe(err), content());
  });
  for (const [name, fn] of [
    ['bad flag', () => fs.writeFile(f, 'z', { flag: 'nah' }, () => {})],
    ['bad encoding', () => fs.writeFile(f, 'z', 'notenc', () => {})],
    ['no callback', () => fs.writeFile(f, 'z')],
    ['bad data', () => fs.writeFile(f, {}, () => {})],
  ]) {
    try {
      fn();
    } catch (err) {
      console.log('throws', name, describe(err));
    }
  }
});
