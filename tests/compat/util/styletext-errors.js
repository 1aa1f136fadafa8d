// util.styleText argument validation.
const { styleText } = require('util');
const { attempt } = require('./_show');

attempt('unknown format', () => styleText('purple', 'x'));
attempt('text number', () => styleText('red', 5));
attempt('text missing', () => styleText('red'));
attempt('both bad', () => styleText('purple', 5));
attempt('array with bad', () => styleText(['red', 'nope'], 'x'));
attempt('array with number', () => styleText(['red', 7], 'x'));
attempt('format undefined', () => styleText(undefined, 'x'));
attempt('format object', () => styleText({}, 'x'));
attempt('inherited name', () => styleText('toString', 'x'));
