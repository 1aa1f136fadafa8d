'use strict';
// Readable/Writable/Duplex .fromWeb and .toWeb: data in both directions, ends, errors,
// cancel/abort propagation, already-finished streams and argument validation.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const { ReadableStream, WritableStream } = require('stream/web');
const { log, fmt } = require('./_helpers');

function show(v) {
  if (v instanceof Uint8Array) {
    return `${v.constructor.name}(${Buffer.from(v).toString()})`;
  }
  return fmt(v);
}

function source(chunks, extra = {}) {
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      if (!extra.open) controller.close();
    },
    cancel(reason) { log('web source cancel', show(reason)); },
    ...extra.methods,
  });
}

function sink(name, extra = {}) {
  return new WritableStream({
    write(chunk) { log(`${name} write`, typeof chunk, show(chunk)); },
    close() { log(`${name} close`); },
    abort(reason) { log(`${name} abort`, show(reason)); },
    ...extra,
  });
}

function tryIt(label, fn) {
  try {
    fn();
    log(label, 'no error');
  } catch (err) {
    log(label, fmt(err));
  }
}

async function fromWebReadable() {
  const r = Readable.fromWeb(source([new Uint8Array([104, 105]), new Uint8Array([33])]));
  const parts = [];
  for await (const chunk of r) parts.push(`${Buffer.isBuffer(chunk)}:${chunk.toString()}`);
  log('fromWeb bytes', parts.join(' '));

  const text = Readable.fromWeb(source([new TextEncoder().encode('\u20ac')]),
                                { encoding: 'utf8' });
  for await (const chunk of text) log('fromWeb utf8', typeof chunk, chunk);

  const objs = Readable.fromWeb(source([{ a: 1 }, 'two', 3]), { objectMode: true });
  for await (const chunk of objs) log('fromWeb object', show(chunk));

  const failing = Readable.fromWeb(new ReadableStream({
    pull(controller) { controller.error(new Error('web failure')); },
  }));
  await new Promise((resolve) => {
    failing.on('error', (err) => log('fromWeb error', fmt(err)));
    failing.on('close', () => { log('fromWeb close', failing.destroyed); resolve(); });
    failing.resume();
  });

  const cancelled = Readable.fromWeb(source([], { open: true }));
  await new Promise((resolve) => {
    cancelled.on('error', (err) => log('fromWeb destroyed error', fmt(err)));
    cancelled.on('close', resolve);
    cancelled.destroy(new Error('stop reading'));
  });

  const quiet = Readable.fromWeb(source([], { open: true }));
  await new Promise((resolve) => {
    quiet.on('close', () => { log('fromWeb destroy without error closes'); resolve(); });
    quiet.destroy();
  });

  tryIt('fromWeb non-stream', () => Readable.fromWeb({ getReader() {} }));
  tryIt('fromWeb bad encoding', () => Readable.fromWeb(source([]), { encoding: 'nope' }));
  tryIt('fromWeb bad objectMode', () => Readable.fromWeb(source([]), { objectMode: 1 }));
  tryIt('fromWeb bad options', () => Readable.fromWeb(source([]), 'x'));
  const locked = source([]);
  locked.getReader();
  tryIt('fromWeb locked', () => Readable.fromWeb(locked));
}

async function toWebReadable() {
  const rs = Readable.toWeb(Readable.from([Buffer.from('ab'), Buffer.from('c')],
                                          { objectMode: false }));
  const reader = rs.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    log('toWeb chunk', Buffer.isBuffer(value), show(value));
  }

  const objs = Readable.toWeb(Readable.from([{ x: 1 }, 'y']));
  for await (const v of objs) log('toWeb object', show(v));

  const broken = new PassThrough();
  const brokenWeb = Readable.toWeb(broken);
  broken.destroy(new Error('node failure'));
  try {
    await brokenWeb.getReader().read();
  } catch (err) {
    log('toWeb read error', fmt(err));
  }

  const early = new PassThrough();
  const earlyWeb = Readable.toWeb(early);
  early.write('x');
  early.destroy();
  try {
    const r = earlyWeb.getReader();
    log('toWeb premature first', show((await r.read()).value));
    await r.read();
  } catch (err) {
    log('toWeb premature close', fmt(err), fmt(err.cause));
  }

  const live = new PassThrough();
  live.on('close', () => log('toWeb cancel closed node stream', live.destroyed));
  live.on('error', (err) => log('toWeb cancel error', fmt(err)));
  await Readable.toWeb(live).cancel(new Error('not needed'));
  await new Promise(setImmediate);

  const done = new PassThrough();
  done.destroy();
  const doneWeb = Readable.toWeb(done);
  log('toWeb destroyed stream', JSON.stringify(await doneWeb.getReader().read()));

  tryIt('toWeb non-stream', () => Readable.toWeb({}));
  tryIt('toWeb null', () => Readable.toWeb(null));
}

async function fromWebWritable() {
  const w = Writable.fromWeb(sink('sink'));
  w.write('str');
  w.write(Buffer.from('buf'));
  w.write('6869', 'hex');
  await new Promise((resolve) => w.end('last', resolve));
  log('fromWeb writable finished', w.writableFinished);

  const raw = Writable.fromWeb(sink('raw'), { decodeStrings: false });
  await new Promise((resolve) => raw.end('kept as string', resolve));

  const objs = Writable.fromWeb(sink('objs'), { objectMode: true });
  await new Promise((resolve) => objs.end({ k: 'v' }, resolve));

  const failing = Writable.fromWeb(sink('failing', {
    write() { throw new Error('sink failure'); },
  }));
  await new Promise((resolve) => {
    failing.on('error', (err) => log('fromWeb writable error', fmt(err)));
    failing.on('close', resolve);
    failing.write('x', (err) => log('write callback', fmt(err)));
  });

  const aborted = Writable.fromWeb(sink('aborted'));
  await new Promise((resolve) => {
    aborted.on('error', (err) => log('aborted error', fmt(err)));
    aborted.on('close', resolve);
    aborted.destroy(new Error('give up'));
  });

  tryIt('fromWeb writable non-stream', () => Writable.fromWeb(new PassThrough()));
  tryIt('fromWeb writable bad decodeStrings',
        () => Writable.fromWeb(sink('x'), { decodeStrings: 'yes' }));
}

async function toWebWritable() {
  const got = [];
  const node = new Writable({
    write(chunk, enc, cb) { got.push(chunk.toString()); cb(); },
  });
  node.on('finish', () => log('toWeb writable node finish', got.join(',')));
  const ws = Writable.toWeb(node);
  const writer = ws.getWriter();
  await writer.write(new Uint8Array([97, 98]));
  await writer.write('str');
  await writer.close();
  log('toWeb writable closed', node.writableEnded);

  const victim = new Writable({ write(chunk, enc, cb) { cb(); } });
  victim.on('error', (err) => log('toWeb abort error', fmt(err)));
  victim.on('close', () => log('toWeb abort closed', victim.destroyed));
  await Writable.toWeb(victim).abort(new Error('abort it'));
  await new Promise(setImmediate);

  const failing = new Writable({ write(chunk, enc, cb) { cb(new Error('node write failed')); } });
  failing.on('error', () => {});
  const failWriter = Writable.toWeb(failing).getWriter();
  failWriter.write(new Uint8Array([1])).catch((err) => log('toWeb write rejects', fmt(err)));
  try {
    await failWriter.closed;
  } catch (err) {
    log('toWeb closed rejects', fmt(err));
  }

  const ended = new Writable({ write(chunk, enc, cb) { cb(); } });
  ended.end();
  const endedWriter = Writable.toWeb(ended).getWriter();
  await endedWriter.closed;
  log('toWeb of ended writable is closed');

  tryIt('toWeb writable non-stream', () => Writable.toWeb({}));
}

async function duplexes() {
  const d = Duplex.fromWeb({
    readable: source([new TextEncoder().encode('from web')]),
    writable: sink('pair'),
  }, { encoding: 'utf8' });
  d.on('data', (chunk) => log('duplex data', typeof chunk, chunk));
  await new Promise((resolve) => {
    d.on('end', () => log('duplex end'));
    d.on('close', resolve);
    d.end('to web');
  });

  const echo = new PassThrough();
  const { readable, writable } = Duplex.toWeb(echo);
  const w = writable.getWriter();
  const r = readable.getReader();
  await w.write(new TextEncoder().encode('ping'));
  const first = await r.read();
  log('toWeb duplex echo', show(first.value));
  await w.close();
  log('toWeb duplex after close', JSON.stringify(await r.read()));

  tryIt('Duplex.fromWeb no pair', () => Duplex.fromWeb());
  tryIt('Duplex.fromWeb bad readable', () => Duplex.fromWeb({ writable: sink('x') }));
  tryIt('Duplex.fromWeb bad writable', () => Duplex.fromWeb({ readable: source([]) }));
  tryIt('Duplex.fromWeb bad encoding', () => Duplex.fromWeb(
    { readable: source([]), writable: sink('y') }, { encoding: 'bad' }));
  tryIt('Duplex.toWeb non-duplex', () => Duplex.toWeb(new Readable()));
}

(async () => {
  await fromWebReadable();
  await toWebReadable();
  await fromWebWritable();
  await toWebWritable();
  await duplexes();
  log('done');
})();
