import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The end-to-end test starts Chromium and the CLI; it sets its own longer timeouts.
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
