// compat: script=-c fixtures/valid.js
