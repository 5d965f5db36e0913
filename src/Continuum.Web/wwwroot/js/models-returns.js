"use strict";
// Returns page: one field per parameter of the returns parameter file, starting from the shipped example.
(() => {
  const C = Continuum;
  const $ = id => document.getElementById(id);
  const page = ContinuumModels.page("/api/models/returns", {
    prepare: async () => {
      const parameters = await C.getJson("/api/models/returns/parameters");
      $("returns-fields").replaceChildren(...parameters.map(p => C.el("label", { title: p.source },
        `${p.name.replace(/_/g, " ")} (${p.unit})`,
        C.el("input", { id: p.name, name: p.name, type: "number", step: "any", value: String(p.value) }))));
    },
  });

  document.addEventListener("DOMContentLoaded", () => {
    $("reset-params").addEventListener("click", () => { $("model-form").reset(); page.run(); });
  });
})();
