const buffer = require('buffer');
console.log(Buffer.from('hi'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(60, 1));
console.log(Buffer.alloc(51));
console.log([Buffer.from('ab'), { b: Buffer.from([255]) }]);
const x = Buffer.from('ab');
x.extra = 'prop';
console.log(x);
buffer.INSPECT_MAX_BYTES = 3;
console.log(Buffer.from('abcdef'));
console.log(String(Buffer.from('str')), `${Buffer.from('tpl')}`);
console.log(require('util').inspect(Buffer.from('x'), { showHidden: true }).startsWith('<Buffer 78'));
try {
  buffer.INSPECT_MAX_BYTES = -1;
} catch (e) {
  console.log(e.code, e.message);
}
