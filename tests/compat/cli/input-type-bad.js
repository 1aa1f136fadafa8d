// compat: script=--input-type=foo -e 1
