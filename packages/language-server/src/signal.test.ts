import { describe, expect, it } from "vitest";
import { Signal } from "./signal.js";

describe("Signal", () => {
  it("calls every listener, in the order added, with the value", () => {
    const signal = new Signal<readonly string[]>();
    const heard: string[] = [];
    signal.on((uris) => heard.push(`a:${uris.join(",")}`));
    signal.on((uris) => heard.push(`b:${uris.join(",")}`));
    signal.fire(["x", "y"]);
    signal.fire([]);
    expect(heard).toEqual(["a:x,y", "b:x,y", "a:", "b:"]);
  });

  it("fires with no listener without error", () => {
    expect(() => new Signal().fire()).not.toThrow();
  });
});
