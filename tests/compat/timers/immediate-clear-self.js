// Clearing the running immediate, or the last one of the queue, is harmless.
const a = setImmediate(() => {
  console.log('a runs', a._destroyed, a.hasRef());
  clearImmediate(a);
  clearImmediate(last);
  console.log('a done');
  setTimeout(second, 1);
});
const last = setImmediate(() => console.log('never'));
function second() {
  const x = setImmediate(() => console.log('x never'));
  const y = setImmediate(() => console.log('y runs'));
  clearImmediate(x);
  const z = setImmediate(() => console.log('z runs', x._destroyed, y._destroyed, z._destroyed));
  console.log('x', x._destroyed, x._onImmediate);
}
