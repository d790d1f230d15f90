// Types of the generated standalone validators (see scripts/build-validators.mjs).
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
export declare const validateGlossaryFile: StandaloneValidator;
export declare const validateEntryList: StandaloneValidator;
