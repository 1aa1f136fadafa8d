'use strict';
// Argument checking of Readable/Writable/Duplex toWeb() and fromWeb(): non-streams,
// locked web streams, options of the wrong type, and writable-like objects that are not
// node streams (accepted by Writable.toWeb when they have write() and on()).
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const EventEmitter = require('events');

function fmt(e) { return `${e?.constructor?.name}|${e?.code}|${e?.message}`; }
function t(label, fn) {
  try {
    const r = fn();
    if (r && typeof r.on === 'function') r.on('error', () => {});
    console.log(label, '->', r === undefined ? 'undefined' : r?.constructor?.name);
  } catch (e) {
    console.log(label, '-> THROW', fmt(e));
  }
}

for (const C of [Readable, Writable, Duplex]) {
  for (const k of ['toWeb', 'fromWeb']) {
    const d = Object.getOwnPropertyDescriptor(C, k);
    console.log(C.name, k, typeof d.value, d.writable, d.enumerable, d.configurable, d.value.length);
  }
}

const bad = [undefined, null, 1, 'str', {}, [], () => {}, new PassThrough(),
             new ReadableStream(), new WritableStream(), { _writableState: {} },
             { _readableState: {} }, Object.create(ReadableStream.prototype)];
const names = ['undefined', 'null', 'number', 'string', 'object', 'array', 'function',
               'PassThrough', 'ReadableStream', 'WritableStream', 'fake _writableState',
               'fake _readableState', 'ReadableStream.prototype object'];
bad.forEach((b, i) => {
  t('Readable.fromWeb ' + names[i], () => Readable.fromWeb(b));
  t('Writable.fromWeb ' + names[i], () => Writable.fromWeb(b));
  t('Duplex.fromWeb ' + names[i], () => Duplex.fromWeb(b));
  t('Readable.toWeb ' + names[i], () => Readable.toWeb(b));
  t('Writable.toWeb ' + names[i], () => Writable.toWeb(b));
  t('Duplex.toWeb ' + names[i], () => Duplex.toWeb(b));
});

const options = [
  null, 1, 'x', [], { objectMode: 1 }, { objectMode: 'yes' }, { encoding: 'nope' },
  { encoding: 1 }, { encoding: '' }, { highWaterMark: -1 }, { highWaterMark: 'x' },
  { highWaterMark: NaN }, { highWaterMark: 1.5 }, { signal: 1 }, { signal: {} },
  { decodeStrings: 1 }, { strategy: 1 }, { strategy: { highWaterMark: -1 } },
  { strategy: { highWaterMark: 'x' } }, { strategy: { size: 1 } },
  { objectMode: 1, encoding: 'nope' },
];
for (const o of options) {
  const label = JSON.stringify(o);
  t('Readable.fromWeb ' + label, () => Readable.fromWeb(new ReadableStream(), o));
  t('Writable.fromWeb ' + label, () => Writable.fromWeb(new WritableStream(), o));
  t('Duplex.fromWeb ' + label, () => Duplex.fromWeb(new TransformStream(), o));
  t('Readable.toWeb ' + label, () => Readable.toWeb(new PassThrough(), o));
}
t('Readable.fromWeb throwing getter',
  () => Readable.fromWeb(new ReadableStream(), { get encoding() { throw new Error('eg'); } }));

{
  const rs = new ReadableStream();
  rs.getReader();
  t('Readable.fromWeb locked', () => Readable.fromWeb(rs));
  t('Duplex.fromWeb locked readable', () => Duplex.fromWeb({ readable: rs, writable: new WritableStream() }));
}
{
  const ws = new WritableStream();
  ws.getWriter();
  t('Writable.fromWeb locked', () => Writable.fromWeb(ws));
  t('Duplex.fromWeb locked writable', () => Duplex.fromWeb({ readable: new ReadableStream(), writable: ws }));
}
t('Duplex.fromWeb only readable', () => Duplex.fromWeb({ readable: new ReadableStream() }));
t('Duplex.fromWeb swapped', () => Duplex.fromWeb({ readable: new WritableStream(), writable: new ReadableStream() }));
t('Duplex.toWeb Readable', () => Duplex.toWeb(new Readable()));
t('Readable.toWeb Writable', () => Readable.toWeb(new Writable()));
t('Writable.toWeb Readable', () => Writable.toWeb(new Readable()));
t('Writable.toWeb write only', () => Writable.toWeb({ write() {} }));
t('Writable.toWeb write and on', () => Writable.toWeb({ write() {}, on() {} }));

(async () => {
  // A writable-like emitter that is not a node stream converts to a closed stream.
  const legacy = new EventEmitter();
  legacy.write = (c) => { console.log('legacy write', c); return true; };
  const w1 = Writable.toWeb(legacy).getWriter();
  await w1.write(new Uint8Array([1])).then(() => console.log('legacy write ok'),
                                            (e) => console.log('legacy write rejected', fmt(e)));
  await w1.closed.then(() => console.log('legacy closed'));

  // One with writable === true is written to; its 'finish' without end() is premature.
  const like = new EventEmitter();
  like.writable = true;
  like.write = (c) => { console.log('like write', c); return true; };
  const w2 = Writable.toWeb(like).getWriter();
  console.log('like desiredSize', w2.desiredSize);
  await w2.write(new Uint8Array([2]));
  console.log('like write ok');
  like.emit('finish');
  await w2.closed.catch((e) => console.log('like closed rejected', fmt(e)));
})();
