// util.inspect output for URL objects.
const util = require('util');
const url = new URL('https://user:pw@example.com:8080/a/b?c=d&e=f#g');
console.log(util.inspect(url));
console.log(util.inspect(new URL('sc:opaque')));
console.log(util.inspect(url, { depth: 0 }));
console.log(util.inspect({ a: { b: url } }));
console.log(util.inspect([new URL('file:///tmp/x')]));
console.log(url);
console.log(`${url}`, String(url), url + '');
class MyURL extends URL {
  extra = 1;
}
console.log(util.inspect(new MyURL('http://sub.example/')));
console.log(util.format('%s', new URL('http://fmt.example/x')));
console.log(util.format('%j', { u: new URL('http://json.example/') }));
