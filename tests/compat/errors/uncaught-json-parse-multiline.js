// compat: stderr
JSON.parse('[1,\n2,\n]');
