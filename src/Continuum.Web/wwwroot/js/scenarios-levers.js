"use strict";
// The lever inputs of the Scenarios form, built from GET /api/schema/levers: every name, label, unit, range, default and help
// text comes from the server's lever specs (no lever is named here). fill() shows a scenario's levers; read() returns the
// levers set in the form as the run request's {engine, development} objects, keyed by lever name as in the TOML.
const ScenarioLevers = (() => {
  const C = Continuum;
  const $ = id => document.getElementById(id);
  let schema = { engine: [], development: [] };
  let regions = [];

  const title = s => `${s.name.replace(/_/g, " ")} (${s.unit}, ${s.range})`;
  const num = (spec, value, attrs) => C.el("input", { type: "number", step: "any", min: String(spec.min),
    ...(spec.maxExclusive ? {} : { max: String(spec.max) }), title: spec.help, placeholder: spec.default === null ? "" : String(spec.default),
    value: value === undefined || value === null ? "" : String(value), ...attrs });
  const pick = (cls, value) => {
    const s = C.el("select", { class: cls }, ...regions.map(c => C.el("option", { value: c, text: c })));
    if (value) s.value = value;
    return s;
  };
  const remove = () => {
    const b = C.el("button", { type: "button", class: "secondary scn-remove", text: "×", "aria-label": "remove" });
    b.addEventListener("click", () => b.closest("tr").remove());
    return b;
  };

  /** Loads the lever specs once. */
  async function load() { schema = await C.getJson("/api/schema/levers"); }

  function corridorRow(spec, corridor, value) {
    const [h, o] = corridor ? corridor.split("-") : [regions[0], regions[1] || regions[0]];
    const fields = spec.fields.length ? spec.fields : [spec];
    const cells = fields.map(f => C.el("td", {}, num(f, spec.fields.length ? (value || {})[f.name] : value,
      { "data-field": spec.fields.length ? f.name : "", "aria-label": `${spec.name} ${f.name} ${corridor || ""}` })));
    $(`dev-${spec.name}`).querySelector("tbody").append(C.el("tr", {}, C.el("td", {}, pick("scn-host", h)), C.el("td", {}, pick("scn-origin", o)),
      ...cells, C.el("td", {}, remove())));
  }

  function corridorTable(spec, values) {
    const fields = spec.fields.length ? spec.fields : [spec];
    const table = C.el("table", { id: `dev-${spec.name}`, class: "scn-table", "data-spec": spec.name },
      C.el("caption", { text: `${title(spec)}: ${spec.help}` }),
      C.el("thead", {}, C.el("tr", {}, C.el("th", { text: "host" }), C.el("th", { text: "origin" }),
        ...fields.map(f => C.el("th", { text: spec.fields.length ? title(f) : spec.unit, title: f.help })), C.el("th"))), C.el("tbody"));
    const add = C.el("button", { type: "button", class: "secondary", id: `dev-${spec.name}-add`, text: `Add ${spec.name.replace(/_/g, " ")}` });
    add.addEventListener("click", () => corridorRow(spec));
    return { nodes: [table, add], rows: () => { for (const [k, v] of Object.entries(values || {})) if (k !== "ALL") corridorRow(spec, k, v); } };
  }

  /** Builds the inputs for scenario s (its countries and regions) showing levers ({engine, development}; default: the scenario's). */
  function fill(s, levers) {
    regions = s.regions;
    const engine = (levers && levers.engine) || s.engine || {};
    const dev = (levers && levers.development) || s.development || {};
    $("levers").replaceChildren(
      C.el("thead", {}, C.el("tr", {}, C.el("th", { text: "country" }), ...schema.engine.map(spec => C.el("th", { text: title(spec), title: spec.help })))),
      C.el("tbody", {}, ...s.countries.map(c => C.el("tr", {}, C.el("td", { text: c }), ...schema.engine.map(spec => C.el("td", {},
        num(spec, (engine[spec.name] || {})[c], { id: `engine-${spec.name}-${c}`, "data-table": "engine", "data-lever": spec.name, "data-key": c })))))));
    const controls = C.el("div", { class: "controls" });
    const tables = [];
    const after = [];
    for (const spec of schema.development) {
      const value = dev[spec.name];
      if (spec.key === "scalar") controls.append(C.el("label", { text: `${title(spec)} `, title: spec.help }, num(spec, value, { id: `dev-${spec.name}`, "data-scalar": spec.name })));
      else if (spec.key === "yearRange") {
        controls.append(C.el("label", { text: `${spec.name.replace(/_/g, " ")}: first `, title: spec.help },
          C.el("input", { type: "number", step: "1", id: `dev-${spec.name}-first`, "data-years": spec.name, value: value ? String(value[0]) : "" })),
        C.el("label", { text: "last " }, C.el("input", { type: "number", step: "1", id: `dev-${spec.name}-last`, value: value ? String(value[1]) : "" })));
      } else if (spec.key === "allOrCorridor" || spec.key === "corridorTable") {
        if (spec.key === "allOrCorridor") controls.append(C.el("label", { text: `${title(spec)}, ALL `, title: spec.help },
          num(spec, (value || {}).ALL, { id: `dev-${spec.name}-ALL`, "data-table": "development", "data-lever": spec.name, "data-key": "ALL" })));
        const t = corridorTable(spec, value);
        tables.push(...t.nodes);
        after.push(t.rows);
      }
    }

    const perCountry = schema.development.filter(spec => spec.key === "country");
    tables.push(C.el("table", { id: "dev-countries", class: "scn-table" }, C.el("caption", { text: "By country" }),
      C.el("thead", {}, C.el("tr", {}, C.el("th", { text: "country" }), ...perCountry.map(spec => C.el("th", { text: title(spec), title: spec.help })))),
      C.el("tbody", {}, ...regions.map(c => C.el("tr", {}, C.el("td", { text: c }), ...perCountry.map(spec => C.el("td", {},
        num(spec, (dev[spec.name] || {})[c], { id: `dev-${spec.name}-${c}`, "data-table": "development", "data-lever": spec.name, "data-key": c }))))))));
    $("dev-inputs").replaceChildren(controls, ...tables);
    for (const rows of after) rows();
  }

  /** The levers set in the form as {engine, development} (empty inputs are left out). */
  function read() {
    const engine = {}, development = {};
    const put = (o, name, key, v) => { (o[name] = o[name] || {})[key] = v; };
    for (const input of document.querySelectorAll("input[data-lever]")) {
      if (input.value !== "") put(input.dataset.table === "engine" ? engine : development, input.dataset.lever, input.dataset.key, Number(input.value));
    }
    for (const input of document.querySelectorAll("input[data-scalar]")) if (input.value !== "") development[input.dataset.scalar] = Number(input.value);
    for (const input of document.querySelectorAll("input[data-years]")) {
      const last = $(`dev-${input.dataset.years}-last`);
      if (input.value !== "" && last.value !== "") development[input.dataset.years] = [Number(input.value), Number(last.value)];
    }
    for (const table of document.querySelectorAll("table[data-spec]")) {
      for (const tr of table.querySelectorAll("tbody tr")) {
        const key = `${tr.querySelector(".scn-host").value}-${tr.querySelector(".scn-origin").value}`;
        const inputs = [...tr.querySelectorAll("input[data-field]")];
        if (inputs.every(i => i.value === "")) continue;
        if (inputs.length === 1 && inputs[0].dataset.field === "") put(development, table.dataset.spec, key, Number(inputs[0].value));
        else put(development, table.dataset.spec, key, Object.fromEntries(inputs.filter(i => i.value !== "").map(i => [i.dataset.field, Number(i.value)])));
      }
    }
    return { engine, development };
  }

  return { load, fill, read };
})();
