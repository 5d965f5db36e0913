"use strict";
// Brain-gain page: the options of `continuum model brain-gain`; only the chosen model's fields are sent.
(() => {
  ContinuumModels.page("/api/models/brain-gain", {
    changed: form => {
      const model = form.querySelector("#model").value;
      for (const set of form.querySelectorAll("fieldset[data-for]")) {
        set.disabled = set.dataset.for !== model;
        set.hidden = set.disabled;
      }
    },
  });
})();
