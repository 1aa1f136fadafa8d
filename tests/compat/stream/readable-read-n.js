'use strict';
// read(n): exact sizes, more than buffered, read(0), NaN and strings as n, growing
// highWaterMark, reads that span chunks, and read() after the end.
const { Readable } = require('stream');
const { log, fmt } = require('./_helpers');

const r = new Readable({ highWaterMark: 8, read() {} });
r.push('hello');
r.push('world');
r.push('!');
log('length', r.readableLength);
log('read(3)', fmt(r.read(3)), r.readableLength);
log('read(4)', fmt(r.read(4)), r.readableLength);
log('read(100)', fmt(r.read(100)), r.readableLength, 'hwm', r.readableHighWaterMark);
log('read("2")', fmt(r.read('2')), r.readableLength);
log('read(0)', fmt(r.read(0)), r.readableLength);
log('read()', fmt(r.read()), r.readableLength);
log('read() empty', fmt(r.read()));
r.push('tail');
r.push(null);
log('after end push: read(10)', fmt(r.read(10)), 'ended', r.readableEnded);
log('read() again', fmt(r.read()));
r.on('end', () => log('end'));
r.on('close', () => log('close'));

const big = new Readable({ highWaterMark: 16, read() {} });
log('hwm before', big.readableHighWaterMark);
big.read(100000);
log('hwm after read(100000)', big.readableHighWaterMark);
big.read(17);
log('hwm after read(17)', big.readableHighWaterMark);
try {
  big.read(2 ** 31);
} catch (err) {
  log('read(2**31)', fmt(err));
}

const bytes = new Readable({ read() {} });
bytes.push(Buffer.from([1, 2, 3]));
bytes.push(Buffer.from([4, 5]));
bytes.push(Buffer.from([6]));
const got = bytes.read(5);
log('span read', JSON.stringify([...got]), 'left', bytes.readableLength);
const rest = bytes.read();
log('rest', JSON.stringify([...rest]));

const objs = new Readable({ objectMode: true, read() {} });
objs.push(1); objs.push(2); objs.push(3);
log('objectMode read(5)', objs.read(5), 'read(0)', objs.read(0), 'length', objs.readableLength);
