// Property descriptors, brand checks, toJSON, subclassing and the globals.
const url = require('url');
const show = (obj, names) => {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(obj, name);
    console.log(String(name), Object.keys(d).sort().join(','), d.enumerable, d.configurable,
                typeof d.get, typeof d.set, typeof d.value);
  }
};
show(URL.prototype, Object.getOwnPropertyNames(URL.prototype));
show(URL.prototype, [Symbol.toStringTag]);
show(URLSearchParams.prototype, Object.getOwnPropertyNames(URLSearchParams.prototype));
show(URLSearchParams.prototype, [Symbol.toStringTag, Symbol.iterator]);
console.log(URL.prototype[Symbol.toStringTag], Object.prototype.toString.call(new URL('http://h')));
const u = new URL('http://h/p?q#f');
console.log(JSON.stringify(u), JSON.stringify({ u }), u.toJSON(), u.toString());
console.log(Object.keys(u), JSON.stringify(Object.getOwnPropertyNames(u)), Object.getOwnPropertySymbols(u).length);
for (const name of ['href', 'origin', 'protocol', 'host', 'pathname', 'search', 'hash']) {
  try {
    Object.getOwnPropertyDescriptor(URL.prototype, name).get.call({});
  } catch (err) {
    console.log(name, err.name, err.message);
  }
}
for (const name of ['toString', 'toJSON']) {
  try {
    URL.prototype[name].call({});
  } catch (err) {
    console.log(name, err.name, err.message);
  }
}
try {
  URL('http://h');
} catch (err) {
  console.log('call', err.name);
}
class Sub extends URL {
  get kind() { return 'sub'; }
}
const s = new Sub('http://s/x');
console.log(s instanceof URL, s.kind, s.href, Sub.canParse('http://z'));
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams, globalThis.URL === URL);
console.log(typeof URL, URL.name, URLSearchParams.name, URLSearchParams.length);
const frozen = Object.freeze(new URL('http://f/'));
frozen.pathname = '/changed';
console.log(frozen.href);
