"use strict";
// "safe-regex2" inside the CLI bundle: required from cli-safe-regex2.cjs when a
// user's dictionary pattern is first checked.
let safeRegex;
module.exports = function lazySafeRegex(...args) {
  safeRegex ??= require("./cli-safe-regex2.cjs");
  return safeRegex(...args);
};
