// util.parseEnv: node's .env parser (keys come back sorted).
const util = require('util');
const { attempt } = require('./_show');

const inputs = [
  'A=1\nB=2',
  'A=1\r\nB=2\r\n',
  'B = spaced value  \n export C=exported\n# comment\nD=x # trailing',
  'D="double\\nquoted"\nE=\'single\\nquoted\'\nF=`back`',
  'G="multi\nline"\nH=after',
  'I="quoted # not comment"\nJ=\nK=v',
  'M=a=b\nN=#notcomment',
  'O="unterminated\nP=1',
  'Q=\'x\' trailing\nR="x"y\nS=ok',
  'T=  "  padded  "  ',
  'U=1\nU=2',
  'V.W-X=1',
  '=noname\nY=1',
  'A=1\nB',
  'A="\'nested\' `quotes`"',
  'A=\t tab\t',
  '  export   X=1',
  'exportX=1',
  '1=a\nb=2\n10=c',
  'A=1\n   \nB=2',
  'A="x\n  #c\nB=2',
  'A="',
  'A= ',
  '',
  '#only comment',
];
for (const input of inputs) {
  console.log(JSON.stringify(input), '=>', JSON.stringify(util.parseEnv(input)));
}
console.log(Object.getPrototypeOf(util.parseEnv('a=1')) === Object.prototype);
attempt('number', () => util.parseEnv(1));
attempt('undefined', () => util.parseEnv());
