// The ESM build ("module"), as the bundle resolved it: the UMD "main" does not bundle.
export * from "jsonc-parser";
