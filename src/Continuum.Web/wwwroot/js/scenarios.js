"use strict";
(() => {
  const C = Continuum;
  const $ = id => document.getElementById(id);
  const leverKeys = [["admissions", "a"], ["emigrationRateMultiplier", "e"], ["returnHazardMultiplier", "r"]];
  let scenarios = [];

  function current() { return scenarios.find(s => s.name === $("scenario").value); }

  function fillLevers(q) {
    const s = current();
    if (!s) return;
    $("description").textContent = `${s.title}: ${s.description} (${s.baseYear}–${s.horizonYear}, sample ${s.sampleSize.toLocaleString("en")})`;
    $("seed").value = q.get("seed") || s.seed;
    $("replicates").value = q.get("replicates") || Math.min(s.replicates, 20);
    $("compare").checked = q.get("compare") === "1";
    $("levers").querySelector("tbody").replaceChildren(...s.countries.map(c => C.el("tr", {}, C.el("td", { text: c }),
      ...leverKeys.map(([key, p]) => {
        const value = q.get(`${p}.${c}`) ?? (s[key][c] ?? "");
        return C.el("td", {}, C.el("input", { type: "number", step: "any", min: "0", "data-lever": key, "data-country": c, id: `${p}-${c}`, value: String(value) }));
      }))));
  }

  function request() {
    const body = { scenario: $("scenario").value, seed: Number($("seed").value), replicates: Number($("replicates").value), compare: $("compare").checked };
    const url = { scenario: body.scenario, seed: $("seed").value, replicates: $("replicates").value, compare: body.compare ? "1" : "" };
    for (const [key, p] of leverKeys) {
      body[key] = {};
      for (const input of document.querySelectorAll(`input[data-lever=${key}]`)) {
        if (input.value === "") continue;
        body[key][input.dataset.country] = Number(input.value);
        url[`${p}.${input.dataset.country}`] = input.value;
      }
    }
    return { body, url };
  }

  async function run(ev) {
    ev.preventDefault();
    $("run-error").textContent = "";
    const { body, url } = request();
    const headers = { "Content-Type": "application/json" };
    if ($("run-token").value) headers["X-Continuum-Token"] = $("run-token").value;
    try {
      const job = await C.request("/api/runs", { method: "POST", headers, body: JSON.stringify(body) });
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
  }

  function toCsv(m) {
    const rows = ["country,year,mean,low,high"];
    for (const l of m.lines) l.years.forEach((y, i) => rows.push(`${l.country},${y},${l.mean[i]},${l.low[i]},${l.high[i]}`));
    return rows.join("\n") + "\n";
  }

  document.addEventListener("DOMContentLoaded", async () => {
    const q = C.query();
    try {
      scenarios = await C.getJson("/api/scenarios");
      $("scenario").replaceChildren(...scenarios.map(s => C.el("option", { value: s.name, text: `${s.name} — ${s.countries.join(", ")}` })));
      $("scenario").value = q.get("scenario") || (scenarios.some(s => s.name === "small") ? "small" : scenarios[0].name);
      fillLevers(q);
    } catch (e) { C.showError($("run-error"), e); return; }
    $("scenario").addEventListener("change", () => fillLevers(new URLSearchParams()));
    $("run-form").addEventListener("submit", run);
    if (q.get("job")) ContinuumJobs.watch($("job"), q.get("job"), show);
  });
})();
