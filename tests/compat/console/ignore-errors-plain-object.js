// A plain object with only write() is enough with ignoreErrors false; with the default,
// the console needs EventEmitter methods on it (as in node) and throws a TypeError.
const { Console } = require('console');
const chunks = [];
const plain = { write(chunk) { chunks.push(chunk); } };
const ok = new Console({ stdout: plain, ignoreErrors: false });
ok.log('works');
ok.error('works too');
console.log(JSON.stringify(chunks));
chunks.length = 0;
const c = new Console(plain);
try {
  c.log('needs listeners');
  console.log('no error');
} catch (e) {
  console.log(e.name, chunks.length);
}
