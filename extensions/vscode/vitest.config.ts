import { defineConfig } from "vitest/config";

/** VS Code for the web runs last, alone: two code-servers and Chromiums at once on two cores flake. */
const WEB_TESTS = ["test/e2e/web-extension.e2e.test.ts"];

export default defineConfig({
  test: {
    // Packaging runs vsce; the end-to-end tests set their own, longer timeouts.
    testTimeout: 60000,
    hookTimeout: 60000,
    projects: [
      { extends: true, test: { name: "extension", include: ["test/**/*.test.ts"], exclude: WEB_TESTS } },
      { extends: true, test: { name: "web", include: WEB_TESTS, sequence: { groupOrder: 1 } } },
    ],
  },
});
