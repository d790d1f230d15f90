import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { applyServerV8Flags, SERVER_NODE_FLAGS, serverV8Flags } from "./node-flags.js";

describe("the server's V8 flags", () => {
  it("are set only on V8 majors known to have them", () => {
    expect(serverV8Flags(11)).toBe("--max-opt=2 --heap-growing-percent=20");
    expect(serverV8Flags(13)).toBe("--max-opt=2 --heap-growing-percent=20");
    expect(serverV8Flags(10)).toBeUndefined();
    expect(serverV8Flags(14)).toBeUndefined();
  });

  it("leave a tier or heap policy chosen on the command line or in NODE_OPTIONS alone", () => {
    expect(applyServerV8Flags(["--max-opt=999"], "")).toBeUndefined();
    expect(applyServerV8Flags([], "--optimize-for-size")).toBeUndefined();
    expect(applyServerV8Flags(["--heap-growing-percent=50"], "")).toBeUndefined();
  });

  it("are accepted by this Node without a warning, and the launch flags too", () => {
    const flags = serverV8Flags(Number(process.versions.v8.split(".")[0]));
    const script = `require("node:v8").setFlagsFromString(${JSON.stringify(flags ?? "")}); console.log("ok")`;
    const run = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("ok");
  });
});
