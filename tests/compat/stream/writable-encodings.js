'use strict';
// What _write() receives: strings become Buffers unless decodeStrings is false; the
// encoding argument and defaultEncoding; setDefaultEncoding; typed arrays; object mode
// passes values and encodings through.
const { Writable } = require('stream');
const { log, fmt } = require('./_helpers');

function make(name, opts) {
  return new Writable({
    ...opts,
    write(chunk, enc, cb) {
      log(name, fmt(chunk), Buffer.isBuffer(chunk) ? 'Buffer' : typeof chunk, enc);
      cb();
    },
  });
}

const a = make('decode', {});
a.write('hi');
a.write('6869', 'hex');
a.write(Buffer.from('buf'), 'hex');
a.write(new Uint8Array([65, 66]));
a.write(new Uint16Array([0x4443]));
a.write(new DataView(new Uint8Array([69]).buffer));

const b = make('nodecode', { decodeStrings: false });
b.write('hi');
b.write('6869', 'hex');
b.setDefaultEncoding('BASE64');
b.write('aGk=');
log('chained', b.setDefaultEncoding('latin1') === b);
b.write('x');
b.write('y', 'buffer');

const c = make('defenc', { defaultEncoding: 'hex' });
c.write('414243');

const d = make('objects', { objectMode: true });
d.write('str');
d.write('str', 'hex');
d.write({ a: 1 });
d.write(5, () => log('object cb'));
d.write('q', 'not-an-encoding');

log('default encoding of a', a._writableState.defaultEncoding, 'objectMode', d.writableObjectMode, a.writableObjectMode);
