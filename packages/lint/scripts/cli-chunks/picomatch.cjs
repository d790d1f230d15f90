module.exports = require("picomatch");
