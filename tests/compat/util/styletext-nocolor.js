// util.styleText: stdout is a pipe here, so no escape codes are added by default.
const { styleText } = require('util');

console.log(JSON.stringify(styleText('red', 'plain')));
console.log(JSON.stringify(styleText(['bold', 'underline'], 'plain')));
console.log(JSON.stringify(styleText('red', '')));
console.log(styleText.name, styleText.length);
