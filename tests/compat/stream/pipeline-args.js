'use strict';
// pipeline() argument errors: too few streams, no callback, stages of the wrong kind,
// generator functions returning the wrong things.
const { pipeline, Readable, PassThrough, Writable } = require('stream');
const { log, fmt } = require('./_helpers');

function attempt(label, fn) {
  try {
    const r = fn();
    log(label, 'returned', r && r.constructor.name);
  } catch (err) {
    log(label, fmt(err));
  }
}

attempt('no args', () => pipeline());
attempt('one stream + cb', () => pipeline(new PassThrough(), () => {}));
attempt('no callback', () => pipeline(new PassThrough(), new PassThrough()));
attempt('callback not a function', () => pipeline(new PassThrough(), new PassThrough(), 'cb'));
attempt('bad source fn', () => pipeline(() => 42, new PassThrough(), () => {}));
attempt('bad transform fn', () => pipeline(Readable.from(['a']), () => 42, new PassThrough(), (e) => log('cb', fmt(e))));
attempt('bad sink fn', () => pipeline(Readable.from(['a']), () => 42, (e) => log('cb', fmt(e))));
attempt('number stage', () => pipeline(Readable.from(['a']), 5, (e) => log('cb', fmt(e))));
attempt('writable source', () => pipeline(new Writable(), new PassThrough(), (e) => log('cb', fmt(e))));
attempt('iterable into stream', () => pipeline('abc', new PassThrough({ objectMode: true }).on('data', (c) => log('data', c)), (e) => log('cb iterable', fmt(e))));
