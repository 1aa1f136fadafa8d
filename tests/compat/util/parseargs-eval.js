// compat: script=-e "const { parseArgs } = require('util'); console.log(JSON.stringify(parseArgs({ strict: false, tokens: true })))"
// compat: args=-- --flag value -x
