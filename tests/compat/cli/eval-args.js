// compat: script=-e "console.log(process.argv.slice(1), process.execArgv)" -- a --b c
