"use strict";
// The development levers of the Scenarios form ([development] in docs/scenarios.md): fill from a scenario, read as JSON.
const ScenarioLevers = (() => {
  const C = Continuum;
  const $ = id => document.getElementById(id);
  const perCountry = [["returnPremium", "premium", "0"], ["returnIncentive", "incentive", "0"], ["educationElasticity", "elasticity", "0"],
    ["extraAdmissions", "extra", "1"]];
  let countries = [];

  const num = (attrs, value) => C.el("input", { type: "number", step: "any", min: "0", value: value === undefined || value === null ? "" : String(value), ...attrs });
  const pick = (cls, value) => {
    const s = C.el("select", { class: cls }, ...countries.map(c => C.el("option", { value: c, text: c })));
    if (value) s.value = value;
    return s;
  };
  const remove = () => {
    const b = C.el("button", { type: "button", class: "secondary scn-remove", text: "×", "aria-label": "remove" });
    b.addEventListener("click", () => b.closest("tr").remove());
    return b;
  };

  function addCorridor(corridor, cost) {
    const [s, r] = corridor ? corridor.split("-") : [countries[0], countries[1] || countries[0]];
    $("dev-costs").querySelector("tbody").append(C.el("tr", {}, C.el("td", {}, pick("scn-sender", s)), C.el("td", {}, pick("scn-receiver", r)),
      C.el("td", {}, num({ class: "scn-cost", max: "1", "aria-label": `cost ${corridor || ""}` }, cost)), C.el("td", {}, remove())));
  }

  function addAgreement(corridor, agreement) {
    const [h, o] = corridor ? corridor.split("-") : [countries[0], countries[1] || countries[0]];
    $("dev-recognition").querySelector("tbody").append(C.el("tr", {}, C.el("td", {}, pick("scn-host", h)), C.el("td", {}, pick("scn-origin", o)),
      C.el("td", {}, num({ class: "scn-rate", max: "1" }, agreement ? agreement.rate : "")),
      C.el("td", {}, num({ class: "scn-delay" }, agreement ? agreement.delayYears : "")), C.el("td", {}, remove())));
  }

  /** Fills the inputs from development levers d (a scenario's, or the page address's) for the scenario's countries. */
  function fill(scenarioCountries, d) {
    countries = scenarioCountries;
    d = d || {};
    const cost = d.remittanceCost || {};
    $("dev-cost-all").value = cost.ALL ?? "";
    $("dev-costs").querySelector("tbody").replaceChildren();
    for (const [k, v] of Object.entries(cost)) if (k !== "ALL") addCorridor(k, v);
    $("dev-recognition").querySelector("tbody").replaceChildren();
    for (const [k, v] of Object.entries(d.credentialRecognition || {})) addAgreement(k, v);
    $("dev-countries").querySelector("tbody").replaceChildren(...countries.map(c => C.el("tr", {}, C.el("td", { text: c }),
      ...perCountry.map(([key, id, step]) => C.el("td", {}, num({ "data-dev": key, "data-country": c, id: `dev-${id}-${c}`, step: step === "1" ? "1" : "any" },
        (d[key] || {})[c]))))));
    const years = d.extraAdmissionsYears || [];
    $("dev-years-first").value = years[0] ?? "";
    $("dev-years-last").value = years[1] ?? "";
    $("dev-penalty").value = d.underemploymentPenalty ?? "";
  }

  /** The development levers set in the form, as the run request's "development" object (empty inputs are left out). */
  function read() {
    const d = {};
    const put = (key, k, v) => { (d[key] = d[key] || {})[k] = v; };
    if ($("dev-cost-all").value !== "") put("remittanceCost", "ALL", Number($("dev-cost-all").value));
    for (const tr of $("dev-costs").querySelectorAll("tbody tr")) {
      const cost = tr.querySelector(".scn-cost").value;
      if (cost !== "") put("remittanceCost", `${tr.querySelector(".scn-sender").value}-${tr.querySelector(".scn-receiver").value}`, Number(cost));
    }
    for (const tr of $("dev-recognition").querySelectorAll("tbody tr")) {
      const rate = tr.querySelector(".scn-rate").value;
      if (rate !== "") put("credentialRecognition", `${tr.querySelector(".scn-host").value}-${tr.querySelector(".scn-origin").value}`,
        { rate: Number(rate), delayYears: Number(tr.querySelector(".scn-delay").value || 0) });
    }
    for (const input of document.querySelectorAll("input[data-dev]")) if (input.value !== "") put(input.dataset.dev, input.dataset.country, Number(input.value));
    if ($("dev-years-first").value !== "" && $("dev-years-last").value !== "") d.extraAdmissionsYears = [Number($("dev-years-first").value), Number($("dev-years-last").value)];
    if ($("dev-penalty").value !== "") d.underemploymentPenalty = Number($("dev-penalty").value);
    return d;
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("dev-add-corridor").addEventListener("click", () => addCorridor());
    $("dev-add-agreement").addEventListener("click", () => addAgreement());
  });
  return { fill, read };
})();
