'use strict';
// Shared by the stream adapter sweeps (stream/duplex-from-sweep-flow, webstreams/
// adapters-sweep-edge and adapters-sweep-flow): each case logs into its own list of lines,
// printed once the case and a few turns of the loop after it have finished, so the
// output reads in case order even when events arrive late.
const { inspect } = require('util');

let lines = null;
const cases = [];

function log(line) {
  lines.push(line);
}

function fmt(e) {
  return e == null ? String(e) :
    `${e.constructor && e.constructor.name}|${e.code}|${e.message}` +
    `${e.cause ? ' cause=' + fmt(e.cause) : ''}`;
}

function test(name, fn) {
  cases.push([name, fn]);
}

// Resolves after n turns of the loop's check phase.
function tick(n = 3) {
  return new Promise((resolve) => {
    let i = 0;
    const next = () => (++i >= n ? setImmediate(resolve) : setImmediate(next));
    next();
  });
}

function events(stream, tag, names) {
  for (const name of names) {
    stream.on(name, (a) => log(`${tag}:${name}${name === 'error' ? ' ' + fmt(a) : ''}`));
  }
}

function p(tag, promise) {
  promise.then((v) => log(`${tag} ok ${inspect(v, { breakLength: Infinity })}`),
               (e) => log(`${tag} rej ${fmt(e)}`));
}

// Where a nextTick, a promise job and an immediate queued now land among the events.
function mark() {
  process.nextTick(() => log('nextTick'));
  Promise.resolve().then(() => log('micro'));
  setImmediate(() => log('immediate'));
}

function run() {
  process.on('uncaughtException', (e) => log('uncaught ' + fmt(e)));
  process.on('unhandledRejection', (e) => log('unhandledRejection ' + fmt(e)));
  (async () => {
    for (const [name, fn] of cases) {
      lines = [];
      try { await fn(); } catch (e) { lines.push('THROW ' + fmt(e)); }
      await tick();
      console.log('== ' + name);
      for (const line of lines) console.log('  ' + line);
    }
  })();
}

module.exports = { events, fmt, log, mark, p, run, test, tick };
