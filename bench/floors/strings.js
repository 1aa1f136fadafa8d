'use strict';
// Engine floor of a fresh 1 KiB string. Run it with both runtimes:
//   node bench/floors/strings.js; build/nodus bench/floors/strings.js
// Each line times 300,000 strings of 1,024 characters made by the engine's own builtins
// (no runtime code runs in the loop: String.prototype.toUpperCase of a lower-case string,
// Uint8Array.prototype.toBase64 where the engine has it), next to the runtime's
// Buffer.prototype.toString and TextDecoder.decode of the same bytes. When the builtins of
// one engine are slower than the other runtime's whole toString, no binding can close the
// gap: the cost is the engine's string allocation and its memory accounting.

const N = 300000;
let lower = '';
for (let i = 0; i < 1024; i++) lower += String.fromCharCode(97 + i % 26);
const bytes = new Uint8Array(1024);
for (let i = 0; i < 1024; i++) bytes[i] = 32 + i % 90;
const buf = Buffer.from(bytes);
const decoder = new TextDecoder();

function time(name, work) {
  const start = process.hrtime.bigint();
  let total = 0;
  for (let i = 0; i < N; i++) total += work().length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`${name.padEnd(36)} ${ms.toFixed(0).padStart(5)} ms  (${total} characters)`);
}

time('engine: toUpperCase() of 1 KiB', () => lower.toUpperCase());
if (typeof bytes.toBase64 === 'function') {
  time('engine: Uint8Array toBase64() of 1 KiB', () => bytes.toBase64());
} else {
  console.log('engine: Uint8Array toBase64() of 1 KiB       (not in this engine)');
}
time("runtime: toString('latin1') of 1 KiB", () => buf.toString('latin1'));
time("runtime: toString('base64') of 1 KiB", () => buf.toString('base64'));
time('runtime: TextDecoder of 1 KiB ASCII', () => decoder.decode(bytes));
