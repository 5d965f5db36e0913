"use strict";
(() => {
  const C = Continuum;
  const $ = id => document.getElementById(id);
  const fields = ["extra_admissions", "from", "years", "horizon", "base_population", "relative_productivity", "productivity_convergence_years",
    "emigration_rate", "labour_share", "capital_adjustment", "demand_multiplier", "okun", "population_scaled_spending"];

  function settings() {
    const q = new URLSearchParams();
    for (const f of fields) if ($(f).value !== "") q.set(f, $(f).value);
    return q;
  }

  // The year-10 effects under one-at-a-time parameter changes (`--sensitivity`), as a table.
  async function sensitivity() {
    $("model-error").textContent = "";
    try {
      const t = await C.getJson("/api/models/host-economy/sensitivity?" + settings());
      $("sensitivity").replaceChildren(C.el("h2", { text: "Sensitivity: effects in the tenth year under one-at-a-time changes" }),
        C.el("div", { class: "model-table" }, C.el("table", {},
          C.el("thead", {}, C.el("tr", {}, ...t.columns.map(c => C.el("th", { text: c })))),
          C.el("tbody", {}, ...t.rows.map(r => C.el("tr", {}, ...r.map((v, k) => C.el("td", { class: k ? "num" : "", text: k ? C.fmt(v, 4) : v }))))))));
    } catch (e) { C.showError($("model-error"), e); }
  }

  async function run() {
    const q = settings();
    C.setQuery(Object.fromEntries(q));
    $("model-error").textContent = "";
    try {
      // An extra-labour file replaces the model's own immigrant cohorts (`--extra-labour`); it is sent, never kept in the address.
      const file = $("extra-labour").files[0];
      const r = file
        ? await C.request("/api/models/host-economy?" + q, { method: "POST", headers: { "Content-Type": "text/csv" }, body: file })
        : await C.getJson("/api/models/host-economy?" + q);
      $("model-charts").replaceChildren(...r.indicators.map(i => C.chartPanel({ id: "indicator-" + i.name,
        title: `${i.name.replace(/_/g, " ")} (${i.differenceUnit})`, file: `host-economy-${i.name}`, csvText: () => indicatorCsv(i) })));
      for (const i of r.indicators) {
        C.lineChart(document.querySelector(`#indicator-${i.name} .chart`), [{ name: "scenario − base", years: i.years, values: i.difference }],
          { title: `+${C.fmt(r.extraAdmissionsPersonsPerYear)} a year from ${r.fromYear} for ${r.admissionYears} years`, yLabel: i.differenceUnit, height: 220 });
      }
    } catch (e) { C.showError($("model-error"), e); }
  }

  // Base, scenario and difference by year, as `continuum model host-economy --format csv` writes them.
  function indicatorCsv(i) {
    const unit = `${i.unit}; difference in ${i.differenceUnit}`;
    return C.csv([["year", "indicator", "base", "scenario", "difference", "unit"],
      ...i.years.map((y, k) => [y, i.name, i.base[k], i.scenario[k], i.difference[k], unit])]);
  }

  document.addEventListener("DOMContentLoaded", () => {
    const q = C.query();
    for (const f of fields) if (q.get(f) !== null) $(f).value = q.get(f);
    $("model-form").addEventListener("submit", ev => { ev.preventDefault(); run(); });
    $("run-sensitivity").addEventListener("click", sensitivity);
    run();
  });
})();
