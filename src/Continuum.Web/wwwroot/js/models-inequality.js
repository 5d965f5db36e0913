"use strict";
// Inequality page: a shipped household example (kept in the address) or an uploaded CSV (sent, never stored).
(() => {
  const C = Continuum;
  const $ = id => document.getElementById(id);
  const page = ContinuumModels.page("/api/models/inequality", {
    prepare: async () => {
      const examples = await C.getJson("/api/models/inequality/examples");
      $("example").replaceChildren(...examples.map((x, i) => {
        const o = C.el("option", { value: x, text: x + ".csv" });
        o.defaultSelected = i === 0;
        return o;
      }));
    },
  });

  async function upload() {
    const file = $("upload-file").files[0];
    $("model-error").textContent = "";
    if (!file) { page.error(new Error("choose a CSV file first")); return; }
    try {
      const result = await C.request("/api/models/inequality", { method: "POST", headers: { "Content-Type": "text/csv" }, body: file });
      page.render(result);
    } catch (e) { page.error(e); }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("upload-form").addEventListener("submit", ev => { ev.preventDefault(); upload(); });
  });
})();
