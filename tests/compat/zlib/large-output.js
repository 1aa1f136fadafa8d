// Decompression whose output is many times the chunk size: the chunks readers see (sizes,
// order, one per read under async iteration), bytesWritten as it grows, backpressure from
// a slow consumer, and output delivered before a failure further on in the same input.
// Inputs are single writes (or hand-made stored blocks), so that the chunks do not depend
// on how a particular zlib build lays out its compressed bytes.
'use strict';
const zlib = require('zlib');
const { Writable, pipeline } = require('stream');

const lines = [];
for (let i = 0; i < 40000; i++) lines.push(`line ${i} ${(i * 7919) % 1000} ${'x'.repeat(i % 17)}`);
const data = Buffer.from(lines.join('\n'));

function summary(sizes) {
  const full = sizes.filter((n) => n === sizes[0]).length;
  return `${sizes.length} chunks, ${full} of ${sizes[0]}, last ${sizes[sizes.length - 1]}`;
}

// A raw deflate stream of stored blocks of `size` bytes each, then a block whose length
// check is wrong.
function storedThenBroken(count, size) {
  const parts = [];
  for (let b = 0; b < count; b++) {
    const header = Buffer.from([0, size & 0xff, size >> 8, ~size & 0xff, (~size >> 8) & 0xff]);
    parts.push(header, Buffer.alloc(size, 97 + (b % 26)));
  }
  parts.push(Buffer.from([1, 5, 0, 5, 0]));
  return Buffer.concat(parts);
}

function once(name, make, input, onData) {
  return new Promise((resolve) => {
    const z = make();
    const sizes = [];
    let monotonic = true;
    let last = 0;
    z.on('data', (chunk) => {
      sizes.push(chunk.length);
      if (z.bytesWritten < last || z.bytesWritten > input.length) monotonic = false;
      last = z.bytesWritten;
      if (onData) onData(z, chunk);
    });
    z.on('error', (e) => {
      console.log(name, 'error', e.code, e.message, summary(sizes), sizes.reduce((a, b) => a + b, 0));
      resolve();
    });
    z.on('end', () => {
      const total = sizes.reduce((a, b) => a + b, 0);
      console.log(name, summary(sizes), total, 'bytesWritten ok', monotonic && z.bytesWritten === input.length);
      resolve();
    });
    z.end(input);
  });
}

(async () => {
  const gz = zlib.gzipSync(data);
  await once('gunzip', () => zlib.createGunzip(), gz);
  await once('gunzip 1k', () => zlib.createGunzip({ chunkSize: 1024 }), gz);
  await once('inflate 100k', () => zlib.createInflate({ chunkSize: 100000 }), zlib.deflateSync(data));
  await once('brotli', () => zlib.createBrotliDecompress(), zlib.brotliCompressSync(data));
  await once('unzip', () => zlib.createUnzip({ chunkSize: 5000 }), gz);

  // Destroyed from a 'data' listener: no more data after it.
  let after = 0;
  await new Promise((resolve) => {
    const g = zlib.createGunzip();
    let seen = 0;
    g.on('data', () => {
      seen++;
      if (seen === 3) g.destroy();
      else if (seen > 3) after++;
    });
    g.on('close', () => {
      console.log('destroyed after', seen, 'chunks; data after destroy', after);
      resolve();
    });
    g.end(gz);
  });

  // Async iteration takes one chunk per step.
  const g = zlib.createGunzip({ chunkSize: 8192 });
  g.end(gz);
  const steps = [];
  for await (const chunk of g) steps.push(chunk.length);
  console.log('async iteration', summary(steps));

  // 'readable' + read(): what is buffered when the reader looks.
  await new Promise((resolve) => {
    const r = zlib.createInflate();
    const reads = [];
    r.on('readable', () => {
      let chunk;
      while ((chunk = r.read()) !== null) reads.push(chunk.length);
    });
    r.on('end', () => {
      console.log('read()', summary(reads));
      resolve();
    });
    r.end(zlib.deflateSync(data));
  });

  // A slow consumer: the decompressor holds no more than its buffer.
  await new Promise((resolve) => {
    const src = zlib.createGunzip();
    let maxBuffered = 0;
    let total = 0;
    const slow = new Writable({
      highWaterMark: 1,
      write(chunk, encoding, callback) {
        maxBuffered = Math.max(maxBuffered, src.readableLength);
        total += chunk.length;
        setImmediate(callback);
      },
    });
    pipeline(src, slow, (err) => {
      // How much is buffered depends on timing; that it stays within the readable
      // side's highWaterMark (plus the chunk being pushed) does not.
      console.log('slow consumer', err ? err.code : 'ok', total, 'bounded',
                  maxBuffered <= src.readableHighWaterMark + 16384);
      resolve();
    });
    src.end(gz);
  });

  // Output before a failure later in the same input is delivered, then the error.
  await once('stored then broken', () => zlib.createInflateRaw(), storedThenBroken(10, 50000));
  await once('stored then broken 4k', () => zlib.createInflateRaw({ chunkSize: 4096 }),
             storedThenBroken(3, 60000));
})();
