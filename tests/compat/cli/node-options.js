// compat: env=NODE_OPTIONS=--no-deprecation --stack-trace-limit=3
console.log(Error.stackTraceLimit, process.noDeprecation, process.execArgv);
