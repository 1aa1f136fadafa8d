'use strict';
// Blob: three rounds of building a Blob from a 50 MB Uint8Array, slicing off 1 KB at each
// end and reading the slice with arrayBuffer(). Prints "bench ms=... check=..." on stderr
// (the check adds up the slices' sizes and a few of their bytes).
const SIZE = 50 * 1024 * 1024;
const ROUNDS = 3;

const data = new Uint8Array(SIZE);
for (let i = 0; i < SIZE; i += 4096) data[i] = (i >> 12) & 0xff;

(async () => {
  const start = process.hrtime.bigint();
  let check = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const blob = new Blob([data], { type: 'application/octet-stream' });
    const slice = blob.slice(1024, -1024);
    const buffer = await slice.arrayBuffer();
    const bytes = new Uint8Array(buffer);
    check += buffer.byteLength + bytes[4096 - 1024] + bytes[SIZE - 2048 - 1 - 4095];
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stderr.write(`bench ms=${ms.toFixed(3)} check=${check}\n`);
})();
