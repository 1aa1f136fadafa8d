// compat: env=FORCE_COLOR=1
// util.styleText with colours forced: codes nest, the first format outermost.
const { styleText } = require('util');

console.log(JSON.stringify(styleText('red', 'x')));
console.log(JSON.stringify(styleText(['bold', 'red'], 'x')));
console.log(JSON.stringify(styleText(['bgBlue', 'italic', 'gray'], 'y')));
console.log(JSON.stringify(styleText([], 'none')));
for (const name of ['reset', 'dim', 'inverse', 'hidden', 'strikethrough', 'doubleunderline',
  'framed', 'overlined', 'blink', 'whiteBright', 'bgWhiteBright', 'bgGray']) {
  console.log(name, JSON.stringify(styleText(name, '.')));
}
