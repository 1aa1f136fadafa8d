'use strict';
// Shared helpers of the stream tests (files starting with "_" are not tests).

// A short, deterministic description of an event argument.
function fmt(v) {
  if (v instanceof Error) {
    return `${v.name}${v.code ? ` [${v.code}]` : ''}: ${v.message}`;
  }
  if (Buffer.isBuffer(v)) return `<Buffer ${JSON.stringify(v.toString('latin1'))}>`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (v && typeof v === 'object' && typeof v.on === 'function') return `[${v.constructor.name}]`;
  if (typeof v === 'object' && v !== null) return JSON.stringify(v);
  return String(v);
}

let seq = 0;
function log(...parts) {
  console.log(`${String(++seq).padStart(3)} ${parts.join(' ')}`);
}

const READABLE_PASSIVE = ['end', 'close', 'error', 'pause', 'resume'];
const WRITABLE_EVENTS = ['drain', 'prefinish', 'finish', 'close', 'error', 'pipe', 'unpipe'];

// Logs the given events of a stream (with their arguments).
function track(name, stream, events) {
  for (const ev of events) {
    stream.on(ev, (...args) => log(`${name}:${ev}`, ...args.map(fmt)));
  }
  return stream;
}

// Logs a marker on each of the next n ticks (each tick queued by the previous one) and
// microtasks, to place events in time.
function ticks(n, label = 'tick') {
  let i = 0;
  const next = () => {
    log(`<${label} ${++i}>`);
    if (i < n) process.nextTick(next);
  };
  process.nextTick(next);
}

// Calls fn after n turns of the event loop (setImmediate hops). The tests use it
// instead of timers so that what they print does not depend on the machine's speed.
function delay(fn, n = 1) {
  let i = 0;
  const step = () => {
    if (++i >= n) fn();
    else setImmediate(step);
  };
  setImmediate(step);
}

function state(name, s) {
  const out = {};
  for (const k of ['readable', 'writable', 'destroyed', 'closed', 'readableEnded',
    'readableFlowing', 'readableLength', 'writableEnded', 'writableFinished',
    'writableLength', 'writableNeedDrain', 'readableAborted', 'readableDidRead']) {
    if (k in s) out[k] = s[k];
  }
  if ('errored' in s) out.errored = s.errored ? fmt(s.errored) : s.errored;
  log(`${name} state`, JSON.stringify(out));
}

module.exports = { fmt, log, track, ticks, state, delay, READABLE_PASSIVE, WRITABLE_EVENTS };
