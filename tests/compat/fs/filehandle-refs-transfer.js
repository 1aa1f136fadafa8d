// FileHandle.close() waits for the operations and streams that use the handle, and a
// FileHandle can move to another thread in a transfer list (structuredClone, MessagePort,
// Worker), with node's errors when it cannot.
const fs = require('fs');
const fsp = fs.promises;
const { MessageChannel, Worker, isMainThread, workerData, parentPort } = require('worker_threads');

if (!isMainThread) {
  // The worker reads the file through the handle it was given, then closes it.
  const handle = workerData.handle;
  let closes = 0;
  handle.on('close', () => closes++);
  let text = '';
  const stream = fs.createReadStream(null, { fd: handle, encoding: 'utf8', end: 9 });
  stream.on('data', (chunk) => { text += chunk; });
  stream.on('end', () => handle.close());
  stream.on('close', () => {
    parentPort.postMessage({ text, closes, fd: handle.fd, proto: Object.getPrototypeOf(handle).constructor.name });
  });
  return;
}

const { p } = require('./_tmp');
const file = p('data.txt');
fs.writeFileSync(file, 'hello world, this is a file for transfers\n');

function report(label, e) {
  console.log(label, e.name, e.code, e.message, e instanceof DOMException);
}

async function closeWaits() {
  // A read started before close() completes; the descriptor closes after it.
  const fh = await fsp.open(file, 'r');
  const reading = fh.readFile('utf8');
  const closing = fh.close();
  console.log('fd while closing is a number', typeof fh.fd === 'number' && fh.fd >= 0);
  console.log('close() again is the same promise', fh.close() === closing);
  console.log('readFile during close', (await reading).length);
  await closing;
  console.log('fd after close', fh.fd);

  // Operations started after close() was asked for still run while others are pending.
  const fh2 = await fsp.open(file, 'r');
  const order = [];
  const stat = fh2.stat().then((s) => order.push(`stat ${s.size}`));
  const closed = fh2.close().then(() => order.push('closed'));
  const read = fh2.read(Buffer.alloc(5), 0, 5, 0).then((r) => order.push(`read ${r.buffer}`));
  await Promise.all([stat, closed, read]);
  console.log(order.join(', '));

  // Validation failures reject (after the open check) and release their reference.
  const fh3 = await fsp.open(file, 'r');
  for (const [label, op] of [['chmod', () => fh3.chmod('bad')], ['chown', () => fh3.chown(-2, 0)],
    ['truncate', () => fh3.truncate('x')], ['read', () => fh3.read(Buffer.alloc(4), 9)]]) {
    const promise = op();
    try {
      await promise;
    } catch (e) {
      console.log(label, promise instanceof Promise, e.name, e.code, e.message);
    }
  }
  await fh3.close();
  console.log('fh3 closed', fh3.fd);
  try {
    await fh3.chmod('bad');
  } catch (e) {
    console.log('chmod closed', e.code, e.message, e.syscall);
  }

  // A stream over the handle keeps the descriptor open until the stream closes.
  const fh4 = await fsp.open(file, 'r');
  const stream = fh4.createReadStream({ encoding: 'utf8', highWaterMark: 8 });
  const events = [];
  let handleClosing;
  const dataSeen = new Promise((resolve) => stream.once('data', (chunk) => {
    events.push(`data ${chunk}`);
    handleClosing = fh4.close().then(() => events.push(`handle closed ${fh4.fd}`));
    resolve();
  }));
  stream.on('close', () => events.push('stream close'));
  await new Promise((resolve) => stream.on('close', resolve));
  // The handle's close completes after the stream's (however slow the machine is).
  await dataSeen;
  await handleClosing;
  console.log(events.join(' | '));
}

async function clones() {
  const fh = await fsp.open(file, 'r');
  let closes = 0;
  fh.on('close', () => closes++);
  try { structuredClone(fh); } catch (e) { report('clone', e); }
  try { structuredClone({ fh }); } catch (e) { report('clone nested', e); }
  try { structuredClone(fh, { transfer: [fh, fh] }); } catch (e) { report('duplicate', e); }
  console.log('still open', fh.fd >= 0);
  const copy = structuredClone({ fh, n: 1 }, { transfer: [fh] });
  console.log('transferred fd', fh.fd, 'copy', Object.getPrototypeOf(copy.fh) === Object.getPrototypeOf(fh), copy.fh.fd >= 0, copy.n);
  const r = await copy.fh.read(Buffer.alloc(5), 0, 5, 0);
  console.log('copy reads', r.bytesRead, r.buffer.toString());
  try {
    await fh.read(Buffer.alloc(1), 0, 1, 0);
  } catch (e) {
    console.log('old handle read', e.code, e.message, e.syscall);
  }
  console.log('old handle close', await fh.close(), closes);
  await copy.fh.close();
  console.log('closes', closes);
}

async function ports() {
  const { port1, port2 } = new MessageChannel();
  const fh = await fsp.open(file, 'r');
  const received = new Promise((resolve) => port2.once('message', resolve));
  port1.postMessage({ fh }, [fh]);
  const { fh: got } = await received;
  const r = await got.read(Buffer.alloc(11), 0, 11, 0);
  console.log('port received', r.buffer.toString(), fh.fd);
  await got.close();

  // Handles in use, closing or closed cannot move; the check comes after the whole
  // transfer list was checked.
  const busy = await fsp.open(file, 'r');
  const stream = fs.createReadStream(null, { fd: busy });
  stream.pause();
  try { port1.postMessage(busy, [busy]); } catch (e) { report('stream user', e); }
  try { port1.postMessage(busy, [busy, busy]); } catch (e) { report('duplicate', e); }
  try { port1.postMessage(busy, [busy, 5]); } catch (e) { report('invalid entry', e); }
  stream.destroy();
  await new Promise((resolve) => stream.on('close', resolve));
  console.log('stream closed the handle', busy.fd);

  const pending = await fsp.open(file, 'r');
  const op = pending.stat();
  try { port1.postMessage(pending, [pending]); } catch (e) { report('pending op', e); }
  await op;
  const closing = pending.close();
  try { port1.postMessage(pending, [pending]); } catch (e) { report('closing', e); }
  await closing;
  try { port1.postMessage(pending, [pending]); } catch (e) { report('closed', e); }
  try { port1.postMessage(pending); } catch (e) { report('not listed', e); }
  port1.close();
  port2.close();
}

async function worker() {
  const fh = await fsp.open(file, 'r');
  fh.on('close', () => console.log('main handle close event (unexpected)'));
  const w = new Worker(__filename, { workerData: { handle: fh }, transferList: [fh] });
  console.log('after Worker()', fh.fd);
  const msg = await new Promise((resolve) => w.once('message', resolve));
  console.log('worker', msg);
  await new Promise((resolve) => w.once('exit', resolve));

  const busy = await fsp.open(file, 'r');
  fs.createReadStream(null, { fd: busy });
  try {
    new Worker(__filename, { workerData: { handle: busy }, transferList: [busy] });
  } catch (e) {
    report('worker in use', e);
  } finally {
    await busy.close();
  }
}

(async () => {
  await closeWaits();
  await clones();
  await ports();
  await worker();
})();
