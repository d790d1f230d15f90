module.exports = require("safe-regex2");
