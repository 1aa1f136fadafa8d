// fs.ReadStream / fs.WriteStream are variables behind accessors, as in node: assigning
// them (graceful-fs and other packages do) changes what createReadStream and
// createWriteStream construct; FileReadStream / FileWriteStream are separate legacy names.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-stream-class-'));
const file = path.join(dir, 'out.txt');

for (const name of ['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream']) {
  const d = Object.getOwnPropertyDescriptor(fs, name);
  console.log(name, typeof d.get, typeof d.set, d.enumerable, d.configurable);
}
console.log('aliases', fs.FileReadStream === fs.ReadStream, fs.FileWriteStream === fs.WriteStream);

const OriginalRead = fs.ReadStream;
const OriginalWrite = fs.WriteStream;
class PatchedRead extends OriginalRead {
  constructor(...args) {
    super(...args);
    this.patched = 'read';
  }
}
class PatchedWrite extends OriginalWrite {
  constructor(...args) {
    super(...args);
    this.patched = 'write';
  }
}
fs.ReadStream = PatchedRead;
fs.WriteStream = PatchedWrite;
console.log('still accessors', typeof Object.getOwnPropertyDescriptor(fs, 'ReadStream').get);
console.log('legacy names unchanged', fs.FileReadStream === OriginalRead,
            fs.FileWriteStream === OriginalWrite);

const w = fs.createWriteStream(file);
console.log('createWriteStream', w.constructor.name, w.patched, w instanceof OriginalWrite);
w.end('hello\n', () => {
  const r = fs.createReadStream(file, 'utf8');
  console.log('createReadStream', r.constructor.name, r.patched, r instanceof OriginalRead);
  r.on('data', (chunk) => console.log('read', JSON.stringify(chunk)));
  r.on('close', () => {
    fs.FileReadStream = 42;
    console.log('FileReadStream set', fs.FileReadStream, fs.ReadStream === PatchedRead);
    fs.ReadStream = OriginalRead;
    fs.WriteStream = OriginalWrite;
    const again = fs.createReadStream(__filename);
    console.log('restored', again.constructor.name, again.patched);
    again.destroy();
    fs.rmSync(dir, { recursive: true });
  });
});
