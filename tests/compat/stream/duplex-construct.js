'use strict';
// A Duplex with _construct(): both sides wait for it; reads and writes issued before
// it completed run afterwards, in order.
const { Duplex } = require('stream');
const { log, fmt, track, delay } = require('./_helpers');

const d = new Duplex({
  construct(cb) {
    log('construct');
    delay(() => { log('constructed'); cb(); }, 3);
  },
  read() {
    log('_read');
    this.push('out');
    this.push(null);
  },
  write(chunk, enc, cb) {
    log('_write', fmt(chunk));
    cb();
  },
  final(cb) {
    log('_final');
    cb();
  },
});
track('d', d, ['finish', 'end', 'close', 'error']);
d.on('data', (c) => log('data', fmt(c)));
d.write('in');
d.end();
log('sync part done');
