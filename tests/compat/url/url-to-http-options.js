// url.urlToHttpOptions().
const url = require('url');
const show = (u) => console.log(JSON.stringify(url.urlToHttpOptions(u)), Object.getPrototypeOf(url.urlToHttpOptions(u)));
show(new URL('https://u:p@[::1]:99/a?b#c'));
show(new URL('http://example.com/'));
show(new URL('http://%C3%A9:%20x@h/p'));
show(new URL('http://user@h:80/'));
show(new URL('sc:opaque'));
show(new URL('file:///x'));
const extended = new URL('http://h/x');
extended.custom = 1;
extended.path = 'ignored';
show(extended);
show({ protocol: 'http:', hostname: '[x]', pathname: '/p', search: '', port: '', username: '', password: '', href: 'h', hash: '' });
show({ hostname: 'h', port: '8080', username: 'a', password: '' });
try {
  url.urlToHttpOptions(new URL('http://%zz@h/'));
} catch (err) {
  console.log(err.name);
}
