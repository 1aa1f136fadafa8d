// compat: stderr
function getName(user) {
  return user.profile.name;
}
function main() {
  return getName({});
}
main();
