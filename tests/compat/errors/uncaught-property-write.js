// compat: stderr
'use strict';
let target;
target.value = 42;
