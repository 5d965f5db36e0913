"use strict";
(async () => {
  const s = await Continuum.getJson("/api/data/status");
  document.getElementById("status").textContent =
    `${s.storeFile}: ${s.observations.toLocaleString("en")} observations from ${s.datasets} imported files.`;
})().catch(e => Continuum.showError(document.getElementById("status"), e));
