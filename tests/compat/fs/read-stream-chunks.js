// fs.createReadStream's chunks: sizes for several highWaterMarks and ranges, every chunk
// kept (they must stay distinct and intact), each chunk's own memory (offset, buffer size,
// detaching it), a short last chunk, fs.read replaced after the stream was made, and the
// order of chunks against immediates and active resources.
const fs = require('fs');
const { p } = require('./_tmp');

// 3 MiB and a bit of bytes that differ from one 64 KiB chunk to the next.
const size = 3 * 1024 * 1024 + 1234;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i++) data[i] = (i * 31 + (i >> 16) * 7) & 0xff;
const file = p('big.bin');
fs.writeFileSync(file, data);

function readAll(options) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    fs.createReadStream(file, options)
      .on('data', (chunk) => chunks.push(chunk))
      .on('error', reject)
      .on('close', () => resolve(chunks));
  });
}

function sizes(chunks) {
  const runs = [];
  for (const c of chunks) {
    const last = runs[runs.length - 1];
    if (last && last[0] === c.length) last[1]++;
    else runs.push([c.length, 1]);
  }
  return runs.map(([n, count]) => (count > 1 ? `${n}x${count}` : `${n}`)).join(' ');
}

function check(label, chunks, start = 0, end = size - 1) {
  const whole = Buffer.concat(chunks);
  const expected = data.subarray(start, Math.min(end, size - 1) + 1);
  const buffers = new Set(chunks.map((c) => c.buffer));
  console.log(label, sizes(chunks), 'equal', whole.equals(expected),
              'distinct', buffers.size === chunks.length);
}

(async () => {
  check('default', await readAll());
  check('hwm 100000', await readAll({ highWaterMark: 100000 }));
  check('hwm 2 MiB', await readAll({ highWaterMark: 2 * 1024 * 1024 }));
  check('hwm 700', (await readAll({ highWaterMark: 700, end: 5000 })), 0, 5000);
  check('range', await readAll({ start: 70000, end: 200000 }), 70000, 200000);
  check('from 3 MiB', await readAll({ start: 3 * 1024 * 1024 }), 3 * 1024 * 1024);

  // Each chunk's memory: its own, starting at its start; a full chunk is detachable.
  const chunks = await readAll();
  const first = chunks[0];
  const last = chunks[chunks.length - 1];
  console.log('first', first.byteOffset, first.buffer.byteLength, Buffer.isBuffer(first));
  console.log('last', last.length, last.byteOffset, last.buffer.byteLength, Buffer.isBuffer(last));
  const copy = Buffer.from(chunks[1]);
  const moved = structuredClone(chunks[1].buffer, { transfer: [chunks[1].buffer] });
  console.log('transfer', chunks[1].length, moved.byteLength,
              Buffer.from(moved).equals(copy));

  // fs.read replaced after the stream was made: the stream calls the replacement.
  const original = fs.read;
  let calls = 0;
  const r = fs.createReadStream(file, { end: 150000 });
  fs.read = function read(...args) {
    calls++;
    return Reflect.apply(original, this, args);
  };
  check('replaced read', await new Promise((resolve) => {
    const got = [];
    r.on('data', (c) => got.push(c)).on('close', () => resolve(got));
  }), 0, 150000);
  fs.read = original;
  console.log('replacement calls', calls);

  // Chunks and immediates alternate; a read in flight is an active resource.
  const order = [];
  const small = fs.createReadStream(file, { highWaterMark: 16384, end: 65535 });
  small.on('data', () => {
    order.push('data');
    setImmediate(() => {
      order.push('immediate');
      const info = process.getActiveResourcesInfo();
      if (order.length === 2) console.log('in flight', info.filter((n) => n === 'FSReqCallback').length);
    });
  });
  small.on('end', () => order.push('end'));
  small.on('close', () => console.log('order', order.join(' ')));
})();
