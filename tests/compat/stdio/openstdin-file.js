'use strict';
// compat: stdin=fixtures/text.txt
// process.openStdin() resumes stdin and returns it.
const s = process.openStdin();
console.log('same', s === process.stdin, 'flowing', s.readableFlowing);
let text = '';
s.on('data', (d) => { text += d; });
s.on('end', () => console.log('got', JSON.stringify(text)));
