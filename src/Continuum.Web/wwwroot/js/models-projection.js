"use strict";
// Population projection page: the form of `continuum project`; with migration "file" the chosen CSV is sent
// as the body of a POST (the file itself cannot be kept in the address).
(() => {
  const C = Continuum;
  const $ = id => document.getElementById(id);
  ContinuumModels.page("/api/models/projection", {
    prepare: async () => {
      try {
        const areas = await C.getJson("/api/models/projection/areas");
        $("areas").replaceChildren(...areas.map(a => C.el("option", { value: a.code, label: a.name })));
      } catch (e) { console.warn("area list not loaded", e); }
    },
    changed: () => { $("migration-file-label").hidden = $("migration").value !== "file"; },
    fetch: async q => {
      if (q.get("migration") !== "file") return C.getJson("/api/models/projection" + (q.toString() ? "?" + q : ""));
      const file = $("migration-file").files[0];
      if (!file) throw new Error("choose a migration file (CSV: period_start,sex,age_start,net_migration_thousands; every projected period)");
      const post = new URLSearchParams(q);
      post.delete("migration");
      return C.request("/api/models/projection?" + post, { method: "POST", headers: { "Content-Type": "text/csv" }, body: file });
    },
  });
})();
