// compat: stderr
function render({ title, body }) {
  return `${title}: ${body}`;
}
console.log(render({ title: 'a', body: 'b' }));
render(null ?? undefined);
