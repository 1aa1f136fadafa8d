// sort(): stable, by UTF-16 code units of the names.
const p = new URLSearchParams('z=1&a=2&\u00e9=3&a=1&Z=4&%F0%9F%98%80=5&\uFB03=6&b=7&a=0');
p.sort();
console.log(JSON.stringify([...p]));
const many = new URLSearchParams();
for (let i = 0; i < 120; i++) many.append(String.fromCharCode(97 + (i * 7) % 5), String(i));
many.sort();
console.log(many.toString());
const empty = new URLSearchParams();
empty.sort();
console.log(JSON.stringify(empty.toString()));
const url = new URL('http://h/?b=1&a=2#x');
url.searchParams.sort();
console.log(url.href);
