import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Protocol and editor tests spawn the built server; the 20 MB case takes seconds.
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
