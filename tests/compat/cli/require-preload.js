// compat: node-args=-r ./fixtures/preload.js --require ./fixtures/preload2.js
console.log('main sees', globalThis.second);
