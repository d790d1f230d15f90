import { defineConfig } from "vitest/config";

/** Chromium's test runs last, alone: on two cores, browser and editor tests flake when they share the machine. */
const CHROMIUM_TESTS = ["test/web-worker.e2e.test.ts"];

export default defineConfig({
  test: {
    // Protocol and editor tests spawn the built server; the 20 MB case takes seconds.
    testTimeout: 60000,
    hookTimeout: 60000,
    projects: [
      { extends: true, test: { name: "server", include: ["src/**/*.test.ts", "test/**/*.test.ts"], exclude: CHROMIUM_TESTS } },
      { extends: true, test: { name: "chromium", include: CHROMIUM_TESTS, sequence: { groupOrder: 1 } } },
    ],
  },
});
