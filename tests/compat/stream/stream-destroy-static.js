'use strict';
// stream.destroy(stream[, err]): destroys node streams (an unfinished one gets an
// AbortError), closes objects with close(), and emits 'error'/'close' on bare
// emitters; finished streams are left alone.
const stream = require('stream');
const EE = require('events');
const { log, fmt, track } = require('./_helpers');

const r = new stream.Readable({ read() {} });
track('r', r, ['error', 'close']);
stream.destroy(r);
log('r destroyed', r.destroyed, 'isDestroyed', stream.isDestroyed(r));

const w = new stream.Writable({ write(c, e, cb) { cb(); } });
track('w', w, ['error', 'close']);
stream.destroy(w, new Error('explicit'));

const done = stream.Readable.from([]);
done.resume();
done.on('end', () => {
  stream.destroy(done);
  log('finished stream destroyed without error; errored', fmt(done.errored));
});
done.on('close', () => log('done close'));

const closable = new EE();
closable.write = () => {};
closable.close = () => log('close() called');
stream.destroy(closable);
log('marked destroyed', stream.isDestroyed(closable));

const bare = new EE();
bare.pipe = () => {};
bare.on('error', (err) => log('bare error', fmt(err)));
bare.on('close', () => log('bare close'));
stream.destroy(bare, new Error('bare failure'));
const bare2 = new EE();
bare2.write = () => {};
bare2.on('close', () => log('bare2 close'));
stream.destroy(bare2);
stream.destroy(null);
stream.destroy(undefined);
log('sync end');
