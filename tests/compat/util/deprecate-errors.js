// util.deprecate validates the code argument.
const util = require('util');
const { attempt } = require('./_show');

attempt('code number', () => util.deprecate(() => {}, 'msg', 5));
attempt('code object', () => util.deprecate(() => {}, 'msg', {}));
attempt('code null', () => util.deprecate(() => {}, 'msg', null));
attempt('code undefined', () => typeof util.deprecate(() => {}, 'msg', undefined));
attempt('no message', () => typeof util.deprecate(() => {}));
