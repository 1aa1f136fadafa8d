'use strict';
const assert = require('assert');
const { check } = require('./_common');


check('long single line', () => assert.strictEqual('a'.repeat(50) + 'b', 'a'.repeat(50) + 'c'));
check('wider than 80', () => assert.strictEqual('a'.repeat(45), 'a'.repeat(44) + 'b'));
check('multi-line short', () => assert.strictEqual('a\nb', 'a\nc'));
check('multi-line long', () => assert.strictEqual(
  'first line of text\nsecond line of text\nthird line', 'first line of text\nsecond line changed\nthird line'));
check('many lines', () => {
  const lines = [];
  for (let i = 0; i < 30; i++) lines.push(`line number ${i}`);
  const a = lines.join('\n');
  lines[15] = 'changed line';
  assert.strictEqual(a, lines.join('\n'));
});
check('quotes', () => assert.strictEqual("it's", 'it is'));
check('unicode', () => assert.strictEqual('caf\u00e9 au lait', 'cafe au lait'));
check('trailing newline', () => assert.strictEqual('text with newline\n', 'text with newline'));
