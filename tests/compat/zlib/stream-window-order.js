// Streams whose writes produce more than a chunk of output at a time: the order in which
// 'data', write callbacks and 'drain' are seen; pausing, destroying (the write callbacks
// of a destroyed stream included) and reset() from a 'data' listener (it applies to the
// rest of the input, also when the reset comes between the windows of one trip).
// Inputs give the same bytes with every zlib build: level 0 deflate (stored blocks) and
// hand-made stored blocks to inflate.
'use strict';
const zlib = require('zlib');

const data = Buffer.alloc(150000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7919) % 251;

// A raw deflate stream of stored blocks of at most 65535 bytes.
function stored(bytes) {
  const parts = [];
  for (let off = 0; off < bytes.length; off += 65535) {
    const block = bytes.subarray(off, off + 65535);
    const last = off + 65535 >= bytes.length ? 1 : 0;
    const n = block.length;
    parts.push(Buffer.from([last, n & 0xff, n >> 8, ~n & 0xff, (~n >> 8) & 0xff]), block);
  }
  return Buffer.concat(parts);
}

function pieces(buffer, size) {
  const out = [];
  for (let i = 0; i < buffer.length; i += size) out.push(buffer.subarray(i, i + size));
  return out;
}

function ordered(name, make, inputs) {
  return new Promise((resolve) => {
    const z = make();
    const log = [];
    z.on('data', (chunk) => log.push(`d:${chunk.length}`));
    z.on('drain', () => log.push('drain'));
    z.on('end', () => {
      console.log(name, log.join(' '));
      resolve();
    });
    inputs.forEach((input, k) => z.write(input, () => log.push(`w${k}`)));
    z.end();
  });
}

function paused(name, make, inputs) {
  return new Promise((resolve) => {
    const z = make();
    const sizes = [];
    z.on('data', (chunk) => {
      sizes.push(chunk.length);
      if (sizes.length % 3 === 1) {
        z.pause();
        setTimeout(() => z.resume(), 5);
      }
    });
    z.on('end', () => {
      console.log(name, sizes.join(','), 'bytesWritten', z.bytesWritten);
      resolve();
    });
    for (const input of inputs) z.write(input);
    z.end();
  });
}

function destroyedAt(name, make, inputs, at) {
  return new Promise((resolve) => {
    const z = make();
    const seen = [];
    const callbacks = [];
    z.on('data', (chunk) => {
      seen.push(chunk.length);
      if (seen.length === at) z.destroy();
    });
    z.on('error', (e) => seen.push(`error ${e.code}`));
    z.on('close', () => {
      setImmediate(() => {
        console.log(name, 'data', seen.join(','), 'callbacks', callbacks.join(','));
        resolve();
      });
    });
    inputs.forEach((input, k) => z.write(input, (err) => callbacks.push(`${k}:${err ? err.code : 'ok'}`)));
    z.end();
  });
}

function resetAt(name, make, inputs, at, pause = false) {
  return new Promise((resolve) => {
    const z = make();
    const sizes = [];
    const out = [];
    z.on('data', (chunk) => {
      sizes.push(chunk.length);
      out.push(chunk);
      if (sizes.length === at) {
        z.reset();
        if (pause) {
          z.pause();
          setTimeout(() => z.resume(), 5);
        }
      }
    });
    z.on('end', () => {
      const all = Buffer.concat(out);
      let sum = 0;
      for (let i = 0; i < all.length; i++) sum = (sum * 31 + all[i]) >>> 0;
      console.log(name, sizes.join(','), 'checksum', sum);
      resolve();
    });
    for (const input of inputs) z.write(input);
    z.end();
  });
}

(async () => {
  const level0 = () => zlib.createDeflateRaw({ level: 0 });
  const raw = stored(data);
  await ordered('deflate 20000', level0, pieces(data, 20000));
  await ordered('deflate 40000 chunk 4096', () => zlib.createDeflateRaw({ level: 0, chunkSize: 4096 }),
                pieces(data, 40000));
  await ordered('inflate 20000', () => zlib.createInflateRaw(), pieces(raw, 20000));
  await ordered('inflate 1 write chunk 8192', () => zlib.createInflateRaw({ chunkSize: 8192 }), [raw]);
  await paused('paused deflate', level0, pieces(data, 20000));
  await paused('paused inflate', () => zlib.createInflateRaw({ chunkSize: 4096 }), pieces(raw, 30000));
  for (const at of [1, 2, 3]) {
    await destroyedAt(`destroy deflate at ${at}`, level0, pieces(data, 20000), at);
    await destroyedAt(`destroy inflate at ${at}`, () => zlib.createInflateRaw({ chunkSize: 4096 }),
                      pieces(raw, 30000), at);
  }
  for (const at of [1, 2, 3, 4]) {
    await resetAt(`reset deflate at ${at}`, level0, pieces(data, 30000), at);
    await resetAt(`reset+pause deflate at ${at}`, level0, pieces(data, 30000), at, true);
  }
  await resetAt('reset deflate chunk 4096 at 3', () => zlib.createDeflateRaw({ level: 0, chunkSize: 4096 }),
                pieces(data, 60000), 3);
})();
