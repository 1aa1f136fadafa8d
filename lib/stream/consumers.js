'use strict';

// node:stream/consumers: read a whole stream (any async iterable of chunks, node or
// web stream) into one value.

const {
  JSONParse,
} = primordials;

const { Buffer } = require('buffer');
const { TextDecoder } = require('internal/encoding');

// Collects the chunks; strings are converted to bytes.
async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return chunks;
}

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  const { Blob } = require('buffer');
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const buf = await buffer(stream);
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

async function buffer(stream) {
  const chunks = await collect(stream);
  return Buffer.concat(chunks);
}

async function text(stream) {
  const dec = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += dec.decode(chunk, { stream: true });
  }
  // Flush what the decoder still holds.
  str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  const str = await text(stream);
  return JSONParse(str);
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  text,
  json,
};
