// The validator page: sends what the reader pasted or dropped to the API, and shows the
// findings beside the text. Everything is built with textContent: nothing of a record is
// ever read as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const TEXT_NAME = "<pasted text>";
let files = [];
let lastConversion = null;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function setFiles(list) {
  files = Array.from(list);
  $("file-list").textContent = files.length
    ? `${files.length} file(s): ${files.map((f) => f.name).join(", ")}`
    : "or drop files here: they are checked together, so references between them resolve.";
}

function isBinary(name) {
  return /\.(parquet|pq|arrow|feather|arrows)$/i.test(name);
}

async function sources() {
  // The documents of one check, as the server will name them, with their text for the view.
  const out = [];
  const text = $("text").value;
  if (text.trim()) out.push({ name: TEXT_NAME, text, blob: null });
  for (const file of files) {
    out.push({ name: file.name, text: isBinary(file.name) ? null : await file.text(), blob: file });
  }
  return out;
}

function verdict(kind, words) {
  const box = $("verdict");
  box.className = `verdict ${kind}`;
  box.textContent = words;
}

async function validate() {
  const docs = await sources();
  if (!docs.length) {
    verdict("failed", "Paste a record or choose a file first.");
    return;
  }
  const form = new FormData();
  for (const doc of docs) {
    if (doc.blob) form.append("file", doc.blob, doc.name);
    else form.append("text", doc.text);
  }
  verdict("", "Checking…");
  $("findings").replaceChildren();
  $("checked").replaceChildren();
  let response, body;
  try {
    response = await fetch("/v1/validate", { method: "POST", body: form });
    body = await response.json();
  } catch (error) {
    verdict("failed", `The check failed: ${error}`);
    return;
  }
  if (body.error) {
    verdict("failed", `${body.error.message}. ${body.error.hint || ""}`.trim());
    return;
  }
  const s = body.summary;
  const counts = `${s.documents} record(s) in ${s.files} file(s): ${s.errors} error(s), ${s.warnings} warning(s)`;
  if (response.status === 422) verdict("unreadable", `Some input cannot be read as records. ${counts}.`);
  else if (s.errors) verdict("invalid", `Does not meet the standard. ${counts}.`);
  else verdict("valid", `Meets the standard. ${counts}.`);
  showFindings(body.findings);
  showSources(docs, body.findings);
}

function where(location) {
  if (location.row !== null) {
    return `${location.file}, row group ${location.row_group ?? "–"}, row ${location.row}`;
  }
  let text = location.file;
  if (location.line !== null) text += `, line ${location.line}`;
  if (location.column !== null) text += `, column ${location.column}`;
  return text;
}

function showFindings(findings) {
  const list = $("findings");
  findings.forEach((finding, index) => {
    const code = finding.url
      ? el("a", { href: finding.url, target: "_blank", rel: "noopener" }, el("code", {}, finding.code))
      : el("code", {}, finding.code);
    const place = el("span", { class: "where" }, `${where(finding.location)} · ${finding.location.path}`);
    if (finding.location.line !== null) {
      const jump = el("button", { type: "button", "aria-label": `Show line ${finding.location.line}` }, "show");
      jump.addEventListener("click", () => flash(finding.location.file, finding.location.line));
      place.append(" ", jump);
    }
    const item = el("li", { class: `finding ${finding.severity}`, id: `finding-${index}` },
      el("div", { class: "head" }, el("span", { class: `badge ${finding.severity}` }, finding.severity), code, place),
      el("p", { class: "message" }, finding.message));
    if (finding.hint) item.append(el("p", { class: "hint" }, finding.hint));
    list.append(item);
  });
}

function lineId(name, line) {
  return `src-${encodeURIComponent(name)}-${line}`;
}

function showSources(docs, findings) {
  const box = $("checked");
  const worst = { error: 3, warning: 2, note: 1 };
  for (const doc of docs) {
    if (doc.text === null) continue;
    const marks = new Map();
    for (const f of findings) {
      if (f.location.file !== doc.name || f.location.line === null) continue;
      const before = marks.get(f.location.line);
      if (!before || worst[f.severity] > worst[before]) marks.set(f.location.line, f.severity);
    }
    const pre = el("pre", { class: "code", tabindex: "0", "aria-label": `The text of ${doc.name}, as checked` });
    const lines = doc.text.split("\n");
    if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();  // the newline that ends the file
    lines.forEach((line, i) => {
      const n = i + 1;
      const span = el("span", { class: `ln ${marks.get(n) || ""}`.trim(), "data-n": String(n), id: lineId(doc.name, n) },
        line);
      if (marks.has(n)) span.setAttribute("title", `${marks.get(n)} on line ${n}`);
      pre.append(span);
    });
    box.append(el("div", { class: "source" }, el("h3", {}, doc.name), pre));
  }
}

function flash(name, line) {
  const target = document.getElementById(lineId(name, line));
  if (!target) return;
  target.scrollIntoView({ block: "center" });
  target.classList.add("flash");
  setTimeout(() => target.classList.remove("flash"), 1500);
}

async function loadFormats() {
  try {
    const body = await (await fetch("/v1/formats")).json();
    const select = $("format");
    select.replaceChildren(...body.exports.map((f) => el("option", { value: f.name, title: f.summary }, f.name)));
  } catch (error) {
    $("format").replaceChildren(el("option", { value: "" }, "unavailable"));
  }
}

async function convert() {
  const docs = await sources();
  const box = $("converted");
  if (docs.length !== 1) {
    verdict("failed", "Conversion takes one record file: paste one record, or choose one file.");
    return;
  }
  const doc = docs[0];
  const target = $("format").value;
  const query = new URLSearchParams({ to: target });
  if (doc.blob) query.set("name", doc.name);
  const response = await fetch(`/v1/convert?${query}`, { method: "POST", body: doc.blob || doc.text });
  const body = await response.json();
  box.hidden = false;
  if (body.error) {
    lastConversion = null;
    $("converted-summary").textContent = `Cannot convert: ${body.error.message}`;
    $("converted-warnings").replaceChildren();
    $("converted-output").textContent = "";
    $("download").disabled = true;
    return;
  }
  lastConversion = body;
  $("converted-summary").textContent = `${body.format} (${body.media_type}), ${body.warnings.length} warning(s) about what it cannot carry.`;
  $("converted-warnings").replaceChildren(...body.warnings.map((w) => el("li", {}, `${w.code} at ${w.path}: ${w.message}`)));
  $("converted-output").textContent = body.output ?? `(binary file, ${atob(body.output_base64).length} bytes: download it)`;
  $("download").disabled = false;
}

function download() {
  if (!lastConversion) return;
  const c = lastConversion;
  const data = c.output !== undefined
    ? new Blob([c.output], { type: c.media_type })
    : new Blob([Uint8Array.from(atob(c.output_base64), (ch) => ch.charCodeAt(0))], { type: c.media_type });
  const link = el("a", { href: URL.createObjectURL(data), download: c.filename });
  document.body.append(link);
  link.click();
  link.remove();
}

document.addEventListener("DOMContentLoaded", () => {
  $("validate").addEventListener("click", validate);
  $("convert").addEventListener("click", convert);
  $("download").addEventListener("click", download);
  $("clear").addEventListener("click", () => {
    $("text").value = "";
    $("files").value = "";
    setFiles([]);
    verdict("", "Nothing checked yet.");
    $("findings").replaceChildren();
    $("checked").replaceChildren();
    $("converted").hidden = true;
  });
  $("files").addEventListener("change", (event) => setFiles(event.target.files));
  const drop = $("drop");
  drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    setFiles(event.dataTransfer.files);
  });
  loadFormats();
});
