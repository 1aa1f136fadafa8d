'use strict';
// Helpers for the legacy url.parse tests.
const url = require('url');

function parse(input, ...args) {
  try {
    const u = url.parse(input, ...args);
    console.log(JSON.stringify(input), args.length ? JSON.stringify(args) : '', JSON.stringify(u));
  } catch (err) {
    console.log(JSON.stringify(input), args.length ? JSON.stringify(args) : '', 'throws', err.name, err.code);
  }
}

module.exports = { parse };
