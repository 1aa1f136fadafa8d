'use strict';
// Shared by the assert golden tests: runs a check and prints what it threw.
const util = require('util');

// Errors print as [Name: message] so that no stack (with paths) reaches the output.
function brief(value) {
  if (value instanceof Error) return `[${value.name}: ${value.message}]`;
  return util.inspect(value);
}

function report(label, e) {
  console.log(`--- ${label}`);
  if (e !== null && typeof e === 'object' && e.code === 'ERR_ASSERTION') {
    console.log(`${e.name} ${e.code} operator=${String(e.operator)} ` +
      `generatedMessage=${e.generatedMessage}`);
    console.log(`message: ${JSON.stringify(e.message)}`);
    console.log(e.message);
    console.log(`actual: ${brief(e.actual)}`);
    console.log(`expected: ${brief(e.expected)}`);
  } else if (e instanceof Error) {
    console.log(`threw ${e.name} ${e.code}: ${e.message}`);
  } else {
    console.log(`threw ${brief(e)}`);
  }
}

function check(label, fn) {
  try {
    fn();
  } catch (e) {
    report(label, e);
    return;
  }
  console.log(`--- ${label}: ok`);
}

async function checkAsync(label, fn) {
  try {
    await fn();
  } catch (e) {
    report(label, e);
    return;
  }
  console.log(`--- ${label}: ok`);
}

module.exports = { check, checkAsync, brief, report };
