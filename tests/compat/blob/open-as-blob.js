'use strict';
// fs.openAsBlob(): a Blob over a file (its type kept as given), read when the Blob is
// read; once the file changes, reading fails with NotReadableError.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-blob-'));
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'hello file contents');

async function readError(label, blob) {
  try {
    console.log(label, JSON.stringify(await blob.text()));
  } catch (err) {
    console.log(label, err.name, err.code, err.message, err instanceof DOMException);
  }
}

(async () => {
  const promise = fs.openAsBlob(file, { type: 'Text/Plain' });
  console.log(promise instanceof Promise);
  const blob = await promise;
  console.log(blob, blob.constructor.name, blob.size);
  console.log(await blob.text());
  console.log(new Uint8Array(await blob.slice(6, 10).arrayBuffer()));
  console.log(await new Blob(['<', blob.slice(0, 5), '>']).text());
  console.log(await blob.bytes().then((b) => b.length));
  console.log(await (await fs.openAsBlob(new URL(`file://${file}`))).text());
  console.log((await fs.openAsBlob(Buffer.from(file))).size);
  console.log((await fs.openAsBlob(file, {})).type, (await fs.openAsBlob(file, { type: '' })).type);
  const empty = path.join(dir, 'empty');
  fs.writeFileSync(empty, '');
  const emptyBlob = await fs.openAsBlob(empty);
  console.log(emptyBlob.size, JSON.stringify(await emptyBlob.text()));
  await readError('directory', await fs.openAsBlob(dir));

  const part = blob.slice(6);
  const combined = new Blob([part, '!']);
  fs.writeFileSync(file, 'changed: a different size');
  await readError('changed', blob);
  await readError('changed slice', part);
  await readError('changed combined', combined);
  try {
    await blob.arrayBuffer();
  } catch (err) {
    console.log('arrayBuffer', err.name);
  }
  fs.rmSync(dir, { recursive: true });
})();
