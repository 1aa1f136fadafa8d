// compat: stderr
const err = new Error('request failed');
err.code = 'E_REQUEST';
err.status = 500;
throw err;
