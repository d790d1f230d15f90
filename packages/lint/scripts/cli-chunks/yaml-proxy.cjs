"use strict";
// "yaml" inside the CLI bundle: the parser is required from cli-yaml.cjs when a
// YAML file is first read. Only what planlint imports from yaml is forwarded.
let yaml;
const load = () => (yaml ??= require("./cli-yaml.cjs"));
exports.isMap = (node) => load().isMap(node);
exports.isPair = (node) => load().isPair(node);
exports.isScalar = (node) => load().isScalar(node);
exports.isSeq = (node) => load().isSeq(node);
exports.parseDocument = (...args) => load().parseDocument(...args);
// `new LineCounter()` gets the real instance: a constructor that returns an object gives that object.
exports.LineCounter = function LineCounter() {
  return new (load().LineCounter)();
};
