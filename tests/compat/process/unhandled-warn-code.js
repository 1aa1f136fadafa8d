// compat: stderr
// compat: node-args=--unhandled-rejections=warn-with-error-code
Promise.reject(1);
