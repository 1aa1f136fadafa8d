'use strict';
// compat: stdin=fixtures/text.txt
// Paused-mode reading of a file stdin with 'readable' and read().
const chunks = [];
process.stdin.on('readable', () => {
  let chunk;
  while ((chunk = process.stdin.read()) !== null) chunks.push(chunk);
});
process.stdin.on('end', () => {
  console.log('buffers', chunks.every(Buffer.isBuffer), JSON.stringify(Buffer.concat(chunks).toString()));
});
