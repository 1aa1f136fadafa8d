'use strict';
// The test runner gives us /dev/null as stdin: an fs.ReadStream that ends at once.
const s = process.stdin;
console.log(s.constructor.name, s.fd, s.isTTY, s.readable, typeof s.setRawMode);
s.on('data', (d) => console.log('data', d.length));
s.on('end', () => console.log('end'));
s.on('close', () => console.log('close'));
