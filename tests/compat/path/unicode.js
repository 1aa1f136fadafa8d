'use strict';
// Non-ASCII paths: accented letters, CJK, emoji (surrogate pairs), combining marks,
// and characters that look like separators or dots but are not.
const path = require('path');

process.cwd = () => '/home/\u00fcser';
const names = ['\u00e9t\u00e9', '\u65e5\u672c\u8a9e', '\ud83d\ude00', 'e\u0301', '\u2024', '\u2215',
  '\uff0f', '\u00b7\u00b7', '\u0130stanbul', 'stra\u00dfe', '\u0627\u0644\u0639\u0631\u0628\u064a\u0629'];
for (const flavor of ['posix', 'win32']) {
  const p = path[flavor];
  for (const name of names) {
    const withExt = `${name}.${name}`;
    const nested = `/${name}/./${name}/../${withExt}`;
    console.log(JSON.stringify([flavor, name, p.normalize(nested), p.join(name, '..', withExt),
      p.basename(nested), p.basename(nested, `.${name}`), p.extname(nested), p.dirname(nested),
      p.parse(nested), p.resolve(name), p.relative(`/${name}`, `/${name.toUpperCase()}/x`),
      p.isAbsolute(name)]));
  }
}
console.log(JSON.stringify(path.win32.relative('C:\\\u00c9T\u00c9', 'c:\\\u00e9t\u00e9\\x')));
console.log(JSON.stringify(path.win32.relative('C:\\STRASSE', 'c:\\stra\u00dfe')));
console.log(JSON.stringify(path.win32.relative('C:\\\u0130', 'c:\\i\u0307')));
// Lower-casing that changes lengths ('\u0130' becomes 'i' + a combining dot).
process.cwd = () => 'C:\\cwd';
const I = '\u0130';
const places = [`C:\\${I}`, 'c:\\i\u0307', `C:\\${I}\\a`, `C:\\${I}\\a\\b`, `C:\\x\\${I}`, `D:\\${I}`,
  'C:\\', `\\\\s\\${I}`, `\\\\S\\${I}\\y`, I, `C:\\${I}${I}`, 'C:\\A\\b'];
for (const from of places) {
  for (const to of places) console.log(JSON.stringify(['relative', from, to, path.win32.relative(from, to)]));
}
