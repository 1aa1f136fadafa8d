// compat: stderr
const make = () => ({});
const instance = new make();
