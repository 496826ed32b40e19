// Every valid example must pass validate(), and every `expect: schema` example must fail it.
// Generated; the examples are copied from tests/data by `python -m generators build`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { validate, schema, context, STANDARD_VERSION, KNOWN_VERSIONS, DOCUMENT_TYPES } from "../index.js";

const examples = JSON.parse(readFileSync(new URL("./examples.json", import.meta.url), "utf8"));

test("the package knows its versions and document types", () => {
  assert.ok(KNOWN_VERSIONS.includes(STANDARD_VERSION));
  assert.ok(DOCUMENT_TYPES.includes("ConsentRecord"));
  assert.equal(schema().$id.includes(STANDARD_VERSION), true);
  assert.ok(context()["@context"]);
  assert.throws(() => schema("9.9.9"), RangeError);
});

for (const example of examples) {
  test(`${example.expect}: ${example.name}`, () => {
    const result = validate(example.record);
    if (example.expect === "valid") assert.deepEqual(result.errors, [], JSON.stringify(result.errors));
    else assert.equal(result.valid, false, "an `expect: schema` example must fail");
    assert.equal(result.valid, result.errors.length === 0);
  });
}

test("errors name the field by its JSON path", () => {
  const valid = examples.find((e) => e.expect === "valid" && e.record.type === "Person").record;
  const result = validate({ ...valid, roles: ["voice actor"] });
  assert.equal(result.valid, false);
  assert.ok(result.errors.some((e) => e.path === "$.roles[0]" && e.keyword === "enum"), JSON.stringify(result.errors));
  const missing = { ...valid };
  delete missing.name;
  assert.ok(validate(missing).errors.some((e) => e.keyword === "required" && e.message.includes("`name`")));
});

test("a record is checked against the version it claims", () => {
  for (const version of KNOWN_VERSIONS) {
    const record = { type: "Person", conforms_to: version, id: "https://ids.example/p/1", name: "P" };
    assert.equal(validate(record).version, version);
  }
  const unknown = validate({ type: "Person", conforms_to: "9.9.9", id: "https://ids.example/p/1", name: "P" });
  assert.equal(unknown.version, STANDARD_VERSION);
  assert.throws(() => validate({}, { asVersion: "9.9.9" }), RangeError);
});

test("values that are not records fail without throwing", () => {
  for (const value of [null, 42, "text", [], {}, { type: "NoSuchType" }]) {
    assert.equal(validate(value).valid, false, JSON.stringify(value));
  }
});
