"use strict";
// "fuse.js" inside the CLI bundle: Fuse is required from cli-fuse.cjs the first
// time a glossary is searched. Only what planlint uses is forwarded.
let Fuse;
const load = () => (Fuse ??= require("./cli-fuse.cjs").default);
function LazyFuse(list, options, index) {
  return new (load())(list, options, index);
}
Object.defineProperty(LazyFuse, "config", { get: () => load().config });
module.exports = LazyFuse;
