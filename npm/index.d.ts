// @ccai/standards 0.2.0: declarations of index.js. Generated; do not edit.
export * from "./types.js";

/** The version of the standard this package was built from. */
export declare const STANDARD_VERSION: "0.2.0";
/** Every version whose JSON Schema the package carries, oldest first. */
export declare const KNOWN_VERSIONS: readonly string[];
/** The names of the record types a document can be. */
export declare const DOCUMENT_TYPES: readonly import("./types.js").DocumentType[];
/** What validate() leaves to `ccai validate` and `ccai serve`. */
export declare const NOT_CHECKED: string;

/** One way a record does not match the JSON Schema. */
export interface StructureError {
  /** The JSON path of the field, such as `$.roles[0]`. */
  path: string;
  /** The JSON Schema keyword that failed, such as `required` or `enum`. */
  keyword: string;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  /** The version of the standard the record was checked against. */
  version: string;
  errors: StructureError[];
}

export interface ValidateOptions {
  /** Check against this version instead of the one the record's `conforms_to` names. */
  asVersion?: string;
}

/**
 * Check a record's structure against the JSON Schema of its version. The standard's rules and
 * the references between records are not checked here: use `ccai validate` or `ccai serve`.
 */
export declare function validate(record: unknown, options?: ValidateOptions): ValidationResult;
/** The JSON Schema of a version (the current one by default). */
export declare function schema(version?: string): Record<string, unknown>;
/** The JSON-LD context of the current version. */
export declare function context(): Record<string, unknown>;
