'use strict';
// Floor for the peak RSS of the stream rows: each mode makes the same objects as its
// benchmark row with the engine's built-ins only (no stream, Buffer or fs code), so that
// its peak RSS minus the host's start-up RSS is what the engine's heap alone needs for that
// allocation pattern. Run it with node, with nodus and with the bare JavaScriptCore host
// heap-peak.c (which defines print and scriptArgs):
//   node heap-peak.js MODE | nodus heap-peak.js MODE | ./heap-peak [-n] heap-peak.js MODE
// MODE:
//   from: Readable.from's shape (streams-from.js): a sync generator of 1,000,000
//     { i, name } objects, pulled 16 at a time into a queue array, drained by `for await`
//     over an async generator that waits one promise turn whenever the queue is empty;
//   from-data: the 'data' events form of the same row: the queue is emptied into a
//     listener, with one promise turn per batch of 16;
//   readline: fs-readline.js's shape: 100 MB of text as 64 KiB chunks, each a fresh
//     64 KiB byte array (the read buffer) and a fresh flat string (the decoded text: a
//     rope of two slices of one 1 MB block of generated text, flattened by the first
//     indexOf), split into lines with indexOf/slice, the unfinished last line carried into
//     the next chunk, one promise turn per chunk and one callback call per line;
//   webstreams: webstreams.js's shape: 1,000,000 numbers pulled in batches of 16 into a
//     readable queue (high-water mark 64), piped into a transform's writable side whose
//     write() enqueues the doubled number on its readable side, piped into a sink; each
//     pipe step, read request and write request has its own promise, as in the WHATWG
//     pipe loop;
//   writefile: fs-writefile.js 64m's data: a 64 MiB byte array filled with generated text
//     (fixtures.js generateText: lines of random words joined into 1 MB strings, encoded
//     into a fresh byte array per block; after eight blocks the blocks repeat), no writing.
// The check printed at the end is the row's for from, from-data and webstreams (readline's
// text is not the row's file, only text of the same kind).
const print = globalThis.print || console.log;
const args = globalThis.scriptArgs || process.argv.slice(2);
const mode = args[0] || 'from';

function fromShape() {
  const COUNT = 1000000;
  function* objects() {
    for (let i = 0; i < COUNT; i++) yield { i, name: 'item' };
  }
  const it = objects();
  const queue = [];
  let ended = false;
  function fill() {
    while (queue.length < 16 && !ended) {
      const r = it.next();
      if (r.done) ended = true;
      else queue.push(r.value);
    }
  }
  async function* drain() {
    for (;;) {
      if (queue.length === 0) {
        await null;
        fill();
        if (queue.length === 0) return;
      }
      yield queue.shift();
    }
  }
  return (async () => {
    let count = 0;
    let sum = 0;
    for await (const o of drain()) {
      count++;
      sum += o.i;
    }
    return `${count}-${sum}`;
  })();
}

// The 'data' events form: the same queue, emptied into a listener, one promise turn per
// batch of 16 (a flowing stream reads on in a later tick).
function fromDataShape() {
  const COUNT = 1000000;
  function* objects() {
    for (let i = 0; i < COUNT; i++) yield { i, name: 'item' };
  }
  const it = objects();
  const queue = [];
  let ended = false;
  let count = 0;
  let sum = 0;
  const listeners = [(o) => {
    count++;
    sum += o.i;
  }];
  const emit = (o) => {
    for (let i = 0; i < listeners.length; i++) listeners[i](o);
  };
  return (async () => {
    while (!ended) {
      while (queue.length < 16 && !ended) {
        const r = it.next();
        if (r.done) ended = true;
        else queue.push(r.value);
      }
      while (queue.length > 0) emit(queue.shift());
      await null;
    }
    return `${count}-${sum}`;
  })();
}

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'stream', 'buffer', 'node', 'file', 'read',
  'write', 'line', 'reader', 'interface', 'the', 'a', 'of', 'and', 'to', 'in', 'compress',
  'data', 'bytes', 'header', 'chunk', 'window', '2024', '42', '7', 'x', 'y', 'z', 'caf\u00e9'];

// One block of generated text: whole lines, about 1 MB (fixtures.js's generator, as a
// string; its one non-ASCII character fits in a byte, so length = bytes here).
function makeRandom() {
  let seed = 20261126;
  return (n) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return Math.floor(seed / 4294967296 * n);
  };
}
function textBlock(random) {
  const parts = [];
  let length = 0;
  while (length < 1024 * 1024) {
    const n = random(16);
    let line = '';
    for (let j = 0; j < n; j++) line += (j ? ' ' : '') + WORDS[random(WORDS.length)];
    parts.push(line);
    length += line.length + 1;
  }
  const text = parts.join('\n') + '\n';
  return text.slice(0, text.lastIndexOf('\n', 1024 * 1024 - 1) + 1);
}

// The same text as bytes (one per character), written straight into an array so that
// making it leaves next to no garbage: the row reads an existing file, so its peak must
// not come from generating the text.
function textBytes(random) {
  const codes = WORDS.map((w) => Array.from(w, (c) => c.charCodeAt(0)));
  const bytes = new Uint8Array(1024 * 1024);
  let length = 0;
  let lineStart = 0;
  for (;;) {
    const n = random(16);
    for (let j = 0; j < n; j++) {
      if (j) bytes[length++] = 32;
      const word = codes[random(WORDS.length)];
      if (length + word.length + 1 > bytes.length) return bytes.slice(0, lineStart);
      for (let k = 0; k < word.length; k++) bytes[length++] = word[k];
    }
    if (length + 1 > bytes.length) return bytes.slice(0, lineStart);
    bytes[length++] = 10;
    lineStart = length;
  }
}

function bytesToString(bytes) {
  let text = '';
  for (let at = 0; at < bytes.length; at += 4096)
    text += String.fromCharCode.apply(null, bytes.subarray(at, at + 4096));
  text.indexOf('\n');  // flatten
  return text;
}

function readlineShape() {
  const SIZE = 100 * 1000 * 1000;
  const CHUNK = 65536;
  const random = makeRandom();
  // One block, repeated: the row's file repeats eight, but keeping 8 MB of text alive here
  // would set a floor the row does not have.
  const blocks = [bytesToString(textBytes(random))];
  let lines = 0;
  let chars = 0;
  const onLine = (line) => {
    lines++;
    chars += line.length;
  };
  return (async () => {
    let produced = 0;
    let block = 0;
    let at = 0;
    let carry = '';
    while (produced < SIZE) {
      await null;  // the chunk arrives in a later turn, as from a read
      const text = blocks[block];
      const n = Math.min(CHUNK, text.length - at, SIZE - produced);
      const bytes = new Uint8Array(n);  // the read buffer
      bytes[0] = 1;
      const half = at + (n >> 1);
      let chunk = text.slice(at, half) + text.slice(half, at + n);
      produced += n;
      at += n;
      if (at === text.length) {
        at = 0;
        block = (block + 1) % blocks.length;
      }
      let start = 0;
      let end = chunk.indexOf('\n');
      if (end !== -1 && carry.length > 0) {
        onLine(carry + chunk.slice(0, end));
        carry = '';
        start = end + 1;
        end = chunk.indexOf('\n', start);
      }
      while (end !== -1) {
        onLine(chunk.slice(start, end));
        start = end + 1;
        end = chunk.indexOf('\n', start);
      }
      carry += chunk.slice(start);
      chunk = null;
    }
    if (carry.length > 0) onLine(carry);
    return `${lines}-${chars}`;
  })();
}

// Two pipes with the WHATWG pipe loop's per-chunk work: an async step that awaits the
// writer's ready promise, then a read whose request a promise-with-resolvers settles; the
// readable side keeps { value, size } entries and calls its pull algorithm through a
// promise; the writable side queues write requests, each with its own promise, and runs
// the sink's write() one at a time, continuing after a promise job.
function withResolvers() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

class Readable {
  constructor(highWaterMark, pull) {
    this.queue = [];
    this.requests = [];
    this.closeRequested = false;
    this.highWaterMark = highWaterMark;
    this.pull = pull;
    this.pulling = false;
  }
  enqueue(value) {
    if (this.requests.length > 0) this.requests.shift().chunk(value);
    else this.queue.push({ value, size: 1 });
    this.callPull();
  }
  close() {
    this.closeRequested = true;
    if (this.queue.length === 0)
      while (this.requests.length > 0) this.requests.shift().close();
  }
  read(request) {
    if (this.queue.length > 0) request.chunk(this.queue.shift().value);
    else if (this.closeRequested) request.close();
    else this.requests.push(request);
    this.callPull();
  }
  callPull() {
    if (this.pulling || this.closeRequested || this.pull === null) return;
    if (this.queue.length >= this.highWaterMark && this.requests.length === 0) return;
    this.pulling = true;
    Promise.resolve(this.pull(this)).then(() => {
      this.pulling = false;
      this.callPull();
    });
  }
}

class Writable {
  constructor(highWaterMark, write) {
    this.requests = [];
    this.writing = false;
    this.highWaterMark = highWaterMark;
    this.sinkWrite = write;
    this.ready = Promise.resolve();
    this.readyResolve = null;
    this.closed = withResolvers();
  }
  write(chunk) {
    const request = withResolvers();
    this.requests.push({ chunk, request });
    if (this.requests.length >= this.highWaterMark && this.readyResolve === null) {
      const ready = withResolvers();
      this.ready = ready.promise;
      this.readyResolve = ready.resolve;
    }
    this.advance();
    return request.promise;
  }
  advance() {
    if (this.writing || this.requests.length === 0) return;
    this.writing = true;
    const { chunk, request } = this.requests[0];
    Promise.resolve(this.sinkWrite(chunk)).then(() => {
      this.requests.shift();
      this.writing = false;
      request.resolve();
      if (this.requests.length < this.highWaterMark && this.readyResolve !== null) {
        this.readyResolve();
        this.readyResolve = null;
      }
      if (this.requests.length === 0 && this.closing) this.closed.resolve();
      this.advance();
    });
  }
  close() {
    this.closing = true;
    if (this.requests.length === 0 && !this.writing) this.closed.resolve();
    return this.closed.promise;
  }
}

function pipe(readable, writable, onClose) {
  const request = {
    resolve: null,
    chunk(chunk) {
      writable.write(chunk);
      this.resolve(false);
    },
    close() {
      this.resolve(true);
    },
  };
  async function step() {
    await writable.ready;
    const { promise, resolve } = withResolvers();
    request.resolve = resolve;
    readable.read(request);
    return promise;
  }
  return (async () => {
    while (!await step());
    await writable.close();
    if (onClose) onClose();
  })();
}

function webstreamsShape() {
  const CHUNKS = 1000000;
  let produced = 0;
  let sum = 0;
  const source = new Readable(64, (controller) => {
    for (let i = 0; i < 16 && produced < CHUNKS; i++) controller.enqueue(produced++);
    if (produced === CHUNKS) controller.close();
  });
  const transformed = new Readable(0, null);
  transformed.pull = () => {};
  const transformSide = new Writable(1, (chunk) => transformed.enqueue(chunk * 2));
  const sink = new Writable(1, (chunk) => {
    sum += chunk;
  });
  return Promise.all([
    pipe(source, transformSide, () => transformed.close()),
    pipe(transformed, sink, null),
  ]).then(() => `${sum}`);
}

function writefileShape() {
  const SIZE = 64 * 1024 * 1024;
  const big = new Uint8Array(SIZE);
  const random = makeRandom();
  const first = [];
  let produced = 0;
  let count = 0;
  while (produced < SIZE) {
    if (first.length === 8) {
      const block = first[count++ % 8];
      const n = Math.min(block.length, SIZE - produced);
      big.set(n === block.length ? block : block.subarray(0, n), produced);
      produced += n;
      continue;
    }
    const text = textBlock(random);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    first.push(bytes);
    const n = Math.min(bytes.length, SIZE - produced);
    big.set(bytes.subarray(0, n), produced);
    produced += n;
  }
  return Promise.resolve(`${produced}`);
}

const shapes = {
  from: fromShape,
  'from-data': fromDataShape,
  readline: readlineShape,
  webstreams: webstreamsShape,
  writefile: writefileShape,
  empty: () => Promise.resolve(''),
};
if (!shapes[mode]) throw new Error(`unknown mode ${mode}`);
shapes[mode]().then((check) => print(`${mode} check=${check}`),
                    (error) => print(`${mode} failed: ${error && error.stack}`));
