// compat: stderr
const settings = { list: 5 };
for (const item of settings.list) {
  console.log(item);
}
