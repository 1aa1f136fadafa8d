'use strict';
// stream/consumers with chunks that are not bytes: object-mode streams go through a
// Blob (objects become their string form) for buffer/arrayBuffer/blob, and text/json
// reject them; the Buffer of buffer() shares arrayBuffer()'s memory.
const { text, json, buffer, arrayBuffer, blob } = require('stream/consumers');
const { PassThrough, Readable } = require('stream');
const { log, fmt } = require('./_helpers');

function objects() {
  const s = new PassThrough({ readableObjectMode: true, writableObjectMode: true });
  s.write({});
  s.end({});
  return s;
}

async function attempt(label, fn) {
  try {
    const v = await fn();
    log(label, Buffer.isBuffer(v) ? `Buffer(${v.length}) ${v.toString()}` :
      v instanceof ArrayBuffer ? `ArrayBuffer(${v.byteLength})` : fmt(v));
  } catch (err) {
    log(label, 'rejects', err.name, err.code);
  }
}

async function main() {
  await attempt('buffer of objects', () => buffer(objects()));
  await attempt('arrayBuffer of objects', () => arrayBuffer(objects()));
  const b = await blob(objects());
  log('blob of objects', b.constructor.name, b.size, JSON.stringify(await b.text()));
  await attempt('text of objects', () => text(objects()));
  await attempt('json of objects', () => json(objects()));
  await attempt('buffer of numbers', () => buffer(Readable.from([1, 22])));
  const buf = await buffer(Readable.from([Buffer.from('ab'), 'cd', new Uint16Array([0x6665])]));
  log('mixed', buf.toString(), buf.byteOffset, buf.buffer.byteLength === buf.length);
  await attempt('empty', () => buffer(Readable.from([])));
  await attempt('web stream', () => buffer(new ReadableStream({
    start(c) { c.enqueue(new Uint8Array([104, 105])); c.close(); },
  })));
  const t = new TransformStream();
  const w = t.writable.getWriter();
  w.write(new Uint8Array([0xe2]));
  w.write(new Uint8Array([0x82]));
  w.close();
  const s = await text(t.readable);
  log('cut utf8', s.length, s.charCodeAt(0).toString(16));
}
main();
