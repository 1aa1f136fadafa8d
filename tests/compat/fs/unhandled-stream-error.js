'use strict';
// compat: stderr
// A read stream's open error with no 'error' listener: an error without frames of its own,
// printed with the stream that emitted it and the error's properties.
require('fs').createReadStream('/nonexistent-nodus-dir/file.txt');
