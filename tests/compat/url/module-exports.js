// node:url's exports and the URL globals.
const url = require('url');
console.log(Object.keys(url));
for (const key of Object.keys(url)) console.log(key, typeof url[key], url[key].length);
console.log(require('node:url') === url, url.URL === globalThis.URL, url.URLSearchParams === globalThis.URLSearchParams);
const d = Object.getOwnPropertyDescriptor(globalThis, 'URL');
console.log(typeof d.value, d.writable, d.enumerable, d.configurable);
const d2 = Object.getOwnPropertyDescriptor(globalThis, 'URLSearchParams');
console.log(typeof d2.value, d2.writable, d2.enumerable, d2.configurable);
console.log(Object.keys(globalThis).includes('URL'));
