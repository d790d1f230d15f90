// The ESM build, as the bundle resolved it (core imports fuse.js from ESM).
export { default } from "fuse.js";
