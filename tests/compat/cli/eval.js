// compat: script=-e "console.log('eval', typeof require, typeof module, __filename, process.argv.length)"
