"use strict";
(() => {
  const C = Continuum;
  const $ = id => document.getElementById(id);
  const fields = ["extra_admissions", "from", "years", "relative_productivity", "demand_multiplier"];

  async function run() {
    const q = new URLSearchParams();
    for (const f of fields) if ($(f).value !== "") q.set(f, $(f).value);
    C.setQuery(Object.fromEntries(q));
    $("model-error").textContent = "";
    try {
      const r = await C.getJson("/api/models/host-economy?" + q);
      $("model-charts").replaceChildren(...r.indicators.map(i => C.el("section", { class: "panel claim", id: "indicator-" + i.name },
        C.el("h3", { text: `${i.name.replace(/_/g, " ")} (${i.differenceUnit})` }), C.el("div", { class: "chart" }))));
      for (const i of r.indicators) {
        const box = document.querySelector(`#indicator-${i.name} .chart`);
        C.lineChart(box, [{ name: "scenario − base", years: i.years, values: i.difference }],
          { title: `+${C.fmt(r.extraAdmissionsPersonsPerYear)} a year from ${r.fromYear} for ${r.admissionYears} years`, yLabel: i.differenceUnit, height: 220 });
        const png = C.el("button", { type: "button", class: "secondary", text: "PNG" });
        png.addEventListener("click", () => C.downloadCanvas(box, `host-economy-${i.name}.png`));
        box.parentElement.append(png);
      }
    } catch (e) { C.showError($("model-error"), e); }
  }

  document.addEventListener("DOMContentLoaded", () => {
    const q = C.query();
    for (const f of fields) if (q.get(f) !== null) $(f).value = q.get(f);
    $("model-form").addEventListener("submit", ev => { ev.preventDefault(); run(); });
    run();
  });
})();
