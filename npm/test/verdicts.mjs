// For the Python agreement test: reads [{"record": …}, …] on stdin, prints [errors, …] (one list per record).
import { readFileSync } from "node:fs";
import { validate } from "../index.js";

const items = JSON.parse(readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(items.map((item) => validate(item.record).errors)));
