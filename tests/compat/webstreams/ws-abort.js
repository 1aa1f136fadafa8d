'use strict';
// abort(): with a write in flight the sink's abort runs after it finishes; queued writes
// reject with the reason; the controller's signal aborts at once with the reason.
const { ticks, settle } = require('./_ticks');
let finishWrite;
let ctrl;
const ws = new WritableStream({
  start(c) {
    ctrl = c;
    c.signal.addEventListener('abort', () => {
      console.log('signal abort event, reason', c.signal.reason);
    });
  },
  write(chunk) {
    console.log('sink write', chunk);
    return new Promise((r) => { finishWrite = r; });
  },
  abort(reason) {
    console.log('sink abort', reason);
  },
  close() { console.log('never'); },
});
const writer = ws.getWriter();
(async () => {
  await ticks(1);
  settle('write 1', writer.write(1));
  settle('write 2', writer.write(2));
  console.log('signal aborted before', ctrl.signal.aborted);
  settle('abort', writer.abort('stop'));
  console.log('signal aborted after', ctrl.signal.aborted, 'desiredSize', writer.desiredSize);
  settle('ready', writer.ready);
  settle('closed', writer.closed);
  settle('write 3', writer.write(3));
  settle('abort again', writer.abort('again'));
  await ticks(3);
  console.log('finishing write 1');
  finishWrite();
  await ticks(4, 'after ');
  settle('abort when errored', writer.abort('late'));
  settle('close when errored', writer.close());
})();
// Abort with no reason: the stored error is undefined.
const ws2 = new WritableStream();
settle('ws2 abort', ws2.abort());
ws2.getWriter().closed.catch((e) => console.log('ws2 closed rejects with', e));
// Abort of a closed stream resolves.
const ws3 = new WritableStream();
ws3.close().then(() => settle('ws3 abort after close', ws3.abort('x')));
// A sink abort that throws rejects abort().
const ws4 = new WritableStream({ abort() { throw new Error('abort failed'); } });
settle('ws4 abort', ws4.abort('r'));
