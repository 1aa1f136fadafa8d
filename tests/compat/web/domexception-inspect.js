'use strict';
// util.inspect and uncaught printing of DOMExceptions (stack frames removed).
const util = require('util');
const firstLines = (text) => text.split('\n').filter((l) => !l.trim().startsWith('at ')).join('\n');
console.log(firstLines(util.inspect(new DOMException('msg', 'AbortError'))));
console.log(firstLines(util.inspect(new DOMException('with cause',
  { name: 'DataError', cause: 'why' }))));
console.log(firstLines(util.inspect(new DOMException('plain'))));
console.log(firstLines(util.inspect({ e: new DOMException('nested', 'NotFoundError') })));
