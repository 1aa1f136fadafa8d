'use strict';
// Duplex.from() for every kind of input: a Duplex (returned as is), a Readable, a
// Writable, a { readable, writable } pair, an iterable, an async generator function
// (a transform), an async function (a sink), a promise, and invalid values.
const { Duplex, Readable, Writable, PassThrough } = require('stream');
const { log, fmt } = require('./_helpers');

async function main() {
  const p = new PassThrough();
  log('duplex as is', Duplex.from(p) === p);

  const fromReadable = Duplex.from(Readable.from(['r1', 'r2']));
  log('from readable', fromReadable.constructor.name, fromReadable.readable, fromReadable.writable);
  log('data', JSON.stringify(await fromReadable.toArray()));

  const sink = [];
  const fromWritable = Duplex.from(new Writable({ write(c, e, cb) { sink.push(String(c)); cb(); } }));
  log('from writable', fromWritable.readable, fromWritable.writable);
  fromWritable.write('w1');
  fromWritable.end('w2');
  await new Promise((r) => fromWritable.on('finish', r));
  log('sink got', sink.join(','));

  const pairIn = new PassThrough();
  const pairOut = new PassThrough();
  const pair = Duplex.from({ readable: pairOut, writable: pairIn });
  pairIn.on('data', (c) => { log('pair writable side got', fmt(c)); pairOut.end(`echo ${c}`); });
  pair.write('hello');
  pair.on('data', (c) => log('pair readable side', fmt(c)));
  await new Promise((r) => pair.on('end', r));

  log('iterable', JSON.stringify(await Duplex.from(['i1', 'i2']).toArray()));
  log('iterable writable?', Duplex.from(['x']).writable);

  const transform = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  log('generator fn', transform.readable, transform.writable);
  transform.end('abc');
  log('transformed', JSON.stringify(await transform.toArray()));

  const chunks = [];
  const asyncSink = Duplex.from(async function (source) {
    for await (const chunk of source) chunks.push(String(chunk));
  });
  log('async fn', asyncSink.readable, asyncSink.writable);
  asyncSink.write('s1');
  asyncSink.end('s2');
  await new Promise((r) => asyncSink.on('finish', r));
  log('async fn got', chunks.join(','));

  const fromPromise = Duplex.from(Promise.resolve('promised'));
  log('promise', JSON.stringify(await fromPromise.toArray()));
  const nullPromise = Duplex.from(Promise.resolve(null));
  log('null promise', JSON.stringify(await nullPromise.toArray()));

  const rejected = Duplex.from(Promise.reject(new Error('promise failed')));
  try {
    await rejected.toArray();
  } catch (err) {
    log('rejected promise', fmt(err));
  }

  for (const bad of [42, null, 'str', () => 42]) {
    try {
      const d = Duplex.from(bad);
      log('accepted', typeof bad, d.constructor.name, JSON.stringify(await d.toArray()));
    } catch (err) {
      log('Duplex.from', typeof bad, fmt(err));
    }
  }
}
main();
