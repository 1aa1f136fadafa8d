// util.inspect output for URLSearchParams and its iterators.
const util = require('util');
const p = new URLSearchParams('a=1&b=two&a=3&quote=\'&nl=%0A');
console.log(util.inspect(p));
console.log(util.inspect(new URLSearchParams()));
console.log(util.inspect(p.keys()));
console.log(util.inspect(p.values()));
console.log(util.inspect(p.entries()));
const it = p.keys();
it.next();
it.next();
console.log(util.inspect(it));
it.next();
it.next();
it.next();
console.log(util.inspect(it));
const long = new URLSearchParams();
for (let i = 0; i < 8; i++) long.append(`key${i}`, 'value'.repeat(i));
console.log(util.inspect(long));
console.log(util.inspect(long.entries()));
console.log(util.inspect(long.keys()));
console.log(util.inspect(long, { breakLength: Infinity }));
console.log(util.inspect({ nested: { deeper: { params: p } } }));
console.log(util.inspect([p], { depth: 0 }));
class MyParams extends URLSearchParams {}
console.log(util.inspect(new MyParams('x=1')));
console.log(p);
