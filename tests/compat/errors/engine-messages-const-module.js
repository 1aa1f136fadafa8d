// compat: stderr
const port = 80;
console.log('assigning');
port = 8080;
