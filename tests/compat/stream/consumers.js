'use strict';
// stream/consumers: text, json, buffer, arrayBuffer over node streams and async
// iterables, with multi-byte characters split across chunks.
const { text, json, buffer, arrayBuffer } = require('stream/consumers');
const { Readable, PassThrough } = require('stream');
const { log, fmt, delay } = require('./_helpers');

async function main() {
  const euro = Buffer.from('\u20ac!');
  log('text', fmt(await text(Readable.from([euro.subarray(0, 2), euro.subarray(2)]))));
  log('text of strings', fmt(await text(Readable.from(['a', 'b']))));
  log('json', JSON.stringify(await json(Readable.from(['{"a":', '[1,2]}']))));
  const b = await buffer(Readable.from([Buffer.from('x'), 'y', new Uint8Array([122])]));
  log('buffer', Buffer.isBuffer(b), fmt(b));
  const ab = await arrayBuffer(Readable.from([Buffer.from('hey')]));
  log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength, Buffer.from(ab).toString());
  log('async iterable', fmt(await text((async function* () { yield 'g'; yield 'en'; })())));
  try {
    await json(Readable.from(['{bad']));
  } catch (err) {
    log('bad json', err.name);
  }
  const p = new PassThrough();
  delay(() => p.destroy(new Error('broken')), 2);
  try {
    await text(p);
  } catch (err) {
    log('stream error', fmt(err));
  }
}
main();
