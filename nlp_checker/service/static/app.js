// nlp-checker web page: plain JavaScript, no build step. Note text is only ever inserted with
// textContent, never as HTML.
"use strict";

const $ = (sel) => document.querySelector(sel);
let catalogue = null; // the /v1/elements answer, with `byId`: element id -> entry
let shown = null; // what "Download JSON" saves: one result, or every result of a batch

const STATUS_WORDS = {
  present: "documented", missing: "missing", negated: "says not done",
  incomplete: "incomplete", uncertain: "uncertain",
};
// Below this Tesseract word confidence (0-100) a quote is marked as low-confidence OCR; the
// server's value (the one that makes a finding need review) replaces it once loaded.
let lowConfidenceBelow = 50;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function headers() {
  const key = $("#apikey").value.trim();
  return key ? { "X-API-Key": key } : {};
}

function setStatus(message, isError = false) {
  const box = $("#status");
  box.textContent = message;
  box.className = isError ? "error" : "";
}

async function loadCatalogue() {
  if (catalogue) return catalogue;
  const response = await fetch("/v1/elements", { headers: headers() });
  if (!response.ok) throw await asError(response);
  catalogue = await response.json();
  catalogue.byId = {};
  for (const item of catalogue.elements) catalogue.byId[item.id] = item;
  if (typeof catalogue.ocr_min_confidence === "number") lowConfidenceBelow = catalogue.ocr_min_confidence;
  return catalogue;
}

function errorText(body, status) {
  if (body && body.error) return whyNotChecked(body.error, false);
  return `the server answered ${status}`;
}

function whyNotChecked(error, capital = true) {
  // A text that describes no procedure was read; it is not a procedure note.
  const text = error.type === "not_a_procedure_note"
    ? `not a procedure note: ${error.message}` : error.message;
  return capital ? text[0].toUpperCase() + text.slice(1) : text;
}

async function asError(response) {
  const body = await response.json().catch(() => null);
  const error = new Error(errorText(body, response.status));
  error.response = response;
  return error;
}

function claimGiven() {
  // The claim as JSON, or null when none was pasted; a claim that is not JSON is an error.
  const raw = $("#claim").value.trim();
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    throw new Error("the claim is not valid JSON: check its brackets and quotes");
  }
}

function query(withClaim = false) {
  const params = new URLSearchParams();
  // A whole claim replaces the code and modifier fields: the server takes one or the other.
  if (withClaim) return params.toString();
  params.set("code", $("#code").value.trim() || "62323");
  for (const mod of $("#modifiers").value.split(/[\s,]+/)) {
    if (mod) params.append("modifier", mod);
  }
  return params.toString();
}

function spec(id) {
  return (catalogue && catalogue.byId[id]) || {};
}

function titleOf(id) {
  const drivers = (catalogue && catalogue.driver_titles) || {};
  if (drivers[id]) return drivers[id];
  if (id.startsWith("claim:")) return `Claim ${id.slice(6).replace(/_/g, " ")}`;
  if (id.startsWith("code:")) {
    const entry = catalogue && catalogue.code[id.slice(5)];
    return (entry && entry.title) || id.slice(5).replace(/_/g, " ");
  }
  return spec(id).title || id;
}

function shortTitleOf(id) {
  return spec(id).short_title || titleOf(id);
}

function citationOf(driver) {
  if (driver.element.startsWith("code:")) {
    const entry = catalogue && catalogue.code[driver.element.slice(5)];
    return entry ? entry.citation : "";
  }
  return spec(driver.element).risk_citation || "";
}

function sentence(text) {
  // Code-check reasons name rule ids for the audit trail; a person reads the sentence.
  let out = text.replace(/\s*\((?:MCR|MOD|CODE|NCCI)-[A-Z0-9-]+(?:[;,][^)]*)?\)/g, "").trim();
  out = out.replace(/\s*->\s*/g, ", so the note supports ").replace("supports other", "supports no code of this family");
  for (const [status, words] of Object.entries(STATUS_WORDS)) {
    if (out.endsWith(` (${status})`)) out = `${out.slice(0, -status.length - 3)} (${words})`;
  }
  if (!out) return out;
  out = out[0].toUpperCase() + out.slice(1);
  return /[.!?]$/.test(out) ? out : `${out}.`;
}

function issueTitle(code) {
  const titles = (catalogue && catalogue.issue_titles) || {};
  if (titles[code]) return titles[code];
  const tail = code.split(".").pop().replace(/_/g, " ");
  return tail[0].toUpperCase() + tail.slice(1);
}

function driverText(d) {
  // A risk driver as a sentence from its typed parts: reason, the issue's words, the status.
  let text = d.detail ? `${d.reason}: ${d.detail}` : d.reason;
  if (d.status && STATUS_WORDS[d.status]) text = `${text} (${STATUS_WORDS[d.status]})`;
  return sentence(text);
}

function issueText(issue) {
  // The message ends with its rule's source tags for the audit trail; a person reads the sentence.
  let text = issue.message.trim();
  if (issue.source && text.endsWith(`(${issue.source})`)) text = text.slice(0, -issue.source.length - 2).trim();
  return sentence(text);
}

function codeLabel(code) {
  return code === "other" ? "no code of this family (no epidural injection is documented)" : code;
}

// --- choosing what to check ----------------------------------------------------------------

function setupSourceChoice() {
  const file = $("#file");
  const text = $("#text");
  const choice = $("#source-choice");
  file.addEventListener("change", () => {
    if (!file.files.length) { choice.textContent = ""; return; }
    const names = [...file.files].map((f) => f.name).join(", ");
    const cleared = text.value.trim() ? " The pasted text was cleared." : "";
    text.value = "";
    choice.textContent = file.files.length > 1
      ? `Checking ${file.files.length} files as a batch: ${names}.${cleared}`
      : `Checking the file ${names}.${cleared}`;
  });
  text.addEventListener("input", () => {
    if (!text.value.trim()) { choice.textContent = ""; return; }
    if (!file.files.length && choice.textContent.startsWith("Checking the pasted text")) return;
    const cleared = file.files.length ? " The chosen file was cleared." : "";
    file.value = "";
    choice.textContent = `Checking the pasted text.${cleared}`;
  });
}

function setupDrop() {
  const zone = $("#drop");
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    if (event.dataTransfer.files.length) {
      $("#file").files = event.dataTransfer.files;
      $("#file").dispatchEvent(new Event("change"));
    }
  });
}

async function submit(event) {
  event.preventDefault();
  const files = [...$("#file").files];
  const text = $("#text").value;
  if (!files.length && !text.trim()) {
    setStatus("Choose a file or paste the note text first.", true);
    return;
  }
  const button = $("#submit");
  button.disabled = true;
  setStatus("Checking…");
  try {
    await loadCatalogue();
    const claim = claimGiven();
    if (files.length > 1 && claim) {
      throw new Error("a claim goes with one note: check the files one at a time, or leave the claim empty");
    }
    if (files.length > 1) await checkBatch(files);
    else await checkOne(files[0], text, claim);
  } catch (error) {
    $("#results").hidden = true;
    setStatus(`Could not check: ${error.message}`, true);
  } finally {
    button.disabled = false;
  }
}

async function checkOne(file, text, claim) {
  $("#batch").hidden = true;
  let init;
  if (file) {
    const form = new FormData();
    form.append("file", file);
    if (claim) form.append("claim", JSON.stringify(claim));
    init = { method: "POST", body: form, headers: headers() };
  } else {
    const body = { text, source: "pasted text" };
    if (claim) body.claim = claim;
    init = {
      method: "POST",
      body: JSON.stringify(body),
      headers: { ...headers(), "Content-Type": "application/json" },
    };
  }
  const params = query(Boolean(claim));
  const response = await fetch(`/v1/annotate?${params ? `${params}&` : ""}render=true`, init);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(errorText(body, response.status));
  shown = body.result;
  render(body.result, body.document);
  setStatus(`Checked ${body.result.source}.`);
  $("#results-title").focus();
}

// --- several files: a batch job with progress -------------------------------------------------

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

async function checkBatch(files) {
  $("#results").hidden = true;
  const form = new FormData();
  for (const file of files) form.append("files", file);
  const created = await fetch(`/v1/batch?${query()}`, { method: "POST", body: form, headers: headers() });
  if (!created.ok) throw await asError(created);
  let job = await created.json();
  const bar = $("#batch-progress");
  $("#batch").hidden = false;
  $("#batch-table tbody").replaceChildren();
  while (job.status !== "done") {
    bar.max = job.total || 1;
    bar.value = job.processed;
    bar.textContent = `${job.processed} of ${job.total}`;
    $("#batch-count").textContent = `${job.processed} of ${job.total} checked (${job.status})`;
    setStatus(`Checking ${job.total} files: ${job.processed} done.`);
    await sleep(400);
    const response = await fetch(`/v1/jobs/${job.id}`, { headers: headers() });
    if (!response.ok) throw await asError(response);
    job = await response.json();
  }
  bar.max = job.total || 1;
  bar.value = job.processed;
  $("#batch-count").textContent = `${job.processed} of ${job.total} checked, ${job.errors} could not be read`;
  const response = await fetch(job.results_url, { headers: headers() });
  if (!response.ok) throw await asError(response);
  const rows = (await response.text()).split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line));
  shown = rows;
  renderBatch(rows);
  setStatus(`Checked ${rows.length} files.`);
  $("#batch-title").focus();
}

function missingText(result) {
  if (result.status !== "ok") {
    return result.error.type === "not_a_procedure_note"
      ? whyNotChecked(result.error, false) : `could not be read: ${result.error.message}`;
  }
  const gaps = Object.entries(result.elements)
    .filter(([, f]) => f.required && f.status !== "present")
    .map(([id, f]) => `${shortTitleOf(id)} ${STATUS_WORDS[f.status]}`);
  return gaps.join(", ") || "-";
}

function renderBatch(rows) {
  const order = (r) => (r.risk ? 1 - r.risk.score : -1);
  const body = $("#batch-table tbody");
  body.replaceChildren();
  rows.map((r, i) => [r, i]).sort((a, b) => order(a[0]) - order(b[0])).forEach(([r, i]) => {
    const status = r.status !== "ok" ? "not checked" : (r.complete ? "complete" : "incomplete");
    const code = r.code_check
      ? (r.code_check.supported ? r.code_check.billed : `${r.code_check.billed} → ${r.code_check.suggested === "other" ? "none" : r.code_check.suggested}`)
      : "-";
    const show = el("button", { type: "button", "data-row": String(i), text: "Show" });
    show.addEventListener("click", () => {
      render(r, null);
      $("#results-title").focus();
    });
    body.append(el("tr", { "data-source": r.source },
      el("td", { text: r.source }), el("td", { text: status }),
      el("td", { class: r.risk ? `risk-${r.risk.level}` : "", text: r.risk ? `${r.risk.level} ${r.risk.score.toFixed(2)}` : "-" }),
      el("td", { text: code }), el("td", { text: missingText(r) }), el("td", {}, show)));
  });
}

// --- one result ---------------------------------------------------------------------------------

function renderSummary(result) {
  const box = $("#summary");
  box.replaceChildren();
  if (result.status !== "ok") {
    const why = result.error.type === "not_a_procedure_note"
      ? whyNotChecked(result.error) : `Could not be read: ${result.error.message}`;
    box.append(el("p", { class: "risk risk-high", id: "risk", text: why }));
    return;
  }
  const risk = result.risk;
  box.append(
    el("p", { class: `risk risk-${risk.level}`, id: "risk" },
      `Denial risk: ${risk.level} (estimate ${risk.score.toFixed(2)})`),
    el("p", { class: "hint", id: "risk-explained", text: catalogue ? catalogue.risk_explained : "" }),
    el("p", { id: "complete" }, result.complete
      ? "All required elements are documented and the code is supported."
      : "Not complete: see the elements marked below."),
  );
  const code = result.code_check;
  if (code) {
    const line = code.supported
      ? `Billed ${code.billed} is supported by the note.`
      : `This note supports ${codeLabel(code.suggested)}, not the billed ${code.billed}.`;
    box.append(el("p", { id: "code-check", class: code.supported ? "" : "fix" }, line));
    // The code check's reasons, then its warnings, by issue code: the unsupported code is the
    // line above, and issues about a claim line are shown with the claim below.
    const channels = (catalogue && catalogue.issue_channels) || {};
    const noteIssues = (result.issues || []).filter((i) => i.line === null && i.code !== "code.unsupported");
    const notes = ["reason", "warning"].flatMap((channel) =>
      noteIssues.filter((i) => channels[i.code] === channel).map((i) => sentence(i.message)));
    if (notes.length) box.append(el("ul", { id: "code-reasons" }, ...notes.map((n) => el("li", { text: n }))));
  }
  if (risk.drivers.length) {
    box.append(el("h4", { text: "What drives the risk" }));
    box.append(el("ol", { id: "drivers" }, ...risk.drivers.map((d) => {
      const target = d.element.startsWith("code:") ? "#code-check"
        : d.element.startsWith("claim:") ? "#claim-section" : `#el-${d.element}`;
      const item = el("li", {}, el("a", { href: target, text: titleOf(d.element) }), `: ${driverText(d)}`);
      const cite = citationOf(d);
      if (cite) item.append(el("br"), el("span", { class: "hint", text: `Source: ${cite}` }));
      return item;
    })));
  }
}

function renderClaim(result) {
  // The claim's own issues (those with a line), apart from the note's documentation.
  const section = $("#claim-section");
  const list = $("#claim-lines");
  list.replaceChildren();
  const claim = result.status === "ok" ? result.claim_check : null;
  section.hidden = !claim;
  if (!claim) return;
  const denied = claim.lines.filter((line) => !line.clean).length;
  const verdict = $("#claim-verdict");
  verdict.textContent = claim.clean
    ? "Every claim line goes out clean."
    : `Would be denied in part: ${denied} of ${claim.lines.length} line(s) would draw a denial code.`;
  verdict.className = claim.clean ? "risk-low" : "fix";
  for (const line of claim.lines) {
    const billed = [line.code, ...line.modifiers].join("-") + ` \u00d7${line.units}`;
    const head = `Line ${line.line + 1}: ${billed}`;
    if (line.clean) {
      list.append(el("li", { class: "clean", "data-line": String(line.line) },
        el("span", { class: "line-head", text: `${head}: clean` })));
      continue;
    }
    const codes = line.denial_codes.join(", ") || "no denial code expected";
    const issues = line.issues.map((issue) => el("li", { class: "claim-issue", "data-code": issue.code },
      el("strong", { text: `${issueTitle(issue.code)}: ` }), issueText(issue),
      issue.fix ? el("div", { class: "issue-fix" }, el("strong", { text: "Fix: " }), issue.fix) : null));
    list.append(el("li", { class: "denied", "data-line": String(line.line) },
      el("span", { class: "line-head", text: `${head}: would draw ${codes}` }), el("ul", {}, ...issues)));
  }
}

function lowConfidence(ev) {
  return ev.ocr && ev.confidence !== null && ev.confidence !== undefined && ev.confidence < lowConfidenceBelow;
}

function ocrText(ev) {
  if (ev.confidence === null || ev.confidence === undefined) return "read by OCR";
  const conf = Math.round(ev.confidence);
  return lowConfidence(ev)
    ? `read by OCR at ${conf}% confidence: low, check it against the scan`
    : `read by OCR, ${conf}% confidence`;
}

function collectEvidence(result, textLength) {
  const items = [];
  for (const [id, finding] of Object.entries(result.elements || {})) {
    for (const ev of finding.evidence) {
      const start = Math.max(0, Math.min(ev.start, textLength));
      const end = Math.max(start, Math.min(ev.end, textLength));
      items.push({ n: items.length + 1, id, start, end, ev, status: finding.status, inText: end > start });
    }
  }
  return items;
}

function distinctQuotes(items) {
  // One line per distinct quote; the same words found again are counted, not repeated.
  const groups = new Map();
  for (const item of items) {
    const key = item.ev.text.replace(/\s+/g, " ").trim().toLowerCase();
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  }
  return [...groups.values()];
}

function renderElements(result, evidence, hasText) {
  const body = $("#elements tbody");
  body.replaceChildren();
  const ids = catalogue ? catalogue.elements.map((e) => e.id).filter((id) => id in result.elements) : [];
  for (const id of Object.keys(result.elements)) if (!ids.includes(id)) ids.push(id);
  for (const id of ids) {
    const finding = result.elements[id];
    const entry = spec(id);
    const cell = el("td");
    const groups = distinctQuotes(evidence.filter((item) => item.id === id));
    if (groups.length) {
      cell.append(el("ul", { class: "evidence" }, ...groups.map((group) => {
        const first = group[0];
        const quote = `“${first.ev.text.replace(/\s+/g, " ").trim()}”`;
        const li = el("li", {}, hasText && first.inText ? el("a", { href: `#ev-${first.n}`, class: "ev-link", text: quote }) : quote);
        const pages = [...new Set(group.map((g) => g.ev.page))];
        if (pages.some((p) => p > 1)) li.append(` (page ${pages.join(", ")})`);
        if (group.length > 1) li.append(el("span", { class: "times", text: ` ×${group.length}` }));
        if (first.ev.modifier) li.append(el("span", { class: "hint", text: ` (${first.ev.modifier.category.toLowerCase().replace(/_/g, " ")}: “${first.ev.modifier.text}”)` }));
        if (first.ev.ocr) {
          li.append(el("span", { class: lowConfidence(first.ev) ? "ocr ocr-low" : "ocr hint", text: ` (${ocrText(first.ev)})` }));
        }
        return li;
      })));
    }
    // The status and its detail as one sentence (typed in the result), then the fix once.
    const message = finding.explanation || "";
    const unused = finding.applies === false && finding.status !== "present";
    if (unused) cell.append(el("p", { class: "hint", text: "Not used for this procedure." }));
    if (!unused && finding.status !== "present" && message) cell.append(el("p", { class: "hint", text: message }));
    if (!unused && finding.status !== "present" && entry.fix) {
      cell.append(el("p", { class: "fix" }, el("strong", { text: "Add: " }), entry.fix));
    }
    const name = el("th", { scope: "row" }, entry.title || id,
      finding.required ? el("span", { class: "req", text: " (required)" }) : null);
    body.append(el("tr", { id: `el-${id}`, "data-status": finding.status, "data-applies": String(finding.applies !== false) }, name,
      el("td", { class: `status status-${finding.status}`, text: STATUS_WORDS[finding.status] || finding.status }), cell));
  }
}

function markClass(item) {
  return `ev-${item.status}${lowConfidence(item.ev) ? " ev-lowconf" : ""}`;
}

function labelText(item) {
  const conf = lowConfidence(item.ev) ? `, OCR ${Math.round(item.ev.confidence)}%` : "";
  return `${shortTitleOf(item.id)} · ${STATUS_WORDS[item.status]}${conf}`;
}

function renderNote(text, pages, evidence, isPaged, checked) {
  const box = $("#note");
  box.replaceChildren();
  const inText = evidence.filter((item) => item.inText);
  const cuts = new Set([0, text.length]);
  for (const item of inText) { cuts.add(item.start); cuts.add(item.end); }
  const pageStarts = new Map();
  if (isPaged) for (const page of pages) { cuts.add(page.start); pageStarts.set(page.start, page.number); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const labelled = new Set();
  const anchored = new Set();
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    if (pageStarts.has(from)) {
      const number = pageStarts.get(from);
      const unchecked = checked && !checked.includes(number);
      box.append(el("span", {
        class: `page-marker${unchecked ? " unchecked" : ""}`, role: "separator",
        text: unchecked ? `page ${number}: not checked` : `page ${number}`,
      }));
    }
    const piece = text.slice(from, to);
    const covering = inText.filter((item) => item.start <= from && item.end >= to);
    if (!covering.length) { box.append(piece); continue; }
    // A passage that is evidence for several elements takes the style of the weakest status.
    const rank = { negated: 0, incomplete: 1, uncertain: 2, missing: 3, present: 4 };
    const first = [...covering].sort((a, b) => rank[a.status] - rank[b.status])[0];
    const titles = [...new Set(covering.map((item) => `${titleOf(item.id)} (${STATUS_WORDS[item.status]})`))].join(", ");
    const link = el("a", {
      class: `ev ev-${first.status}`, href: `#el-${first.id}`, "data-element": first.id,
      "data-status": first.status, title: titles,
    });
    for (const item of covering) {
      if (!anchored.has(item.n)) { anchored.add(item.n); box.append(el("span", { id: `ev-${item.n}`, class: "anchor" })); }
    }
    link.append(el("mark", { class: markClass(first), text: piece }),
      el("span", { class: "visually-hidden", text: ` [evidence: ${titles}]` }));
    box.append(link);
    const ends = covering.filter((item) => item.end === to && !labelled.has(`${item.id}:${item.start}`));
    for (const item of ends) {
      labelled.add(`${item.id}:${item.start}`);
      box.append(el("span", { class: `ev-label lbl-${item.status}`, "aria-hidden": "true", text: labelText(item) }));
    }
  }
}

function renderPages(pages, evidence, checked) {
  const box = $("#pages");
  box.replaceChildren();
  const drawn = pages.filter((page) => page.image && page.width && page.height);
  $("#pages-section").hidden = drawn.length === 0;
  for (const page of drawn) {
    const unchecked = checked && !checked.includes(page.number);
    const figure = el("figure", { class: `page${unchecked ? " unchecked" : ""}`, id: `page-${page.number}` });
    // Boxes are placed in percent of this canvas, which is exactly the size of the image.
    const canvas = el("div", { class: "page-canvas" });
    canvas.append(el("img", { src: page.image, alt: `Page ${page.number} of the note as printed` }));
    figure.append(canvas);
    if (unchecked) {
      canvas.append(el("div", { class: "unchecked-label", text: "Not checked: not part of the note (a fax cover sheet, form or handout)" }));
    }
    // Labels of problem boxes sit in the page's right margin, level with their box, so that they
    // never cover the printed words; a label that would touch the one above moves down.
    const labelTops = [];
    const LABEL_HEIGHT = 1.6; // percent of the page height, about one 9px label at screen size
    for (const item of evidence) {
      const bbox = item.ev.bbox;
      if (!bbox || item.ev.page !== page.number) continue;
      // Text-layer boxes hug the glyphs: pad them to cover capitals and descenders. OCR boxes
      // are Tesseract's word boxes already.
      const pad = item.ev.ocr ? 1 : Math.max(bbox[3] - bbox[1], 1) * 0.3;
      const [x0, top, x1, bottom] = [bbox[0] - 1, bbox[1] - pad, bbox[2] + 1, bbox[3] + pad];
      const pct = (value, whole) => `${(100 * value / whole).toFixed(3)}%`;
      const link = el("a", {
        class: `box ${markClass(item)}`, href: `#el-${item.id}`, "data-element": item.id,
        "data-status": item.status, title: `${titleOf(item.id)} (${STATUS_WORDS[item.status]}): ${item.ev.text}`,
        "aria-label": `Evidence for ${titleOf(item.id)}, ${STATUS_WORDS[item.status]}, on page ${page.number}`,
      });
      link.append(el("span", { class: "box-label", "aria-hidden": "true", text: labelText(item) }));
      link.style.left = pct(x0, page.width);
      link.style.top = pct(top, page.height);
      link.style.width = pct(Math.max(x1 - x0, 1), page.width);
      link.style.height = pct(Math.max(bottom - top, 1), page.height);
      canvas.append(link);
      if (item.status !== "present" || lowConfidence(item.ev)) {
        let at = (100 * top) / page.height;
        while (labelTops.some((used) => Math.abs(used - at) < LABEL_HEIGHT)) at += LABEL_HEIGHT;
        labelTops.push(at);
        const label = el("span", {
          class: `margin-label lbl-${item.status}`, "aria-hidden": "true", "data-element": item.id,
          text: `◂ ${labelText(item)}`,
        });
        label.style.top = `${at.toFixed(3)}%`;
        canvas.append(label);
      }
    }
    const caption = unchecked ? `Page ${page.number}: not checked` : `Page ${page.number}${page.ocr ? " (read by OCR)" : ""}`;
    figure.append(el("figcaption", { text: caption }));
    box.append(figure);
  }
}

function renderOcrNotice(result, documentText) {
  const box = $("#ocr-notice");
  const pages = documentText ? documentText.pages.filter((p) => p.ocr).map((p) => p.number) : [];
  const byEvidence = Object.values(result.elements || {}).some((f) => f.evidence.some((ev) => ev.ocr));
  if (!pages.length && !byEvidence) { box.hidden = true; return; }
  const low = Object.values(result.elements || {}).flatMap((f) => f.evidence).filter(lowConfidence).length;
  const where = pages.length ? `page${pages.length > 1 ? "s" : ""} ${pages.join(", ")}` : "parts of the note";
  box.textContent = `The text of ${where} was read by OCR from a scan: check the quotes against the page.`
    + (low ? ` ${low} quote(s) were read at low confidence (under ${lowConfidenceBelow}%, dotted outline) and need a person to check them.` : "");
  box.hidden = false;
}

function providerQuery(result) {
  if (!catalogue || result.status !== "ok") return "";
  const asks = Object.entries(result.elements)
    .filter(([id, f]) => f.status !== "present" && (f.required || id === "indication"))
    .map(([id]) => id);
  if (!asks.length) return "";
  const date = (result.elements.date_of_service && result.elements.date_of_service.value) || "not stated";
  const lines = [
    `Documentation query: procedure note ${result.source}, date of service ${date}`, "",
    catalogue.query_intro.replace("{code}", result.billed_code),
    ...asks.map((id, i) => `${i + 1}. ${titleOf(id)}: ${spec(id).query}`),
    "", catalogue.query_closing,
  ];
  return lines.join("\n");
}

function renderQuery(result) {
  const text = providerQuery(result);
  $("#query").textContent = text;
  $("#query-section").hidden = !text;
}

function render(result, documentText) {
  const text = documentText ? documentText.text : "";
  const evidence = collectEvidence(result, text.length);
  const checked = result.audit && result.audit.pages_checked;
  renderSummary(result);
  renderClaim(result);
  renderOcrNotice(result, documentText);
  renderElements(result, evidence, Boolean(documentText));
  const paged = documentText && (documentText.media_type !== "text/plain" || documentText.pages.length > 1);
  renderNote(text, documentText ? documentText.pages : [], evidence, paged, checked);
  $("#note-hint").textContent = documentText
    ? "Each highlight is evidence, labelled with its element and status, and links to its element."
    : "The note text is not kept for batch results: the elements list shows the quotes.";
  renderPages(documentText ? documentText.pages : [], evidence, checked);
  renderQuery(result);
  $("#results").hidden = false;
}

// --- export -----------------------------------------------------------------------------------

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function setupExport() {
  $("#export-json").addEventListener("click", () => {
    if (shown) download("nlp-checker-result.json", "application/json", JSON.stringify(shown, null, 2));
  });
  $("#export-query").addEventListener("click", () => {
    download("provider-query.txt", "text/plain", $("#query").textContent);
  });
  $("#print").addEventListener("click", () => window.print());
}

document.addEventListener("DOMContentLoaded", () => {
  $("#check-form").addEventListener("submit", submit);
  $("#apikey").addEventListener("change", () => { catalogue = null; });
  setupDrop();
  setupSourceChoice();
  setupExport();
});
