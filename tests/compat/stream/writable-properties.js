'use strict';
// The writable* accessors through a stream's life, and on objects without a state.
const { Writable } = require('stream');
const { log, state, delay } = require('./_helpers');

function props(label, w) {
  log(label, JSON.stringify({
    writable: w.writable, writableEnded: w.writableEnded, writableFinished: w.writableFinished,
    writableLength: w.writableLength, writableNeedDrain: w.writableNeedDrain,
    writableCorked: w.writableCorked, writableHighWaterMark: w.writableHighWaterMark,
    writableObjectMode: w.writableObjectMode, destroyed: w.destroyed, closed: w.closed,
    writableAborted: w.writableAborted, errored: w.errored ? w.errored.message : w.errored,
    buffered: w.writableBuffer.length,
  }));
}

const w = new Writable({ highWaterMark: 3, write(c, e, cb) { delay(cb, 1); } });
props('new', w);
w.write('abcd');
w.write('e');
props('writing', w);
w.cork();
props('corked', w);
w.uncork();
w.end();
props('ended', w);
w.on('finish', () => props('finish', w));
w.on('close', () => props('close', w));

const bare = Object.create(Writable.prototype);
log('bare', bare.writable, bare.destroyed, bare.closed, bare.writableFinished, bare.writableObjectMode,
    bare.writableEnded, bare.writableNeedDrain, bare.writableCorked, bare.errored,
    bare.writableHighWaterMark, bare.writableLength, bare.writableBuffer);
const off = new Writable();
off.writable = false;
log('writable=false', off.writable);
state('off', off);
