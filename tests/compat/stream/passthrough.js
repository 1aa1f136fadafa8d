'use strict';
// PassThrough: chunks pass unchanged, object mode, encodings, the class relations.
const { PassThrough, Transform, Duplex } = require('stream');
const { log, track, fmt } = require('./_helpers');

const p = new PassThrough();
track('p', p, ['end', 'finish', 'close']);
p.on('data', (c) => log('data', fmt(c)));
p.write('a');
p.write(Buffer.from('b'));
p.end('c');

const o = new PassThrough({ objectMode: true });
o.on('data', (v) => log('obj', fmt(v)));
o.write({ x: 1 });
o.write('s');
o.end(7);

const e = new PassThrough({ encoding: 'hex' });
e.on('data', (c) => log('hex', fmt(c)));
e.end('AB');

log(p instanceof Transform, p instanceof Duplex, PassThrough.prototype._transform.length,
    Object.getOwnPropertyNames(PassThrough.prototype).join(','),
    Object.getOwnPropertyNames(Transform.prototype).join(','));
log('call without new', PassThrough() instanceof PassThrough, Transform() instanceof Transform);
