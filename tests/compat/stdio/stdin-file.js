'use strict';
// compat: stdin=fixtures/text.txt
// process.stdin from a file: an fs.ReadStream delivering Buffers, then strings after
// setEncoding, then 'end' and 'close'.
const fs = require('fs');
console.log('is fs.ReadStream', process.stdin instanceof fs.ReadStream, 'fd', process.stdin.fd);
process.stdin.setEncoding('utf8');
let text = '';
process.stdin.on('data', (d) => { text += d; });
process.stdin.on('end', () => console.log('end', JSON.stringify(text)));
process.stdin.on('close', () => console.log('close'));
