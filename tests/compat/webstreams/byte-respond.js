'use strict';
// byobRequest.respond and respondWithNewView: validation, invalidation after use, and
// responding on a closed stream.
function t(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
(async () => {
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  const read = reader.read(new Uint8Array(4));
  const req = controller.byobRequest;
  console.log('same request object', req === controller.byobRequest, req.view);
  t('respond too many', () => req.respond(5));
  t('respond 0 while readable', () => req.respond(0));
  t('respondWithNewView not a view', () => req.respondWithNewView({}));
  t('respondWithNewView wrong buffer length', () => req.respondWithNewView(new Uint8Array(8)));
  t('respondWithNewView wrong offset', () => req.respondWithNewView(new Uint8Array(new ArrayBuffer(4), 1, 2)));
  t('respondWithNewView empty', () => req.respondWithNewView(new Uint8Array(new ArrayBuffer(4), 0, 0)));
  req.view[0] = 42;
  t('respond 1', () => req.respond(1));
  console.log('view after respond', req.view, 'byobRequest now', controller.byobRequest);
  t('respond again', () => req.respond(1));
  console.log(await read);
  // respondWithNewView with the transferred buffer.
  const read2 = reader.read(new Uint8Array(3));
  const req2 = controller.byobRequest;
  const v = req2.view;
  const replacement = new Uint8Array(v.buffer, v.byteOffset, 2);
  replacement.set([7, 8]);
  t('respondWithNewView', () => req2.respondWithNewView(replacement));
  console.log(await read2);
  // On a closed stream, respond(0) completes the pending read with done.
  const read3 = reader.read(new Uint8Array(2));
  const req3 = controller.byobRequest;
  controller.close();
  t('respond 1 after close', () => req3.respond(1));
  t('respond 0 after close', () => req3.respond(0));
  console.log(await read3);
  t('view this', () => Object.getOwnPropertyDescriptor(ReadableStreamBYOBRequest.prototype, 'view').get.call({}));
})();
