// Callback and promisified convenience functions: results, argument forms, timing
// relative to the caller, and many operations in flight at once.
const zlib = require('zlib');
const util = require('util');

const input = Buffer.from('callback test data '.repeat(1000));
const names = [
  ['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'],
  ['gzip', 'unzip'], ['deflate', 'unzip'], ['brotliCompress', 'brotliDecompress'],
];

(async () => {
  for (const [c, d] of names) {
    const packed = await util.promisify(zlib[c])(input);
    const back = await util.promisify(zlib[d])(packed, {});
    console.log('promisify', c, d, back.equals(input), Buffer.isBuffer(packed));
  }

  // The callback never runs synchronously.
  let sync = true;
  zlib.deflate('x', (err, r) => console.log('callback async', !sync, err, r.length > 0));
  sync = false;
  await new Promise((r) => setTimeout(r, 20));

  // (buffer, callback), (buffer, opts, callback), (buffer, undefined, callback).
  await new Promise((resolve) => zlib.gzip('two args', (err, r) => {
    console.log('two args', err, zlib.gunzipSync(r).toString());
    resolve();
  }));
  await new Promise((resolve) => zlib.gzip('undefined opts', undefined, (err, r) => {
    console.log('undefined opts', err, zlib.gunzipSync(r).toString());
    resolve();
  }));
  await new Promise((resolve) => zlib.deflate('with opts', { level: 9 }, (err, r) => {
    console.log('with opts', err, zlib.inflateSync(r).toString());
    resolve();
  }));

  // Input types for the callback form.
  for (const v of [new Uint16Array([1, 2]), new DataView(new ArrayBuffer(3)), new ArrayBuffer(2), 'str']) {
    const r = await util.promisify(zlib.deflateRaw)(v);
    console.log('async input', v.constructor.name, zlib.inflateRawSync(r).toString('hex'));
  }

  // info: true gives { buffer, engine }.
  const info = await util.promisify(zlib.inflate)(zlib.deflateSync('info'), { info: true });
  console.log('async info', Object.keys(info), info.buffer.toString(), info.engine.constructor.name,
              info.engine.bytesWritten, info.engine.destroyed);

  // Empty input.
  for (const c of ['deflate', 'gzip', 'deflateRaw', 'brotliCompress']) {
    const r = await util.promisify(zlib[c])(Buffer.alloc(0));
    console.log('empty', c, r.length > 0);
  }
  for (const d of ['inflate', 'gunzip', 'inflateRaw', 'brotliDecompress', 'unzip']) {
    try {
      await util.promisify(zlib[d])(Buffer.alloc(0));
      console.log('empty', d, 'ok');
    } catch (e) {
      console.log('empty', d, e.code, e.message);
    }
  }

  // Many in flight at once; results reported in a fixed order.
  const jobs = [];
  for (let i = 0; i < 40; i++) {
    const data = Buffer.alloc(1000 + i * 997, String.fromCharCode(97 + (i % 26)));
    const [c, d] = names[i % names.length];
    jobs.push(util.promisify(zlib[c])(data).then((p) => util.promisify(zlib[d])(p))
      .then((b) => b.equals(data)));
  }
  const results = await Promise.all(jobs);
  console.log('parallel', results.length, results.every(Boolean));

  // Rejections through promisify carry the zlib error.
  try {
    await util.promisify(zlib.gunzip)(Buffer.from('bad'));
  } catch (e) {
    console.log('rejected', e.code, e.errno, e.message);
  }

  // A throwing callback is an uncaught exception, not a second callback.
  process.once('uncaughtException', (e) => console.log('uncaught', e.message));
  let calls = 0;
  zlib.inflate(zlib.deflateSync('x'), () => {
    calls++;
    throw new Error('from callback');
  });
  setTimeout(() => console.log('callback calls', calls), 50);
})();
