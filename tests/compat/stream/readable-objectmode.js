'use strict';
// Object mode: any value but null is a chunk (including falsy ones and strings, which
// are not concatenated), lengths count objects.
const { Readable } = require('stream');
const { log, fmt } = require('./_helpers');

const r = new Readable({ objectMode: true, read() {} });
const values = [0, '', false, 'a', 'b', { k: 1 }, [1, 2], undefined, NaN, Buffer.from('x')];
for (const v of values) log('push', fmt(v), '->', r.push(v));
log('length', r.readableLength, 'objectMode', r.readableObjectMode);
const seen = [];
r.on('data', (v) => seen.push(fmt(v)));
r.on('end', () => log('data seen:', seen.join(' | ')));
r.push(null);

const s = new Readable({ objectMode: true, read() {} });
s.setEncoding('utf8');
s.push(Buffer.from('buf'));
s.push('str');
s.push(null);
s.on('data', (v) => log('objectMode+encoding data', fmt(v), typeof v));
