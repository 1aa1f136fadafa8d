// compat: stderr
// compat: node-args=--pending-deprecation
// DEP0169: url.parse() (also through url.resolve and url.format(string)) warns once under
// --pending-deprecation.
const url = require('url');
process.on('warning', (w) => console.log('warning event', w.name, w.code));
console.log(url.resolve('http://a/b', 'c'));
console.log(url.parse('http://a/').href);
console.log(url.format('http://b/x'));
new URL('http://no-warning/');
