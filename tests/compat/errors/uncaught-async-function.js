// compat: stderr
async function fetchUser(id) {
  const record = undefined;
  return record.name;
}
fetchUser(1);
