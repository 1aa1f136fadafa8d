// Long strings with line breaks are shown as concatenations of their lines.
const { inspect } = require('util');
const text = 'first line of text\nsecond line, a bit longer than the first\nthird\n';
console.log(inspect(text));
console.log(inspect(text.repeat(3)));
console.log(inspect({ text }));
console.log(inspect({ deeper: { text } }));
console.log(inspect([text, 'short']));
console.log(inspect('no newline but quite long '.repeat(5)));
console.log(inspect('short\nlines'));
console.log(inspect('x'.repeat(70) + '\n' + 'y'.repeat(10)));
console.log(inspect(text, { compact: true }));
console.log(inspect(text, { breakLength: 200 }));
console.log(inspect(text, { breakLength: 10 }));
console.log(inspect('\n\n\nleading newlines and more text'));
console.log(inspect('ends with newline and enough text to split\n'));
console.log(inspect("it's a\nmulti-line string with quotes \"here\" and there"));
console.log(inspect(text, { colors: true }));
