// compat: stderr
'use strict';
const assert = require('assert');


assert.rejects(Promise.resolve('fine'), TypeError);
