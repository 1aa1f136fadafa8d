'use strict';
// The codes, classes and messages of the errors streams produce.
const { Readable, Writable, Transform, pipeline, finished, PassThrough } = require('stream');
const { log, delay } = require('./_helpers');

function show(label, err) {
  log(label, `${err.constructor.name} ${err.name} [${err.code}] ${err.message}`);
}

const collected = [];
function capture(label, stream, action) {
  stream.on('error', (err) => collected.push([label, err]));
  action(stream);
}

capture('push after EOF', new Readable({ read() {} }), (r) => { r.push(null); r.push('x'); });
capture('unshift after end', new Readable({ read() {} }), (r) => {
  r.resume();
  r.push(null);
  r.on('end', () => r.unshift('x'));
});
capture('write after end', new Writable({ write(c, e, cb) { cb(); } }), (w) => { w.end(); w.write('x'); });
capture('write destroyed', new Writable({ write(c, e, cb) { cb(); } }), (w) => { w.destroy(); w.write('x', (err) => collected.push(['write destroyed cb', err])); });
capture('multiple callback', new Writable({ write(c, e, cb) { cb(); cb(); } }), (w) => w.write('x'));
capture('no _read', new Readable(), (r) => r.read());
capture('no _transform', new Transform(), (t) => { try { t.write('x'); } catch (err) { collected.push(['no _transform (thrown)', err]); } });
capture('pipe from writable', new Writable(), (w) => w.pipe(new PassThrough()));
capture('invalid chunk', new Readable({ read() {} }), (r) => r.push(5));
capture('premature close', new PassThrough(), (p) => finished(p, (err) => collected.push(['finished cb', err])) && p.destroy());
try { new Writable().write(null); } catch (err) { show('null write', err); }
try { new Writable().write(1); } catch (err) { show('number write', err); }
try { new Writable().write('x', 'bogus'); } catch (err) { show('bad encoding', err); }
try { new Readable().read(2 ** 31); } catch (err) { show('huge read', err); }
try { pipeline(); } catch (err) { show('pipeline no args', err); }
try { new Readable({ highWaterMark: -1 }); } catch (err) { show('bad hwm', err); }
const ended = new Writable({ write(c, e, cb) { cb(); } });
ended.end(() => ended.end((err) => collected.push(['end after finish', err])));

delay(() => {
  for (const [label, err] of collected) show(label, err);
}, 20);
