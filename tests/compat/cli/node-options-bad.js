// compat: env=NODE_OPTIONS=--eval=1
console.log('not reached');
