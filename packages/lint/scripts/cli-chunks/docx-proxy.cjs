"use strict";
// fflate and saxes inside the CLI bundle: required from cli-docx.cjs when the
// first Word document is read, so a run over text files never compiles them.
// Only what core uses is forwarded.
let docx;
const load = () => (docx ??= require("./cli-docx.cjs"));
exports.Inflate = function Inflate(...args) {
  return new (load().Inflate)(...args);
};
exports.zipSync = (...args) => load().zipSync(...args);
exports.SaxesParser = function SaxesParser(...args) {
  return new (load().SaxesParser)(...args);
};
