/**
 * The official SARIF 2.1.0 schema (the final "rtm.5" revision, as shipped by
 * Microsoft's @microsoft/jest-sarif), compiled with ajv 8. It is written in
 * draft-04, whose only keyword ajv 8 does not read is the top-level `id`; it is
 * renamed `$id`. Formats are not checked by ajv here: `uriReferenceProblems`
 * checks the URIs the formatter writes.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ErrorObject } from "ajv";

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8")) as Record<string, unknown>;
schema.$id = schema.id;
delete schema.id;
schema.$schema = "http://json-schema.org/draft-07/schema#";

// unicodeRegExp: false — one of the schema's patterns is not valid with the u flag.
const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);

export function sarifSchemaErrors(log: unknown): ErrorObject[] {
  return validate(log) ? [] : [...(validate.errors ?? [])];
}

/** Every `uri` in the log is an RFC 3986 URI reference: ASCII only, no spaces or backslashes. */
export function uriReferenceProblems(log: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if ((k === "uri" || k === "helpUri" || k === "informationUri") && typeof x === "string" && !/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/.test(x)) out.push(`${path}.${k}: ${x}`);
        walk(x, `${path}.${k}`);
      }
    }
  };
  walk(log, "$");
  return out;
}
