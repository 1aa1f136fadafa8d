// compat: args=first --second -t
const path = require('path');
console.log(process.argv.slice(2), path.basename(process.argv[1]), process.execArgv);
