// Special schemes: default ports, origins, the slashes they always have.
const { show } = require('./_common');
for (const scheme of ['http', 'https', 'ws', 'wss', 'ftp', 'file']) {
  for (const port of ['', ':21', ':80', ':443', ':8080']) {
    show(`${scheme}://host${scheme === 'file' ? '' : port}/path`);
  }
  show(`${scheme}:host/x`);
  show(`${scheme}:///host/x`);
  show(`${scheme.toUpperCase()}://HOST/X`);
}
show('ws://h:80/', undefined);
show('wss://h:443/');
show('ftp://user:pw@h:21/file.txt;type=i');
