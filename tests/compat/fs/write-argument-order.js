// fs.write checks the descriptor, then the data's type, then the callback, as node does.
'use strict';
const fs = require('fs');
for (const args of [[1, 5, 'bad'], [1, 5], [1, Buffer.alloc(1), 'bad'], [1, Buffer.alloc(1), 5, 1, 0, 'bad'], [1, 'str', {}, 'bad'], [1, {}, 'bad'], ['x', {}, () => {}]]) {
  try { fs.write(...args); console.log('ok'); } catch (e) { console.log(e.code, e.message); }
}
