// fs.open/openSync with numeric, null and non-integer flags and modes, each form in turn.
'use strict';
const fs = require('fs');
const path = '/nonexistent-dir/x';
for (const args of [[path, null], [path, 1.5], [path, 2 ** 53], [path, null, undefined], [path, 'r', null],
  [path, 'r', 1.5], [path, -1], [path, NaN], [path, 'bad'], [path, 'r', 'bad']]) {
  try { fs.openSync(...args); } catch (e) { console.log('sync', args.slice(1), e.code, e.message); }
  try { fs.open(...args, () => {}); console.log('cb   ', args.slice(1), 'queued'); } catch (e) {
    console.log('cb   ', args.slice(1), e.code, e.message);
  }
}
fs.open(path, null, (e) => {
  console.log('cb null ->', e.code);
  fs.promises.open(path, null).catch((e) => {
    console.log('promise null ->', e.code, e.message);
    return fs.promises.open(path, 1.5);
  }).catch((e) => console.log('promise 1.5 ->', e.code, e.message));
});
