"use strict";
(() => {
  const C = Continuum;
  const $ = id => document.getElementById(id);
  let indicators = [], areas = [];
  const state = {};

  function saveState(extra) {
    Object.assign(state, extra);
    C.setQuery(state);
  }

  function seriesParams() {
    const q = new URLSearchParams({ indicator: $("indicator").value, areas: $("areas").value.replace(/\s+/g, ""), from: $("from").value, to: $("to").value });
    if ($("vintage").value) q.set("vintage", $("vintage").value);
    return q;
  }

  function fillVintages(chosen) {
    const info = indicators.find(i => i.indicator === $("indicator").value);
    $("vintage").replaceChildren(C.el("option", { value: "", text: "newest" }),
      ...(info ? info.vintages : []).map(v => C.el("option", { value: v, text: v })));
    $("vintage").value = chosen || "";
  }

  async function showSeries() {
    const q = seriesParams();
    saveState(Object.fromEntries(q));
    $("series-csv").href = "/api/data/series.csv?" + q;
    $("series-error").textContent = "";
    try {
      const s = await C.getJson("/api/data/series?" + q);
      C.lineChart($("series-chart"), s.lines.map(l => ({ name: `${l.areaName} (${l.area})`, years: l.years, values: l.values })),
        { title: `${s.name} [${s.unit}]`, yLabel: s.unit });
      const used = s.lines.map(l => `${l.area}: ${l.source} · ${l.vintage}`).join("; ");
      $("series-vintages").textContent = "Vintage: " + (used || "–") + (s.missing.length ? `. No data for ${s.missing.join(", ")}.` : "");
    } catch (e) { C.showError($("series-error"), e); }
  }

  function corridorParams() {
    return new URLSearchParams({ indicator: $("c-indicator").value, area: $("c-area").value, direction: $("c-direction").value, top: $("c-top").value });
  }

  async function showCorridors() {
    const q = corridorParams();
    saveState({ corridor: q.get("indicator"), country: q.get("area") || "world", direction: q.get("direction"), top: q.get("top") });
    $("corridor-csv").href = "/api/data/corridors.csv?" + q;
    $("corridor-error").textContent = "";
    try {
      const all = new URLSearchParams(q);
      all.set("all", "true");
      const v = await C.getJson("/api/data/corridors?" + all);
      const top = v.corridors.slice(0, parseInt(q.get("top"), 10) || 15);
      $("corridor-title").textContent = v.area
        ? `${v.indicator} (${v.unit}, ${v.vintage}) ${v.direction} ${v.area}: total ${C.fmt(v.total)} over ${v.corridors.length} partners`
        : `${v.indicator} (${v.unit}, ${v.vintage}): the ${v.corridors.length} largest corridors between countries`;
      document.querySelector("#corridors tbody").replaceChildren(...top.map((c, i) => C.el("tr", {},
        C.el("td", { text: String(i + 1) }), C.el("td", { text: c.from, title: v.direction === "to" ? c.partnerName : "" }), C.el("td", { text: c.to, title: v.direction === "from" ? c.partnerName : "" }),
        C.el("td", { class: "num", text: C.fmt(c.value) }))));
      // Worldwide, the map shows each destination's total over the listed corridors.
      const values = new Map();
      for (const c of v.corridors.filter(c => c.partnerM49 !== null)) values.set(c.partnerM49, (values.get(c.partnerM49) || 0) + c.value);
      const chosen = areas.find(a => a.code === v.area);
      await ContinuumMap.draw($("map"), $("map-scale"), values, chosen ? chosen.m49 : null, x => C.fmt(x));
    } catch (e) { C.showError($("corridor-error"), e); }
  }

  async function startImport(ev) {
    ev.preventDefault();
    $("import-error").textContent = "";
    const file = $("import-file").files[0];
    if (!file) { C.showError($("import-error"), new Error("choose a file first")); return; }
    const q = new URLSearchParams();
    for (const [k, id] of [["format", "import-format"], ["vintage", "import-vintage"], ["indicator", "import-indicator"]]) if ($(id).value) q.set(k, $(id).value);
    const headers = { "Content-Type": "application/octet-stream" };
    if ($("import-token").value) headers["X-Continuum-Token"] = $("import-token").value;
    try {
      const job = await C.request("/api/data/import?" + q, { method: "POST", headers, body: file });
      saveState({ job: job.id });
      ContinuumJobs.watch($("job"), job.id, reloadCatalog);
    } catch (e) { C.showError($("import-error"), e); }
  }

  async function reloadCatalog() {
    indicators = await C.getJson("/api/data/indicators");
  }

  function fillForms(q) {
    const plain = indicators.filter(i => !i.bilateral);
    const bilateral = indicators.filter(i => i.bilateral).sort((a, b) => (b.indicator.startsWith("KNOMAD") - a.indicator.startsWith("KNOMAD")));
    $("indicator").replaceChildren(...plain.map(i => C.el("option", { value: i.indicator, text: `${i.indicator} — ${i.name}` })));
    $("indicator").value = q.get("indicator") || "BX.TRF.PWKR.CD.DT";
    fillVintages(q.get("vintage"));
    for (const k of ["areas", "from", "to"]) if (q.get(k)) $(k).value = q.get(k);
    $("area-list").replaceChildren(...areas.map(a => C.el("option", { value: a.code, text: a.name })));
    $("c-indicator").replaceChildren(...bilateral.map(i => C.el("option", { value: i.indicator, text: i.name === i.indicator ? i.indicator : `${i.name} (${i.indicator})` })));
    $("c-indicator").value = q.get("corridor") || "KNOMAD.MIG.STOCK";
    $("c-area").replaceChildren(C.el("option", { value: "", text: "World: largest corridors" }),
      ...areas.filter(a => a.kind === "country").map(a => C.el("option", { value: a.code, text: `${a.name} (${a.code})` })));
    $("c-area").value = q.get("country") === "world" ? "" : (q.get("country") || "PHL");
    if (q.get("direction")) $("c-direction").value = q.get("direction");
    if (q.get("top")) $("c-top").value = q.get("top");
  }

  document.addEventListener("DOMContentLoaded", async () => {
    const q = C.query();
    for (const [k, v] of q) state[k] = v;
    try {
      [indicators, areas] = await Promise.all([C.getJson("/api/data/indicators"), C.getJson("/api/data/areas")]);
      const formats = ["wdi-long", "wdi-api-csv", "wb-api-json", "databank", "undesa-ims-xlsx", "undesa-ims-csv", "knomad-xlsx", "knomad-long", "wb-historical", "wpp", "abel-cohen", "ircc"];
      $("import-format").append(...formats.map(f => C.el("option", { value: f, text: f })));
      fillForms(q);
    } catch (e) { C.showError($("series-error"), e); return; }
    $("indicator").addEventListener("change", () => fillVintages(""));
    $("series-form").addEventListener("submit", ev => { ev.preventDefault(); showSeries(); });
    $("corridor-form").addEventListener("submit", ev => { ev.preventDefault(); showCorridors(); });
    $("series-png").addEventListener("click", () => C.downloadCanvas($("series-chart"), "series.png"));
    $("import-form").addEventListener("submit", startImport);
    showSeries();
    showCorridors();
    if (q.get("job")) ContinuumJobs.watch($("job"), q.get("job"), reloadCatalog);
  });
})();
