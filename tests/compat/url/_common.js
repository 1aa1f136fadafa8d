'use strict';
// Shared helpers for the URL golden tests (not a test itself: the name starts with _).
const FIELDS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'hash'];

// One line per URL: every component, or the error code.
function show(input, base) {
  const label = base === undefined ? JSON.stringify(input) :
    `${JSON.stringify(input)} @ ${JSON.stringify(base)}`;
  let url;
  try {
    url = base === undefined ? new URL(input) : new URL(input, base);
  } catch (err) {
    console.log(`${label} -> ${err.name} ${err.code}`);
    return null;
  }
  console.log(`${label} -> ${JSON.stringify(FIELDS.map((f) => url[f]))}`);
  return url;
}

// Applies url[field] = value and prints the resulting components (or the error).
function set(href, field, value) {
  const url = new URL(href);
  try {
    url[field] = value;
  } catch (err) {
    console.log(`${href} .${field}=${JSON.stringify(value)} -> ${err.name} ${err.code}`);
    return;
  }
  console.log(`${href} .${field}=${JSON.stringify(value)} -> ${JSON.stringify(FIELDS.map((f) => url[f]))}`);
}

// Runs fn and prints the error's class, code and message when it throws.
function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, '->', typeof result === 'string' ? JSON.stringify(result) : result);
  } catch (err) {
    console.log(label, 'throws', err.name, err.code, err.message);
  }
}

// A seeded generator for reproducible inputs.
function rng(seed) {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 8) % n;
  };
}

module.exports = { FIELDS, show, set, attempt, rng };
