'use strict';
// The readable* accessors through a stream's life: readableAborted, readableDidRead,
// readableEnded, readableFlowing, errored, closed, destroyed; and their values on
// objects without a state.
const { Readable } = require('stream');
const { log, state, delay } = require('./_helpers');

const r = new Readable({ read() {} });
state('new', r);
log('objectMode', r.readableObjectMode, 'encoding', r.readableEncoding, 'hwm', r.readableHighWaterMark === r._readableState.highWaterMark);
r.push('a');
state('pushed', r);
r.read();
state('read', r);
r.push(null);
r.on('end', () => state('end', r));
r.on('close', () => state('close', r));
r.resume();

const aborted = new Readable({ read() {} });
aborted.destroy();
state('destroyed early', aborted);
const errored = new Readable({ read() {} });
errored.on('error', () => {});
errored.destroy(new Error('e'));
state('errored', errored);
delay(() => state('errored later', errored), 5);

const unreadable = new Readable({ read() {} });
unreadable.readable = false;
state('readable=false', unreadable);
unreadable.readableFlowing = true;
log('readableFlowing set', unreadable.readableFlowing);

const bare = Object.create(Readable.prototype);
log('bare', bare.readable, bare.destroyed, bare.closed, bare.readableObjectMode, bare.readableEnded, bare.errored, bare.readableEncoding);
log('buffer', r.readableBuffer === r._readableState.buffer, typeof r.readableBuffer);
log('pipesCount', r._readableState.pipesCount);
