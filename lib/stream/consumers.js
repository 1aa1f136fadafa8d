'use strict';

// node:stream/consumers: read a whole stream (any async iterable of chunks, node or
// web stream) into one value.

const {
  JSONParse,
} = primordials;

const { Buffer } = require('buffer');
const { TextDecoder } = require('internal/encoding');

// Every byte-oriented consumer goes through a Blob, which takes chunks of any kind the
// way the Blob constructor does: strings as UTF-8, byte views and buffers as their bytes,
// and any other value as its string form (an object chunk becomes "[object Object]").
async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  const { Blob } = require('buffer');
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const whole = await blob(stream);
  return whole.arrayBuffer();
}

// The Buffer shares the ArrayBuffer arrayBuffer() produced: no second copy.
async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
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
