// Streams in pipelines: chained transforms, backpressure from a slow consumer, many small
// writes, stream.promises.pipeline and async iteration.
const zlib = require('zlib');
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');
const crypto = require('crypto');

const sha = (b) => crypto.createHash('sha1').update(b).digest('hex').slice(0, 12);
let seed = 1;
const data = Buffer.alloc(300000);
for (let i = 0; i < data.length; i++) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  data[i] = (seed >>> 24) % 16 + 97;
}

function collect(highWaterMark, slow) {
  const chunks = [];
  const w = new Writable({
    highWaterMark,
    write(c, e, cb) {
      chunks.push(c);
      if (slow) setImmediate(cb); else cb();
    },
  });
  w.result = () => Buffer.concat(chunks);
  return w;
}

function pieces(buf, size) {
  return Readable.from((function* () {
    for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
  })());
}

const chains = [
  ['gzip|gunzip', () => [zlib.createGzip(), zlib.createGunzip()]],
  ['deflate|inflate', () => [zlib.createDeflate({ level: 1 }), zlib.createInflate()]],
  ['raw|raw', () => [zlib.createDeflateRaw(), zlib.createInflateRaw({ chunkSize: 512 })]],
  ['gzip|unzip', () => [zlib.createGzip(), zlib.createUnzip()]],
  ['brotli|brotli', () => [zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }), zlib.createBrotliDecompress()]],
  ['gzip|gunzip|gzip|gunzip', () => [zlib.createGzip(), zlib.createGunzip(), zlib.createGzip(), zlib.createGunzip()]],
];

(async () => {
  console.log('input', sha(data));
  for (const [name, make] of chains) {
    for (const [label, size, slow] of [['big writes', 100000, false], ['small writes', 1000, false], ['slow reader', 50000, true]]) {
      const sink = collect(slow ? 1 : 16384, slow);
      await new Promise((resolve, reject) => {
        pipeline(pieces(data, size), ...make(), sink, (err) => (err ? reject(err) : resolve()));
      });
      console.log(name, label, sha(sink.result()));
    }
  }

  // stream/promises pipeline and a failure in the middle.
  const sink = collect(16384, false);
  await pipelineP(Readable.from([data]), zlib.createDeflate(), zlib.createInflate(), sink);
  console.log('promises pipeline', sha(sink.result()));
  try {
    await pipelineP(Readable.from([Buffer.from('not compressed at all')]), zlib.createGunzip(), new PassThrough());
  } catch (e) {
    console.log('pipeline error', e.code, e.message);
  }

  // Async iteration over a decompressor.
  const g = zlib.createGunzip({ chunkSize: 4096 });
  g.end(zlib.gzipSync(data));
  let total = 0;
  let count = 0;
  for await (const chunk of g) {
    total += chunk.length;
    count++;
  }
  console.log('async iteration', total, count);

  // Paused stream: nothing is lost while nobody reads.
  const p = zlib.createInflate({ chunkSize: 1024 });
  p.end(zlib.deflateSync(data));
  await new Promise((r) => setTimeout(r, 30));
  const buffered = p.readableLength;
  const out = [];
  p.on('data', (c) => out.push(c));
  await new Promise((r) => p.on('end', r));
  console.log('paused then read', buffered > 0, sha(Buffer.concat(out)));
})();
