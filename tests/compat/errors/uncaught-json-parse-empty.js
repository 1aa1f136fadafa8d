// compat: stderr
JSON.parse('');
