'use strict';
// Buffer.concat:
//   node buffer-concat.js small   2,000 rounds of concatenating 1,000 Buffers of 16 to 256
//                                 bytes (about 136 KB per result)
//   node buffer-concat.js large   100 rounds of concatenating 8 Buffers of 1 MiB
// Prints "bench ms=... check=..." on stderr (the check adds up the result lengths and a
// byte of each) and the CPU time of the work on a second line.
const kind = process.argv[2];
if (kind !== 'small' && kind !== 'large') throw new Error('usage: buffer-concat.js small|large');

let seed = 20261203;
function random(n) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed % n;
}

const list = [];
const count = kind === 'small' ? 1000 : 8;
for (let i = 0; i < count; i++) {
  const size = kind === 'small' ? 16 + random(241) : 1024 * 1024;
  const b = Buffer.alloc(size, i & 0xff);
  b[0] = random(256);
  list.push(b);
}
const ROUNDS = kind === 'small' ? 2000 : 100;

const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
let check = 0;
for (let i = 0; i < ROUNDS; i++) {
  const out = Buffer.concat(list);
  check += out.length + out[(i * 7919) % out.length];
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const used = process.cpuUsage(cpu);
process.stderr.write(`bench ms=${ms.toFixed(3)} check=${check}\n`);
process.stderr.write(`cpu ms=${((used.user + used.system) / 1000).toFixed(3)}\n`);
