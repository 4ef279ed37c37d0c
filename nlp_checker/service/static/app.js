// nlp-checker web page: plain JavaScript, no build step. Note text is only ever inserted with
// textContent, never as HTML.
"use strict";

const $ = (sel) => document.querySelector(sel);
let catalogue = null; // element id -> {title, required, fix, source}

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
  const data = await response.json();
  catalogue = {};
  for (const item of data.elements) catalogue[item.id] = item;
  return catalogue;
}

async function asError(response) {
  let message = `${response.status} ${response.statusText}`;
  try {
    const body = await response.json();
    if (body.error) message = `${body.error.message} (${body.error.type}, HTTP ${response.status})`;
  } catch (_) { /* not JSON */ }
  const error = new Error(message);
  error.response = response;
  return error;
}

function query() {
  const params = new URLSearchParams();
  params.set("code", $("#code").value.trim() || "62323");
  for (const mod of $("#modifiers").value.split(/[\s,]+/)) {
    if (mod) params.append("modifier", mod);
  }
  return params.toString();
}

async function submit(event) {
  event.preventDefault();
  const file = $("#file").files[0];
  const text = $("#text").value;
  if (!file && !text.trim()) {
    setStatus("Choose a file or paste the note text first.", true);
    return;
  }
  const button = $("#submit");
  button.disabled = true;
  setStatus("Checking…");
  try {
    await loadCatalogue();
    let init;
    if (file) {
      const form = new FormData();
      form.append("file", file);
      init = { method: "POST", body: form, headers: headers() };
    } else {
      init = {
        method: "POST",
        body: JSON.stringify({ text, source: "pasted text" }),
        headers: { ...headers(), "Content-Type": "application/json" },
      };
    }
    const response = await fetch(`/v1/annotate?${query()}&render=true`, init);
    const body = await response.json().catch(() => ({}));
    if (body.result && body.result.status === "error") {
      throw new Error(`${body.result.error.message} (${body.result.error.type})`);
    }
    if (!response.ok) {
      const message = body.error ? `${body.error.message} (${body.error.type})` : `HTTP ${response.status}`;
      throw new Error(message);
    }
    render(body.result, body.document);
    setStatus(`Checked ${body.result.source}.`);
    $("#results-title").focus();
  } catch (error) {
    $("#results").hidden = true;
    setStatus(`Could not check the note: ${error.message}`, true);
  } finally {
    button.disabled = false;
  }
}

function titleOf(id) {
  return (catalogue && catalogue[id] && catalogue[id].title) || id;
}

function renderSummary(result) {
  const box = $("#summary");
  box.replaceChildren();
  const risk = result.risk || { level: "unknown", score: 0, drivers: [] };
  box.append(
    el("p", { class: `risk risk-${risk.level}`, id: "risk" },
      `Denial risk: ${risk.level} (${Math.round(risk.score * 100)}%)`),
    el("p", { id: "complete" }, result.complete
      ? "All required elements are documented and the code is supported."
      : "Not complete: see the elements marked below."),
  );
  const code = result.code_check;
  if (code) {
    const line = code.supported
      ? `Billed ${code.billed} is supported by the note.`
      : `Billed ${code.billed}: the note supports ${code.suggested}.`;
    box.append(el("p", { id: "code-check" }, line));
    const onLines = new Set((result.issues || []).filter((i) => i.line !== null).map((i) => i.message));
    const notes = [...code.reasons, ...code.warnings].filter((n) => !onLines.has(n));
    if (notes.length) box.append(el("ul", {}, ...notes.map((n) => el("li", { text: n }))));
  }
  const claim = result.claim_check;
  if (claim) {
    box.append(el("h4", { text: claim.clean ? "Claim: every line goes out clean" : "Claim lines" }));
    box.append(el("ol", { id: "claim-lines" }, ...claim.lines.map((line) => {
      const billed = [line.code, ...line.modifiers].join("-") + ` \u00d7${line.units}`;
      if (line.clean) return el("li", { class: "clean", text: `${billed}: clean` });
      const codes = line.denial_codes.join(", ") || "no denial code expected";
      return el("li", { class: "denied" }, `${billed}: ${codes}`,
        el("ul", {}, ...line.issues.map((issue) => el("li", { text: issue.message }))));
    })));
  }
  if (risk.drivers.length) {
    box.append(el("h4", { text: "What drives the risk" }));
    box.append(el("ol", { id: "drivers" }, ...risk.drivers.map((d) =>
      el("li", {}, el("a", { href: `#el-${d.element}`, text: titleOf(d.element) }), `: ${d.reason}`))));
  }
}

function collectEvidence(result, textLength) {
  const items = [];
  for (const [id, finding] of Object.entries(result.elements)) {
    for (const ev of finding.evidence) {
      const start = Math.max(0, Math.min(ev.start, textLength));
      const end = Math.max(start, Math.min(ev.end, textLength));
      if (end > start) items.push({ n: items.length + 1, id, start, end, ev, status: finding.status });
    }
  }
  return items;
}

function renderElements(result, evidence) {
  const body = $("#elements tbody");
  body.replaceChildren();
  const ids = catalogue ? Object.keys(catalogue).filter((id) => id in result.elements) : [];
  for (const id of Object.keys(result.elements)) if (!ids.includes(id)) ids.push(id);
  for (const id of ids) {
    const finding = result.elements[id];
    const spec = (catalogue && catalogue[id]) || {};
    const cell = el("td");
    const mine = evidence.filter((item) => item.id === id);
    if (mine.length) {
      cell.append(el("ul", { class: "evidence" }, ...mine.map((item) =>
        el("li", {}, el("a", { href: `#ev-${item.n}`, class: "ev-link" }, `“${item.ev.text}”`),
          item.ev.page > 1 ? ` (page ${item.ev.page})` : ""))));
    }
    // The message repeats the fix text; show the rest of it, then the fix once.
    const message = (finding.message || "").replace(spec.fix || "\u0000", "").trim();
    if (finding.status !== "present" && message) cell.append(el("p", { class: "hint", text: message }));
    if (finding.status !== "present" && spec.fix) {
      cell.append(el("p", { class: "fix" }, el("strong", { text: "Add: " }), spec.fix));
    }
    const name = el("th", { scope: "row" }, spec.title || id,
      finding.required ? el("span", { class: "req", text: " (required)" }) : null);
    body.append(el("tr", { id: `el-${id}`, "data-status": finding.status }, name,
      el("td", { class: `status status-${finding.status}`, text: finding.status }), cell));
  }
}

function renderNote(text, pages, evidence, isPaged) {
  const box = $("#note");
  box.replaceChildren();
  const cuts = new Set([0, text.length]);
  for (const item of evidence) { cuts.add(item.start); cuts.add(item.end); }
  const pageStarts = new Map();
  if (isPaged) for (const page of pages) { cuts.add(page.start); pageStarts.set(page.start, page.number); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const anchored = new Set();
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    if (pageStarts.has(from)) {
      box.append(el("span", { class: "page-marker", role: "separator", text: `page ${pageStarts.get(from)}` }));
    }
    const piece = text.slice(from, to);
    const covering = evidence.filter((item) => item.start <= from && item.end >= to);
    if (!covering.length) { box.append(piece); continue; }
    const first = covering[0];
    const titles = [...new Set(covering.map((item) => titleOf(item.id)))].join(", ");
    const link = el("a", {
      class: `ev ev-${first.status}`, href: `#el-${first.id}`, "data-element": first.id,
      title: `${titles} (${first.status})`,
    });
    if (!anchored.has(first.n)) { link.id = `ev-${first.n}`; anchored.add(first.n); }
    link.append(el("mark", { text: piece }), el("span", { class: "visually-hidden", text: ` [evidence: ${titles}, ${first.status}]` }));
    box.append(link);
  }
}

function renderPages(pages, evidence) {
  const box = $("#pages");
  box.replaceChildren();
  const drawn = pages.filter((page) => page.image && page.width && page.height);
  $("#pages-section").hidden = drawn.length === 0;
  for (const page of drawn) {
    const figure = el("figure", { class: "page", id: `page-${page.number}` });
    // Boxes are placed in percent of this canvas, which is exactly the size of the image.
    const canvas = el("div", { class: "page-canvas" });
    canvas.append(el("img", { src: page.image, alt: `Page ${page.number} of the note as printed` }));
    figure.append(canvas);
    for (const item of evidence) {
      const bbox = item.ev.bbox;
      if (!bbox || item.ev.page !== page.number) continue;
      // Character boxes hug the glyphs; pad them so the mark covers capitals and descenders.
      const pad = Math.max(bbox[3] - bbox[1], 1) * 0.3;
      const [x0, top, x1, bottom] = [bbox[0] - 1, bbox[1] - pad, bbox[2] + 1, bbox[3] + pad];
      const pct = (value, whole) => `${(100 * value / whole).toFixed(3)}%`;
      const link = el("a", {
        class: "box", href: `#el-${item.id}`, "data-element": item.id,
        title: `${titleOf(item.id)}: ${item.ev.text}`,
        "aria-label": `Evidence for ${titleOf(item.id)} on page ${page.number}`,
      });
      link.style.left = pct(x0, page.width);
      link.style.top = pct(top, page.height);
      link.style.width = pct(Math.max(x1 - x0, 1), page.width);
      link.style.height = pct(Math.max(bottom - top, 1), page.height);
      canvas.append(link);
    }
    figure.append(el("figcaption", { text: `Page ${page.number}` }));
    box.append(figure);
  }
}

function render(result, documentText) {
  const text = documentText ? documentText.text : "";
  const evidence = collectEvidence(result, text.length);
  renderSummary(result);
  renderElements(result, evidence);
  const paged = documentText && (documentText.media_type !== "text/plain" || documentText.pages.length > 1);
  renderNote(text, documentText ? documentText.pages : [], evidence, paged);
  renderPages(documentText ? documentText.pages : [], evidence);
  $("#results").hidden = false;
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
      setStatus(`Selected ${event.dataTransfer.files[0].name}.`);
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  $("#check-form").addEventListener("submit", submit);
  $("#apikey").addEventListener("change", () => { catalogue = null; });
  setupDrop();
});
