import { readFileSync } from "node:fs";

/** The real draft サイバーセキュリティ2017 the project is built against. */
export const SEED_PATH = new URL("../../../seeds/cybersecurity-2017-draft.txt", import.meta.url);
export const seedText = (): string => readFileSync(SEED_PATH, "utf8");
export const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
