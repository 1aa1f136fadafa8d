'use strict';
// The shape of node:stream: the module is the legacy Stream class; its properties,
// the classes' prototypes and statics, the aliases (_stream_*), stream/promises.
const stream = require('stream');
const { log } = require('./_helpers');

const skip = new Set(['asIndexedPairs']);  // removed in node 22
const names = (o) => Object.getOwnPropertyNames(o).filter((n) => !skip.has(n)).sort().join(',');

log('typeof', typeof stream, stream.name, stream === stream.Stream, stream.length);
log('keys', Object.keys(stream).join(','));
log('Stream.prototype', names(stream.prototype), Object.getPrototypeOf(stream.prototype) === require('events').prototype);
for (const C of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough']) {
  log(C, 'prototype:', names(stream[C].prototype));
  log(C, 'statics:', names(stream[C]));
  log(C, 'symbols:', Object.getOwnPropertySymbols(stream[C].prototype).map(String).filter((s) => !s.includes('Dispose')).join(','));
}
log('aliases', require('_stream_readable') === stream.Readable, require('_stream_writable') === stream.Writable,
    require('_stream_duplex') === stream.Duplex, require('_stream_transform') === stream.Transform,
    require('_stream_passthrough') === stream.PassThrough);
log('node: scheme', require('node:stream') === stream, require('node:stream/promises') === stream.promises);
log('promises keys', Object.keys(require('stream/promises')).join(','));
log('consumers keys', Object.keys(require('stream/consumers')).join(','));
log('state classes', typeof stream.Readable.ReadableState, typeof stream.Writable.WritableState);
log('function names', stream.pipeline.name, stream.finished.name, stream.compose.name, stream.addAbortSignal.name, stream.duplexPair.name);
log('legacy subclass', new stream() instanceof require('events'), typeof new stream().pipe);
const isDispose = (s) => s === Symbol.asyncDispose || String(s).includes('asyncDispose');
log('async dispose present', Object.getOwnPropertySymbols(stream.Readable.prototype).some(isDispose),
    Object.getOwnPropertySymbols(stream.Writable.prototype).some(isDispose));
