/**
 * The config file's shape, defined once. The JSON schema shipped as
 * `@planlint/lint/planlint.config.schema.json` is generated from it
 * (`scripts/build-config-schema.mjs`), and the loader validates against that
 * generated file, so the type, the editor's schema and the checks cannot drift.
 *
 * TypeBox is used at build time only: nothing here is compiled when the CLI runs,
 * and the types the code uses are written out in config-types.ts.
 */
import { Type } from "@sinclair/typebox";

export const SeveritySettingSchema = Type.Union([Type.Literal("off"), Type.Literal("info"), Type.Literal("warn"), Type.Literal("error")], {
  description: 'How findings of the rule are shown: "off" turns the rule off.',
});

/** `"warn"`, `["warn"]` or `["warn", { …options }]`. */
export const RuleEntrySchema = Type.Union(
  [
    SeveritySettingSchema,
    Type.Tuple([SeveritySettingSchema]),
    Type.Tuple([SeveritySettingSchema, Type.Record(Type.String(), Type.Unknown(), { description: "The rule's options." })]),
  ],
  { description: 'A severity, or [severity, options].' },
);

export const RulesSchema = Type.Record(Type.String(), RuleEntrySchema, {
  description: "Rules by id: a severity, or [severity, options].",
});

const PathList = (description: string) => Type.Array(Type.String({ minLength: 1 }), { description });

const DocumentStyleSchema = Type.Union([Type.Literal("official"), Type.Literal("general")], {
  description:
    'Which kind of document: "official" (公用文: 計画・基本方針 in である調; 公用文 spellings such as 及び・又は・取組 are enforced) or "general" (guidebooks, manifestos, FAQs in です・ます調; only what the document itself writes two ways is reported). Detected from the sentence endings when not set.',
});

const GlobList = Type.Union([Type.String({ minLength: 1 }), Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })], {
  description: "Glob(s) of the files this override applies to, relative to the config file's folder.",
});

export const OverrideSchema = Type.Object(
  {
    files: GlobList,
    style: Type.Optional(DocumentStyleSchema),
    rules: Type.Optional(RulesSchema),
    glossary: Type.Optional(PathList("More glossary files for these files.")),
    terms: Type.Optional(PathList("More prh term dictionaries for these files.")),
  },
  { additionalProperties: false, description: "Settings for the files matching `files`; later overrides win." },
);

export const TextExceptionSchema = Type.Object(
  {
    text: Type.String({ minLength: 1, description: "The exact text: findings inside any occurrence of it are not reported." }),
    rule: Type.Optional(Type.String({ minLength: 1, description: "Only this rule's findings (all rules when absent)." })),
    reason: Type.Optional(Type.String({ description: "Why the text is an exception; for reviewers." })),
  },
  { additionalProperties: false },
);

export const PlanEntrySchema = Type.Object(
  {
    files: Type.Union([Type.String({ minLength: 1 }), Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })], {
      description: "Glob(s) of the plan's files, relative to the config file's folder; they are read in the natural order of their names (2 before 10).",
    }),
  },
  { additionalProperties: false, description: "One plan kept in several files (one per chapter), linted as one." },
);

export const PlansSchema = Type.Union(
  [
    Type.Literal("auto", { description: "A folder's files whose names start with an order number (00_はじめに.md, 01_第1章.md, 第2章.md) are one plan; other files stand alone." }),
    Type.Literal("none", { description: "Every file is linted alone." }),
    Type.Array(PlanEntrySchema, { description: "Exactly these plans; every other file is linted alone." }),
  ],
  { description: 'Which files make one plan: "auto" (default), "none", or a list of plans by glob.' },
);

export const PlanlintConfigSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String({ description: "The JSON schema of this file (for editors); ignored by planlint." })),
    root: Type.Optional(Type.Boolean({ description: "Stop looking for configs in parent folders." })),
    extends: Type.Optional(
      Type.Union([Type.String({ minLength: 1 }), Type.Array(Type.String({ minLength: 1 }))], {
        description: '"planlint:recommended" or a relative path to another config file; later entries and this file win.',
      }),
    ),
    style: Type.Optional(DocumentStyleSchema),
    rules: Type.Optional(RulesSchema),
    glossary: Type.Optional(PathList("Glossary files (YAML/JSON), relative to this config file.")),
    terms: Type.Optional(PathList("prh YAML term dictionaries, relative to this config file.")),
    ignore: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: "Globs of files not to lint, relative to this config file's folder." })),
    plans: Type.Optional(PlansSchema),
    overrides: Type.Optional(Type.Array(OverrideSchema, { description: "Per-glob settings." })),
    exceptions: Type.Optional(
      Type.Array(TextExceptionSchema, {
        description: "Plain-text silencing: findings inside these exact texts are not reported. Unused ones are reported.",
      }),
    ),
  },
  { additionalProperties: false, title: "planlint config", description: "Configuration of planlint (planlint.config.{json,jsonc,yaml,yml} or package.json#planlint)." },
);
