// compat: script=-p "undefined"
