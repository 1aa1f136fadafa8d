'use strict';
// Blob behaviour of node 22 that the local node v20 cannot produce golden output for:
// Blob.prototype.bytes() and the globals' shapes. Reading stays in order with other
// promise jobs as in node.
const assert = require('assert');

(async () => {
  const blob = new Blob(['ab', new Uint8Array([99])]);
  const bytes = await blob.bytes();
  assert.ok(bytes instanceof Uint8Array);
  assert.deepStrictEqual([...bytes], [97, 98, 99]);
  assert.strictEqual(bytes.byteOffset, 0);
  assert.strictEqual(bytes.buffer.byteLength, 3);
  const again = await blob.bytes();
  assert.notStrictEqual(again.buffer, bytes.buffer);
  bytes[0] = 0;
  assert.strictEqual(await blob.text(), 'abc');
  assert.deepStrictEqual(await new Blob().bytes(), new Uint8Array(0));
  assert.deepStrictEqual([...await blob.slice(1).bytes()], [98, 99]);
  assert.strictEqual(Blob.prototype.bytes.length, 0);
  assert.throws(() => Blob.prototype.bytes.call({}), { code: 'ERR_INVALID_THIS' });

  // File-backed Blobs read through bytes() too.
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-blob-'));
  const file = path.join(dir, 'f');
  fs.writeFileSync(file, 'file bytes');
  const fileBlob = await fs.openAsBlob(file);
  assert.strictEqual(Buffer.from(await fileBlob.bytes()).toString(), 'file bytes');
  fs.rmSync(dir, { recursive: true });

  // A 4 MB Blob built from many parts reads back intact.
  const chunk = new Uint8Array(4096);
  for (let i = 0; i < chunk.length; i++) chunk[i] = i & 0xff;
  const big = new Blob(Array.from({ length: 1024 }, () => chunk));
  const read = await big.bytes();
  assert.strictEqual(read.length, 4 << 20);
  assert.strictEqual(read[4096 * 7 + 300], 300 & 0xff);
  const mid = await big.slice(4095, 4098).bytes();
  assert.deepStrictEqual([...mid], [255, 0, 1]);
})().then(() => {}, (err) => {
  console.error(err);
  process.exitCode = 1;
});
