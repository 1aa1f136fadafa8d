// compat: stdin=fixtures/stdin-script.js
// compat: script=
