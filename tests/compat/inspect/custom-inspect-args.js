// The arguments a custom inspector receives: depth left, the options, and inspect.
const { inspect } = require('util');
function probe(label) {
  return {
    [inspect.custom](depth, options, insp) {
      console.log(label, 'depth:', depth, 'inspect passed:', insp === inspect);
      console.log(label, 'options:', options);
      return label;
    },
  };
}
inspect(probe('top'));
inspect({ a: { b: probe('nested') } });
inspect(probe('custom opts'), { depth: 7, colors: false, breakLength: 100, unknownOption: 'kept' });
inspect(probe('null depth'), { depth: null });
inspect([probe('infinite')], { depth: Infinity });
inspect(probe('legacy'), true, 4);
const capture = {
  [inspect.custom](depth, options) {
    return options.stylize('stylized', 'special') + ' ' + options.stylize('n', 'number');
  },
};
console.log(JSON.stringify(inspect(capture, { colors: true })), inspect(capture));
const proxied = new Proxy({
  [inspect.custom](depth, options) {
    console.log('proxy target inspector; null prototype:', Object.getPrototypeOf(options) === null);
    console.log(Object.keys(options).join(','));
    return options.stylize('from proxy', 'string');
  },
}, {});
console.log(inspect(proxied), JSON.stringify(inspect(proxied, { colors: true })));
