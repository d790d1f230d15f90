import { defineConfig } from "tsup";
import { library } from "../../tsup.presets";

export default defineConfig({ ...library, entry: ["src/index.ts"], clean: true });
