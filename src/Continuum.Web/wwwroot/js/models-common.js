"use strict";
// Shared by the model pages: the models' tabs, forms kept in the address, result charts (uPlot) with PNG and CSV
// downloads, result tables, and each model's documentation rendered from docs/models/*.md (vendored marked).
const ContinuumModels = (() => {
  const C = Continuum;
  const $ = id => document.getElementById(id);
  const models = [["host-economy", "/models.html", "Host economy"], ["projection", "/models/projection.html", "Population projection"],
    ["workforce", "/models/workforce.html", "Working age"],
    ["brain-gain", "/models/brain-gain.html", "Brain gain"], ["inequality", "/models/inequality.html", "Remittances and inequality"],
    ["returns", "/models/returns.html", "Returns to migration"]];

  // The model pages' layout, declared once (after app.js's <continuum-header>):
  // <continuum-model-tabs> the models' tabs (the page's body carries data-model="ID");
  // <continuum-model-results> the error line, the result's title, summary, charts and table (filled by render);
  // <continuum-model-doc name="NAME"> the heading and panel of docs/models/NAME.md, fetched and rendered here.
  class TabsElement extends HTMLElement {
    connectedCallback() {
      const here = document.body.dataset.model;
      this.replaceWith(C.el("nav", { id: "model-tabs", class: "model-tabs", "aria-label": "Models" },
        ...models.map(([id, href, text]) => C.el("a", { href, class: id === here ? "active" : "", "data-model": id, text }))));
    }
  }

  class ResultsElement extends HTMLElement {
    connectedCallback() {
      this.replaceWith(C.el("div", { id: "model-error", class: "error" }), C.el("h2", { id: "model-title" }),
        C.el("div", { id: "model-summary", class: "model-summary" }), C.el("div", { id: "model-charts", class: "claims" }),
        C.el("h2", { text: "Result table" }), C.el("div", { id: "model-table" }));
    }
  }

  class DocElement extends HTMLElement {
    connectedCallback() {
      const name = this.getAttribute("name");
      const source = C.el("code", { text: `docs/models/${name}.md` });
      this.replaceWith(C.el("h2", { id: "equations", text: "Equations, parameters and sources" }),
        C.el("p", { class: "meta" }, "Rendered from ", source, " as built into this server (the same text as the repository’s documentation)."),
        C.el("article", { id: "model-doc", class: "panel model-doc" }));
      doc(name);
    }
  }

  // Values that differ from the form's defaults, so that the address holds only what the user changed.
  function changed(form) {
    const q = new URLSearchParams();
    for (const f of form.querySelectorAll("input[name], select[name]")) {
      if (f.type === "file" || f.matches(":disabled")) continue;
      const isDefault = f.tagName === "SELECT" ? [...f.options].every(o => o.selected === o.defaultSelected) : f.value === f.defaultValue;
      if (!isDefault && f.value !== "") q.set(f.name, f.value);
    }
    return q;
  }

  function restore(form) {
    const q = C.query();
    for (const f of form.querySelectorAll("input[name], select[name]")) if (f.type !== "file" && q.get(f.name) !== null) f.value = q.get(f.name);
  }

  // Lines may have different x; they are aligned on the union of x values.
  function align(chart) {
    const xs = [...new Set(chart.lines.flatMap(l => l.x))].sort((a, b) => a - b);
    const columns = chart.lines.map(l => {
      const byX = new Map(l.x.map((x, i) => [x, l.y[i]]));
      return xs.map(x => byX.has(x) ? byX.get(x) : null);
    });
    return [xs, ...columns];
  }

  function chartCsv(chart) {
    const data = align(chart);
    const rows = [[chart.xLabel, ...chart.lines.map(l => l.name)]];
    for (let i = 0; i < data[0].length; i++) rows.push(data.map(col => col[i]));
    return C.csv(rows);
  }

  // Years and ages read better without a thousands separator.
  const xText = v => Number.isInteger(v) && Math.abs(v) < 10000 ? String(v) : C.fmt(v);

  function draw(box, chart) {
    box.innerHTML = "";
    const points = chart.lines.reduce((n, l) => n + l.y.filter(v => v !== null).length, 0);
    box.dataset.points = String(points);
    if (points === 0) { box.textContent = "Nothing to draw."; return; }
    let colour = 0;
    const series = [{ label: chart.xLabel, value: (u, v) => v === null ? "–" : xText(v) }].concat(chart.lines.map(l => ({
      label: l.name, stroke: C.palette[colour++ % C.palette.length], width: l.dashed ? 1.5 : 2, dash: l.dashed ? [5, 4] : undefined,
      spanGaps: true, points: { show: l.x.length < 30 }, value: (u, v) => C.fmt(v),
    })));
    new uPlot({
      width: Math.max(320, box.clientWidth || 560), height: 260, series, scales: { x: { time: false } },
      axes: [{ label: chart.xLabel, labelSize: 18, values: (u, vals) => vals.map(xText) },
        { label: chart.yLabel, size: 80, labelSize: 18, values: (u, vals) => vals.map(v => C.fmt(v)) }],
    }, align(chart), box);
  }

  function charts(container, result) {
    container.replaceChildren(...result.charts.map(c =>
      C.chartPanel({ id: "chart-" + c.id, title: c.title, file: `${result.model}-${c.id}`, csvText: () => chartCsv(c) })));
    for (const c of result.charts) draw(container.querySelector(`#chart-${c.id} .chart`), c);
  }

  // Numbers in full (a table of thousands must not read "1.5 M"), small fractions to four decimals.
  function number(v) {
    if (v === null || v === undefined) return "–";
    if (Math.abs(v) >= 1000 || Number.isInteger(v)) return v.toLocaleString("en", { maximumFractionDigits: 0 });
    return Math.abs(v) < 10 ? v.toFixed(4) : v.toLocaleString("en", { maximumFractionDigits: 2 });
  }

  function cell(v, column) {
    if (typeof v !== "number") return C.el("td", { text: v === null ? "–" : String(v) });
    return C.el("td", { class: "num", text: column === "year" || column.endsWith("_year") ? String(v) : number(v) });
  }

  function table(container, result) {
    const t = result.table;
    const csv = C.el("button", { type: "button", class: "secondary", text: "CSV" });
    csv.addEventListener("click", () => C.downloadText(`${result.model}.csv`, C.csv([t.columns, ...t.rows])));
    container.replaceChildren(C.el("div", { class: "model-table" }, C.el("table", {},
      C.el("thead", {}, C.el("tr", {}, ...t.columns.map(c => C.el("th", { text: c })))),
      C.el("tbody", {}, ...t.rows.map(r => C.el("tr", {}, ...r.map((v, i) => cell(v, t.columns[i]))))))), C.el("div", { class: "model-buttons" }, csv));
  }

  function summary(container, result) {
    container.replaceChildren(...result.summary.map(v => C.el("div", { class: "model-value", "data-name": v.name },
      C.el("span", { class: "model-number", text: number(v.value) }),
      C.el("span", { class: "hint", text: `${v.label} (${v.unit})` }))));
  }

  function render(result) {
    $("model-title").textContent = result.title;
    summary($("model-summary"), result);
    charts($("model-charts"), result);
    table($("model-table"), result);
  }

  async function doc(name) {
    const box = $("model-doc");
    try {
      const res = await fetch(`/api/models/${name}/doc`);
      if (!res.ok) throw new Error(`the documentation could not be loaded (${res.status})`);
      box.innerHTML = marked.parse(await res.text(), { gfm: true });
      box.dataset.model = name;
    } catch (e) { C.showError(box, e); }
  }

  // A page: a form whose changed fields go to `endpoint` and to the address; results drawn on submit and on load;
  // options.fetch(query) may replace the GET. The documentation is the page's <continuum-model-doc>.
  function page(endpoint, options) {
    const opts = options || {};
    const form = $("model-form");
    async function run() {
      const q = changed(form);
      C.setQuery(Object.fromEntries(q));
      $("model-error").textContent = "";
      try {
        render(opts.fetch ? await opts.fetch(q) : await C.getJson(endpoint + (q.toString() ? "?" + q : "")));
      } catch (e) { C.showError($("model-error"), e); }
    }
    document.addEventListener("DOMContentLoaded", async () => {
      if (opts.prepare) await opts.prepare(form);
      restore(form);
      if (opts.changed) opts.changed(form);
      form.addEventListener("submit", ev => { ev.preventDefault(); run(); });
      if (opts.changed) form.addEventListener("change", () => opts.changed(form));
      run();
    });
    return { run, render, error: e => C.showError($("model-error"), e) };
  }

  customElements.define("continuum-model-tabs", TabsElement);
  customElements.define("continuum-model-results", ResultsElement);
  customElements.define("continuum-model-doc", DocElement);
  return { page, render, draw, chartCsv };
})();
