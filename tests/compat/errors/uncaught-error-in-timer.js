// compat: stderr
setTimeout(() => {
  const data = null;
  console.log(data.items);
}, 1);
