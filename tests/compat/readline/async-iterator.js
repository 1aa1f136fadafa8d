'use strict';
// compat: env=TERM=xterm
// for await over an Interface: lines emitted before the iterator exists are lost,
// queued lines are delivered after 'close', break leaves the interface open, errors
// of the input reject the iteration.
const readline = require('readline');
const { PassThrough, Readable } = require('stream');

(async () => {
  {
    const rl = readline.createInterface({ input: Readable.from(['a\nb\n', 'c\nd']) });
    const lines = [];
    for await (const line of rl) lines.push(line);
    console.log('from Readable.from', JSON.stringify(lines), rl.closed);
  }
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    input.write('early1\nearly2\n');
    const it = rl[Symbol.asyncIterator]();
    console.log('same iterator', it === rl[Symbol.asyncIterator]());
    input.end('late1\nlate2\n');
    const lines = [];
    for await (const line of it) lines.push(line);
    console.log('early writes', JSON.stringify(lines));
  }
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    rl.on('close', () => console.log('close event (break)'));
    const it = rl[Symbol.asyncIterator]();
    input.write('x\ny\nz\n');
    for await (const line of it) {
      console.log('got', line);
      break;
    }
    console.log('after break closed:', rl.closed, 'paused:', rl.paused,
                'line listeners:', rl.listenerCount('line'));
    rl.close();
  }
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const it = rl[Symbol.asyncIterator]();
    input.write('one\n');
    rl.close();
    const lines = [];
    for await (const line of it) lines.push(line);
    console.log('queued before close', JSON.stringify(lines));
  }
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const it = rl[Symbol.asyncIterator]();
    setTimeout(() => {
      input.write('before error\n');
      input.destroy(new Error('input failed'));
    }, 5);
    try {
      for await (const line of it) console.log('line before error', line);
    } catch (e) {
      console.log('iteration error', e.message);
    }
  }
  {
    // next() called ahead of the lines.
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const it = rl[Symbol.asyncIterator]();
    const p1 = it.next();
    const p2 = it.next();
    const p3 = it.next();
    input.end('first\nsecond\n');
    console.log(JSON.stringify(await p1), JSON.stringify(await p2), JSON.stringify(await p3));
    console.log('after end', JSON.stringify(await it.next()));
  }
  {
    // return() ends the iteration.
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    const it = rl[Symbol.asyncIterator]();
    input.write('r1\nr2\n');
    console.log('next', JSON.stringify(await it.next()));
    console.log('return', JSON.stringify(await it.return()));
    console.log('next after return', JSON.stringify(await it.next()));
    rl.close();
  }
  {
    // Terminal interfaces iterate too.
    const input = new PassThrough();
    const rl = readline.createInterface({ input, terminal: true });
    const it = rl[Symbol.asyncIterator]();
    input.write('t1\rt2\r');
    input.end();
    const lines = [];
    for await (const line of it) lines.push(line);
    console.log('terminal', JSON.stringify(lines));
  }
})();
