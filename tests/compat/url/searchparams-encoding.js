// The application/x-www-form-urlencoded serializer and parser.
const all = new URLSearchParams();
let ascii = '';
for (let i = 0; i < 128; i++) ascii += String.fromCharCode(i);
all.append('k', ascii);
console.log(all.toString());
for (const text of ['\u00e9', '\u20ac', '\u{1F600}', '\ud800', 'a\udfffb', '\u0000', ' + ', '~*-._']) {
  const p = new URLSearchParams();
  p.append(text, text);
  console.log(JSON.stringify(text), p.toString(), JSON.stringify(new URLSearchParams(p.toString()).get(p.keys().next().value)));
}
for (const qs of ['a=b+c', 'a=b%2Bc', 'a=%', 'a=%2', 'a=%zz', 'a=%C3%A9', 'a=%C3', 'a=%C3%28', 'a=%E2%82', 'a=%F0%9F%98%80%F0',
  'a=%ED%A0%80', 'a=%EF%BB%BFx', '&&a&&=&b=', '=', '==', 'a==b', 'a=b=c', '%61=%62', 'a%3Db=c', '\u00e9=\u00e9', '+=+']) {
  const p = new URLSearchParams(qs);
  console.log(JSON.stringify(qs), JSON.stringify([...p]), p.toString());
}
// A string with a bad escape and raw non-ASCII text: node decodes it byte by byte.
for (const qs of ['a=%zz\u00e9', '\u00e9%C3=1', 'k=%41%\u{1F600}', 'x=%E2%82%AC%']) {
  console.log(JSON.stringify(qs), JSON.stringify([...new URLSearchParams(qs)]));
}
