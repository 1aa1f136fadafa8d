// A subclass of fs.WriteStream / fs.ReadStream overriding _write, _writev and _read is
// called, and super reaches the file stream's own methods, as in node.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-ws-subclass-'));
const file = path.join(dir, 'out.txt');

class LoggedWrite extends fs.WriteStream {
  _write(chunk, encoding, cb) {
    console.log('_write', chunk.length);
    super._write(chunk, encoding, cb);
  }
  _writev(chunks, cb) {
    console.log('_writev', chunks.length);
    super._writev(chunks, cb);
  }
}
class LoggedRead extends fs.ReadStream {
  _read(n) {
    console.log('_read', n);
    super._read(n);
  }
}

console.log('own', Object.hasOwn(new LoggedWrite(file), '_write'));
const w = new LoggedWrite(file);
w.write('one');
w.write('two');
w.end('three', () => {
  console.log('written', JSON.stringify(fs.readFileSync(file, 'utf8')));
  const again = new LoggedWrite(file, { flags: 'a' });
  again.on('open', () => {
    again.write('four', () => {
      again.end(() => {
        const r = new LoggedRead(file, { encoding: 'utf8', highWaterMark: 8 });
        const parts = [];
        r.on('data', (chunk) => parts.push(chunk));
        r.on('end', () => {
          console.log('read', JSON.stringify(parts));
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
