"use strict";
(() => {
  const C = Continuum;
  const $ = id => document.getElementById(id);
  let scenarios = [];
  // Key indicators come from GET /api/indicators (key: true); none are charted when the server does not offer that list.
  let keyIndicators = [];

  function current() { return scenarios.find(s => s.name === $("scenario").value); }

  function fillLevers(q) {
    const s = current();
    if (!s) return;
    $("description").textContent = `${s.title}: ${s.description} (${s.baseYear}–${s.horizonYear}, sample ${s.sampleSize.toLocaleString("en")})`;
    $("seed").value = q.get("seed") || s.seed;
    $("replicates").value = q.get("replicates") || Math.min(s.replicates, 20);
    $("compare").checked = q.get("compare") === "1";
    let levers = null;
    try { if (q.get("levers")) levers = JSON.parse(q.get("levers")); } catch { /* a hand-edited address: keep the scenario's levers */ }
    ScenarioLevers.fill(s, levers);
    $("delete-saved").hidden = !s.saved;
    $("save-status").textContent = s.saved ? `saved scenario based on ${s.base}` : "";
  }

  function request() {
    const body = { scenario: $("scenario").value, seed: Number($("seed").value), replicates: Number($("replicates").value), compare: $("compare").checked };
    const url = { scenario: body.scenario, seed: $("seed").value, replicates: $("replicates").value, compare: body.compare ? "1" : "" };
    const levers = ScenarioLevers.read();
    Object.assign(body, levers);
    if (Object.keys(levers.engine).length || Object.keys(levers.development).length) url.levers = JSON.stringify(levers);
    return { body, url };
  }

  function headers() {
    const h = { "Content-Type": "application/json" };
    if ($("run-token").value) h["X-Continuum-Token"] = $("run-token").value;
    return h;
  }

  async function reloadScenarios(selected) {
    scenarios = await C.getJson("/api/scenarios");
    $("scenario").replaceChildren(...scenarios.map(s => C.el("option", { value: s.name,
      text: `${s.name} — ${s.countries.join(", ")}${s.saved ? ` (saved, based on ${s.base})` : ""}` })));
    $("scenario").value = scenarios.some(s => s.name === selected) ? selected : (scenarios.some(s => s.name === "small") ? "small" : scenarios[0].name);
  }

  async function save() {
    $("run-error").textContent = "";
    const name = $("save-name").value.trim();
    const { body } = request();
    try {
      await C.request("/api/scenarios/saved", { method: "POST", headers: headers(), body: JSON.stringify({ ...body, name, compare: undefined }) });
      await reloadScenarios(name);
      fillLevers(new URLSearchParams());
      $("save-status").textContent = `Saved as ${name}.`;
    } catch (e) { C.showError($("run-error"), e); }
  }

  async function deleteSaved() {
    $("run-error").textContent = "";
    const name = $("scenario").value;
    try {
      await C.request(`/api/scenarios/saved/${encodeURIComponent(name)}`, { method: "DELETE", headers: headers() });
      await reloadScenarios(null);
      fillLevers(new URLSearchParams());
    } catch (e) { C.showError($("run-error"), e); }
  }

  async function run(ev) {
    ev.preventDefault();
    $("run-error").textContent = "";
    const { body, url } = request();
    try {
      const job = await C.request("/api/runs", { method: "POST", headers: headers(), body: JSON.stringify(body) });
      C.setQuery({ ...url, job: job.id });
      ContinuumJobs.watch($("job"), job.id, show);
    } catch (e) { C.showError($("run-error"), e); }
  }

  function show(job) {
    if (job.state !== "done") return;
    const r = job.result;
    $("results").replaceChildren(...r.measures.map(m => {
      const card = C.el("section", { class: "panel claim", id: "measure-" + m.name }, C.el("h3", { text: m.name.replace(/_/g, " ") }), C.el("div", { class: "chart" }));
      return card;
    }));
    for (const m of r.measures) {
      const box = document.querySelector(`#measure-${m.name} .chart`);
      const lines = [];
      const base = r.baseline ? r.baseline.find(b => b.name === m.name) : null;
      for (const l of m.lines) {
        lines.push({ name: l.country, years: l.years, values: l.mean });
        const b = base ? base.lines.find(x => x.country === l.country) : null;
        if (b) lines.push({ name: `${l.country} unchanged`, years: b.years, values: b.mean, band: true });
        if (r.replicates > 1) {
          lines.push({ name: `${l.country} low`, years: l.years, values: l.low, band: true });
          lines.push({ name: `${l.country} high`, years: l.years, values: l.high, band: true });
        }
      }
      const note = r.baseline ? " (dashed: unchanged)" : r.replicates > 1 ? " (dashed: lowest and highest replicate)" : "";
      C.lineChart(box, lines, { title: `${r.scenario}, seed ${r.seed}, ${r.replicates} replicate(s)${note}`, yLabel: "persons", height: 240 });
      const png = C.el("button", { type: "button", class: "secondary", text: "PNG" });
      png.addEventListener("click", () => C.downloadCanvas(box, `${r.scenario}-${m.name}.png`));
      const csv = C.el("a", { class: "button", download: `${r.scenario}-${m.name}.csv`, text: "CSV",
        href: "data:text/csv;charset=utf-8," + encodeURIComponent(toCsv(m)) });
      box.parentElement.append(png, " ", csv);
    }
    $("reproduce").hidden = false;
    $("toml").textContent = r.scenarioToml;
    $("toml-download").href = "data:text/plain;charset=utf-8," + encodeURIComponent(r.scenarioToml);
    if (r.runId) {
      $("run-ids").hidden = false;
      $("run-ids").textContent = `Saved in the store as run ${r.runId}` + (r.baselineRunId ? ` (unchanged scenario: run ${r.baselineRunId}); compare them below.` : ".");
      loadRuns(r.baselineRunId || null, r.runId);
      if (r.baselineRunId) compareRuns(r.baselineRunId, r.runId); else showIndicators(r.runId);
    }
  }

  // Stored runs: pick A and B, compare their development indicators (the same engine as `continuum runs compare`).

  /** "run again": a run that stored its effective scenario opens the form with it (GET /api/runs/{id}). */
  function reproduceLink(run) {
    if (!scenarios.some(s => s.name === run.scenario) || run.levers) return "";
    return C.el("a", { href: "/scenarios.html?" + new URLSearchParams({ run: run.id }), text: "run again" });
  }

  /** The form's address for stored run id: its scenario, seed, replicates and levers, from the run's effective scenario. */
  async function runAgain(id) {
    const detail = await C.getJson(`/api/runs/${encodeURIComponent(id)}`);
    const s = detail.scenario;
    if (!s) return new URLSearchParams();
    return new URLSearchParams({ scenario: s.name, seed: String(s.seed), replicates: String(Math.min(s.replicates, 20)),
      levers: JSON.stringify({ engine: s.engine, development: s.development }) });
  }

  async function showIndicators(id) {
    let run;
    try { run = await C.getJson(`/api/runs/${encodeURIComponent(id)}`); } catch (e) { C.showError($("runs-error"), e); return; }
    const shown = (run.indicators || []).filter(i => keyIndicators.includes(i.code));
    $("indicators").hidden = shown.length === 0;
    $("indicator-charts").replaceChildren(...shown.map(i => C.el("section", { class: "panel claim", id: "ind-" + i.code },
      C.el("h3", { text: i.code.replace(/_/g, " ") }), C.el("div", { class: "chart" }))));
    for (const i of shown) {
      const box = document.querySelector(`#ind-${i.code} .chart`);
      const lines = i.lines.flatMap(l => [{ name: l.area, years: l.years, values: l.mean },
        ...(run.run.replicates > 1 ? [{ name: `${l.area} low`, years: l.years, values: l.low, band: true }, { name: `${l.area} high`, years: l.years, values: l.high, band: true }] : [])]);
      C.lineChart(box, lines, { title: `run ${id}`, yLabel: i.unit, height: 220 });
      const png = C.el("button", { type: "button", class: "secondary", text: "PNG" });
      png.addEventListener("click", () => C.downloadCanvas(box, `run-${id}-${i.code}.png`));
      const rows = ["area,year,mean,low,high,unit"];
      for (const l of i.lines) l.years.forEach((y, k) => rows.push([l.area, y, l.mean[k] ?? "", l.low[k] ?? "", l.high[k] ?? "", `"${i.unit}"`].join(",")));
      const csv = C.el("a", { class: "button", download: `run-${id}-${i.code}.csv`, text: "CSV", href: "data:text/csv;charset=utf-8," + encodeURIComponent(rows.join("\n") + "\n") });
      box.parentElement.append(png, " ", csv);
    }
  }

  function radio(name, run, checked) {
    const input = C.el("input", { type: "radio", name, value: run.id, "aria-label": `${name} ${run.id}` });
    if (!run.hasIndicators) input.disabled = true;
    input.checked = checked;
    return input;
  }

  async function loadRuns(a, b) {
    const prevA = a || document.querySelector("input[name=run-a]:checked")?.value;
    const prevB = b || document.querySelector("input[name=run-b]:checked")?.value;
    try {
      const runs = await C.getJson("/api/runs");
      $("runs").querySelector("tbody").replaceChildren(...runs.map(run => C.el("tr", { "data-run": run.id },
        C.el("td", {}, radio("run-a", run, run.id === prevA)), C.el("td", {}, radio("run-b", run, run.id === prevB)),
        C.el("td", {}, C.el("code", { text: run.id })), C.el("td", { text: run.createdUtc.replace("T", " ").slice(0, 19) }),
        C.el("td", { text: run.scenario, title: run.scenarioFile }), C.el("td", { text: String(run.seed) }), C.el("td", { text: String(run.replicates) }),
        C.el("td", { text: `${run.baseYear}–${run.horizonYear}` }), C.el("td", { text: run.levers || "(none)" }),
        C.el("td", { text: run.hasIndicators ? "yes" : "no (older run)" }), C.el("td", {}, reproduceLink(run)))));
    } catch (e) { C.showError($("runs-error"), e); }
  }

  function percentOfA(line, i, v) { return v === null || !line.a[i] ? null : 100 * v / line.a[i]; }

  async function compareRuns(a, b) {
    $("runs-error").textContent = "";
    if (!a || !b) { $("runs-error").textContent = "Pick a run A and a run B (runs with indicators) first."; return; }
    let r;
    try { r = await C.getJson(`/api/runs/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`); } catch (e) { C.showError($("runs-error"), e); return; }
    C.setQuery({ ...Object.fromEntries(C.query()), ra: a, rb: b });
    $("comparison").hidden = false;
    $("comparison").dataset.method = r.method;
    $("comparison-title").textContent = `${r.b.scenario} (run ${r.b.id}) − ${r.a.scenario} (run ${r.a.id})`;
    $("comparison-method").textContent = `Band: ${r.methodDescription}. Dashed: the band's lower and upper ends.`;
    $("comparison-csv").href = `/api/runs/compare.csv?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
    $("comparison-csv").setAttribute("download", `runs-${a}-${b}.csv`);
    const shown = r.indicators.filter(i => keyIndicators.includes(i.code));
    $("comparison-charts").replaceChildren(...shown.map(i => C.el("section", { class: "panel claim", id: "cmp-" + i.code },
      C.el("h3", { text: i.code.replace(/_/g, " ") }), C.el("div", { class: "chart" }))));
    for (const i of shown) comparisonChart(i, r);
  }

  function comparisonChart(indicator, r) {
    const box = document.querySelector(`#cmp-${indicator.code} .chart`);
    const points = indicator.unit === "percent";
    const scale = (line, i, v) => points ? v : percentOfA(line, i, v);
    const lines = [];
    let bands = 0;
    for (const l of indicator.lines) {
      lines.push({ name: l.area, years: l.years, values: l.difference.map((v, i) => scale(l, i, v)) });
      if (l.lower.some(v => v !== null)) {
        bands += 2;
        lines.push({ name: `${l.area} lower`, years: l.years, values: l.lower.map((v, i) => scale(l, i, v)), band: true });
        lines.push({ name: `${l.area} upper`, years: l.years, values: l.upper.map((v, i) => scale(l, i, v)), band: true });
      }
    }
    C.lineChart(box, lines, { title: `B − A, ${r.method === "paired-t" ? "paired" : "Welch"} t band`, yLabel: points ? "points" : "% of A", height: 240 });
    box.dataset.bands = String(bands);
    const png = C.el("button", { type: "button", class: "secondary", text: "PNG" });
    png.addEventListener("click", () => C.downloadCanvas(box, `runs-${r.a.id}-${r.b.id}-${indicator.code}.png`));
    const rows = ["year,area,indicator,a,b,difference,lower,upper,unit"];
    const cell = v => v === null ? "" : String(v);
    for (const l of indicator.lines) l.years.forEach((y, i) => rows.push([y, l.area, indicator.code, cell(l.a[i]), cell(l.b[i]), cell(l.difference[i]),
      cell(l.lower[i]), cell(l.upper[i]), `"${indicator.unit}"`].join(",")));
    const csv = C.el("a", { class: "button", download: `runs-${r.a.id}-${r.b.id}-${indicator.code}.csv`, text: "CSV",
      href: "data:text/csv;charset=utf-8," + encodeURIComponent(rows.join("\n") + "\n") });
    box.parentElement.append(png, " ", csv);
  }

  function toCsv(m) {
    const rows = ["country,year,mean,low,high"];
    for (const l of m.lines) l.years.forEach((y, i) => rows.push(`${l.country},${y},${l.mean[i]},${l.low[i]},${l.high[i]}`));
    return rows.join("\n") + "\n";
  }

  document.addEventListener("DOMContentLoaded", async () => {
    let q = C.query();
    try {
      await ScenarioLevers.load();
      try { keyIndicators = (await C.getJson("/api/indicators")).filter(i => i.key).map(i => i.code); } catch { keyIndicators = []; }
      if (q.get("run")) q = await runAgain(q.get("run"));
      await reloadScenarios(q.get("scenario"));
      fillLevers(q);
    } catch (e) { C.showError($("run-error"), e); return; }
    $("scenario").addEventListener("change", () => fillLevers(new URLSearchParams()));
    $("run-form").addEventListener("submit", run);
    $("save").addEventListener("click", save);
    $("delete-saved").addEventListener("click", deleteSaved);
    $("refresh-runs").addEventListener("click", () => loadRuns());
    $("compare-runs").addEventListener("click", () => compareRuns(document.querySelector("input[name=run-a]:checked")?.value,
      document.querySelector("input[name=run-b]:checked")?.value));
    await loadRuns(q.get("ra"), q.get("rb"));
    if (q.get("ra") && q.get("rb")) compareRuns(q.get("ra"), q.get("rb"));
    if (q.get("job")) ContinuumJobs.watch($("job"), q.get("job"), show);
  });
})();
