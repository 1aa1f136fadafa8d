// compat: stderr
const b = new Buffer(3);
console.log(b.length, Buffer(2).length, Buffer('ab').toString(), Buffer([1, 2]).length);
