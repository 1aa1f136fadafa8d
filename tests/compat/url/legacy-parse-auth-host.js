// url.parse(): auth, hostnames, ports and what moves from the host into the path.
const { parse } = require('./_legacy');
for (const input of ['http://a@b@c/d', 'http://a:b:c@host/', 'http://user%20name:p%40ss@host/', 'http://@host/',
  'http://:@host/', 'http://a@/', 'http://a b@host/', 'http://host name/', 'http://host"x/', 'http://host%20x/',
  'http://host;x/', 'http://host<x>/', 'http://host^x/', 'http://host`x/', 'http://host{x}/', 'http://host|x/',
  'http://host\'x/', 'http://HOST.Example.COM/', 'http://host.com.:99/', 'http://host:99999/', 'http://host:0/',
  'http://host:+1/', 'http://host:-1/', 'http://h\u00e9.com/', 'http://\u00c4\u00d6.com/', 'http://xn--mnchen-3ya.de/',
  'http://a_b.com/', 'http://-a.com/', 'http://a..b/', 'http://1.2.3.4.5/', 'http://[::1]/', 'http://[::1]:/',
  'http://[::1]x/', 'http://[a b]/', 'http://[::1%25eth0]/', 'http://x.com\u3002y/', 'http://' + 'a'.repeat(256) + '/',
  'http://' + 'a'.repeat(255) + '/', 'http://\ttab.com/', 'http://new\nline.com/', 'http://a\rb/', 'http://h/ \t\n',
  'http://h\\x/', 'http://h?x\\y', 'mailto:a@b@c', 'x://a@b/c', 'x:a@b/c', '//a@b/c', '//a@b@c/d', '///x']) {
  parse(input);
}
