import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packaging runs vsce; the end-to-end test sets its own, longer timeouts.
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
