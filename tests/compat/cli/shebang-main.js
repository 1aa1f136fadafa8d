#!/usr/bin/env node
// A shebang line in the main script is allowed.
console.log('shebang main ok');
