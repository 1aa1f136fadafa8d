// compat: stderr
Promise.reject({ code: 42 });
