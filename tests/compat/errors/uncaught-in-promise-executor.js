// compat: stderr
new Promise((resolve) => {
  resolve(undefined.value);
});
