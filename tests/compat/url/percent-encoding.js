// Which characters each component percent-encodes.
let ascii = '';
for (let i = 0x20; i < 0x7F; i++) ascii += String.fromCharCode(i);
// '^' is left out of the path cases: the Standard now escapes it there, node 20 did not.
const printable = ascii.replace(/[#?/\\^]/g, '');
const nonAscii = '\u00e9\u20ac\u{1F600}\ufffd\ud800';
const controls = '\u0001\u001f\u007f';
console.log('path    ', new URL(`http://h/${printable}${nonAscii}${controls}`).pathname);
console.log('path sc ', new URL(`sc://h/${printable}${nonAscii}${controls}`).pathname);
console.log('opaque  ', new URL(`sc:${printable}${nonAscii}${controls}`.replace(/ /g, '_')).pathname);
console.log('query   ', new URL(`http://h/?${ascii.replace('#', '')}${nonAscii}${controls}`).search);
console.log('query sc', new URL(`sc://h/?${ascii.replace('#', '')}${nonAscii}${controls}`).search);
console.log('hash    ', new URL(`http://h/#${ascii}${nonAscii}${controls}`).hash);
const u = new URL('http://h/');
u.username = ascii + nonAscii;
console.log('username', u.username);
u.password = ascii + nonAscii;
console.log('password', u.password);
console.log('opaque host', new URL('sc://a!$&\'()*+,;=-._~%41\u00e9/').host);
console.log('already encoded', new URL('http://h/%41%zz%/?%41%zz%#%41%zz%').href);
console.log('dots', new URL('http://h/.%2e/%2E./%2e%2E/x').href);
