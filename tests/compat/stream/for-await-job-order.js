'use strict';
// Order of nextTick callbacks, promise jobs and stream events around `for await` over
// Readables (Readable.from of sync and async iterables, a push-driven Readable), for
// leaving the loop with break, with a throw, and for a source that fails. Promise jobs
// run nested in the engine call that ran a callback, so this pins that they still run
// after the whole tick queue and before the next callback, as in node.
const { Readable } = require('stream');
const fs = require('fs');

const log = [];
const say = (s) => log.push(s);

function watch(name, stream) {
  for (const ev of ['end', 'close', 'error']) {
    stream.on(ev, (e) => say(`${name} ${ev}${e ? ' ' + e.message : ''}`));
  }
  return stream;
}

function* numbers(n, failAt) {
  try {
    for (let i = 0; i < n; i++) {
      if (i === failAt) throw new Error(`sync source failed at ${i}`);
      yield i;
    }
  } finally {
    say('sync source finally');
  }
}

async function* asyncNumbers(n, failAt) {
  try {
    for (let i = 0; i < n; i++) {
      await null;
      if (i === failAt) throw new Error(`async source failed at ${i}`);
      yield i;
    }
  } finally {
    say('async source finally');
  }
}

async function consume(name, stream, { breakAt, throwAt } = {}) {
  watch(name, stream);
  try {
    for await (const v of stream) {
      say(`${name} got ${v}`);
      process.nextTick(() => say(`${name} tick after ${v}`));
      Promise.resolve().then(() => say(`${name} job after ${v}`));
      if (v === breakAt) break;
      if (v === throwAt) throw new Error(`body threw at ${v}`);
    }
    say(`${name} loop done`);
  } catch (e) {
    say(`${name} caught ${e.message}`);
  }
  say(`${name} destroyed=${stream.destroyed}`);
  await new Promise((r) => setImmediate(r));
  say(`${name} after immediate`);
}

async function main() {
  await consume('sync-all', Readable.from(numbers(3)));
  await consume('sync-break', Readable.from(numbers(5)), { breakAt: 1 });
  await consume('sync-throw', Readable.from(numbers(5)), { throwAt: 2 });
  await consume('sync-fail', Readable.from(numbers(5, 2)));
  await consume('async-all', Readable.from(asyncNumbers(3)));
  await consume('async-break', Readable.from(asyncNumbers(5)), { breakAt: 0 });
  await consume('async-fail', Readable.from(asyncNumbers(5, 1)));

  // A Readable fed from outside: pushes from timers, an error from a timer.
  const pushed = new Readable({ objectMode: true, read() {} });
  let n = 0;
  const timer = setInterval(() => {
    say(`push ${n}`);
    if (n === 3) {
      clearInterval(timer);
      pushed.destroy(new Error('pushed source failed'));
    } else {
      pushed.push(n++);
    }
  }, 1);
  await consume('pushed', pushed);

  // Ticks queued by jobs and jobs queued by ticks, from an I/O callback.
  await new Promise((resolve) => {
    fs.stat(__filename, () => {
      say('io callback');
      process.nextTick(() => {
        say('tick 1');
        Promise.resolve().then(() => {
          say('job from tick 1');
          process.nextTick(() => say('tick from job'));
        });
      });
      Promise.resolve().then(() => {
        say('job 1');
        Promise.resolve().then(() => say('job from job 1'));
      });
      process.nextTick(() => say('tick 2'));
      setImmediate(() => {
        say('immediate');
        resolve();
      });
    });
  });
}

main().then(() => console.log(log.join('\n')));
