// compat: stderr
// An error whose stack was replaced is printed as node prints it.
const err = new Error('original');
err.stack = 'custom stack text';
console.log(err.stack);
const e2 = new TypeError('kept');
e2.stack = `${e2.stack.split('\n')[0]}\n    at somewhere (file.js:1:1)`;
console.log(e2.stack);
throw err;
