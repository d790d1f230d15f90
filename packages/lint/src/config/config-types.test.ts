import type { Static } from "@sinclair/typebox";
import { describe, expectTypeOf, it } from "vitest";
import type { OverrideSchema, PlanEntrySchema, PlanlintConfigSchema, PlansSchema, RuleEntrySchema, RulesSchema, SeveritySettingSchema, TextExceptionSchema } from "./config-schema.js";
import type { OverrideConfig, PlanEntryConfig, PlanlintConfig, PlansConfig, RuleEntry, RulesConfig, SeveritySettingValue, TextExceptionConfig } from "./config-types.js";

// Checked by `tsc` (npm run typecheck): the written-out types must be exactly
// what the schema the loader validates against describes.
describe("config types", () => {
  it("are the schema's static types", () => {
    expectTypeOf<SeveritySettingValue>().toEqualTypeOf<Static<typeof SeveritySettingSchema>>();
    expectTypeOf<RuleEntry>().toEqualTypeOf<Static<typeof RuleEntrySchema>>();
    expectTypeOf<RulesConfig>().toEqualTypeOf<Static<typeof RulesSchema>>();
    expectTypeOf<OverrideConfig>().toEqualTypeOf<Static<typeof OverrideSchema>>();
    expectTypeOf<PlanEntryConfig>().toEqualTypeOf<Static<typeof PlanEntrySchema>>();
    expectTypeOf<PlansConfig>().toEqualTypeOf<Static<typeof PlansSchema>>();
    expectTypeOf<TextExceptionConfig>().toEqualTypeOf<Static<typeof TextExceptionSchema>>();
    expectTypeOf<PlanlintConfig>().toEqualTypeOf<Static<typeof PlanlintConfigSchema>>();
  });
});
