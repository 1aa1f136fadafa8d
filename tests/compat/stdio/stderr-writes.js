'use strict';
// compat: stderr
// process.stderr: the same kind of stream as stdout, written in order with stdout's
// own ordering preserved per stream.
const err = process.stderr;
err.write('stderr line 1\n');
console.error('stderr via console.error', { a: 1 });
err.write(Buffer.from('stderr buffer\n'));
err.write('stderr cb\n', () => err.write('stderr cb ran\n'));
console.log('stdout line');
console.warn('warn goes to stderr');
console.log('stderr props', err._type === process.stdout._type, err.fd, err._isStdio,
            err.writable, err.destroySoon === err.destroy);
