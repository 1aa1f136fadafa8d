'use strict';
// Shared helpers of the net tests (files starting with "_" are not tests).
// Servers listen on port 0 on 127.0.0.1 or ::1 only; output never shows port numbers,
// temporary paths or timings. Events of the two sides of a connection are recorded in
// separate logs and printed at the end, so that the order between sides (which the
// kernel decides) does not matter.
const fs = require('fs');
const os = require('os');
const path = require('path');

let dir = null;
// A fresh temporary directory (for Unix socket paths), removed at exit.
function tmpdir() {
  if (dir === null) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-net-'));
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return dir;
}

const ports = new Set();
// Remembers a port number so that scrub() hides it.
function port(n) {
  ports.add(String(n));
  return n;
}

function scrub(text) {
  let s = String(text);
  if (dir !== null) s = s.split(dir).join('<tmp>');
  for (const p of ports) s = s.replace(new RegExp(`(?<![0-9])${p}(?![0-9])`, 'g'), '<port>');
  return s;
}

// A one-line description of an error, with the system error fields when present.
function fmtErr(e) {
  if (!(e instanceof Error)) return scrub(String(e));
  let s = `${e.name}${e.code ? ` [${e.code}]` : ''}: ${e.message}`;
  for (const k of ['errno', 'syscall', 'address', 'port', 'hostname']) {
    if (e[k] !== undefined) s += ` ${k}=${e[k]}`;
  }
  return scrub(s);
}

function fmt(v) {
  if (v instanceof Error) return fmtErr(v);
  if (Buffer.isBuffer(v)) return `<${v.length} bytes>`;
  if (typeof v === 'string') return scrub(JSON.stringify(v));
  if (v && typeof v === 'object' && typeof v.on === 'function') return `[${v.constructor.name}]`;
  if (typeof v === 'object' && v !== null) return scrub(JSON.stringify(v));
  return scrub(String(v));
}

const logs = new Map();
// Appends to the named log (printed by flush()).
function log(side, ...parts) {
  if (!logs.has(side)) logs.set(side, []);
  logs.get(side).push(parts.map((p) => (typeof p === 'string' ? scrub(p) : fmt(p))).join(' '));
}

// Records the events of an emitter (with their arguments) in the named log.
function track(side, emitter, events) {
  for (const ev of events) emitter.on(ev, (...args) => log(side, ev, ...args.map(fmt)));
  return emitter;
}

// Prints every log, each under its name, and forgets them.
function flush() {
  for (const [side, lines] of logs) {
    console.log(`[${side}]`);
    for (const line of lines) console.log(`  ${line}`);
  }
  logs.clear();
}

const SOCKET_EVENTS = ['lookup', 'connect', 'ready', 'end', 'finish', 'close', 'error', 'timeout'];

// Ends a test that hangs: prints the logs and exits with 99.
function guard(ms = 10000) {
  const t = setTimeout(() => {
    console.log('GUARD: test did not finish');
    flush();
    process.exit(99);
  }, ms);
  t.unref();
}

// Runs async steps in order (each a function returning a promise), printing failures.
async function steps(list) {
  for (const [name, fn] of list) {
    try {
      await fn();
    } catch (e) {
      console.log(name, 'threw', fmtErr(e));
    }
    flush();
  }
}

// Calls fn, printing its result or the error it throws.
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, '->', fmt(v));
  } catch (e) {
    console.log(label, 'throws', fmtErr(e));
  }
}

// A listening server on 127.0.0.1 (or the given host): resolves with the server.
function listen(server, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      port(server.address().port);
      resolve(server);
    });
  });
}

// A port on which nothing listens (a server listened there and was closed).
async function closedPort(host = '127.0.0.1') {
  const net = require('net');
  const s = await listen(net.createServer(), host);
  const p = s.address().port;
  await new Promise((r) => s.close(r));
  return p;
}

module.exports = {
  closedPort, flush, fmt, fmtErr, guard, listen, log, port, scrub, show, steps, tmpdir, track,
  SOCKET_EVENTS,
};
