'use strict';
// controller.signal: aborts when abort() is called, with the abort reason, before the
// sink's abort runs; a long write can watch it.
(async () => {
  let controller;
  const ws = new WritableStream({
    start(c) { controller = c; },
    write(chunk, c) {
      console.log('write', chunk, 'signal aborted', c.signal.aborted);
      return new Promise((resolve, reject) => {
        c.signal.addEventListener('abort', () => {
          console.log('write sees abort, reason', c.signal.reason);
          reject(c.signal.reason);
        });
      });
    },
    abort(reason) { console.log('sink abort', reason); },
  });
  console.log(controller.signal instanceof AbortSignal, controller.signal === controller.signal);
  const writer = ws.getWriter();
  const w = writer.write('slow');
  await new Promise((r) => setTimeout(r, 1));
  const abort = writer.abort('user abort');
  await w.catch((e) => console.log('write rejected', e));
  await abort.then(() => console.log('abort resolved'));
  console.log('signal', controller.signal.aborted, controller.signal.reason);
  // error() after abort does nothing.
  controller.error(new Error('ignored'));
  await writer.closed.catch((e) => console.log('closed', e));
})();
