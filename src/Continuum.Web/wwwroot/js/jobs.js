"use strict";
// Follows a background job; its id lives in the page URL (?job=...), so a reload finds it again.
const ContinuumJobs = (() => {
  function render(el, job) {
    el.hidden = false;
    el.dataset.state = job.state;
    const bar = Continuum.el("progress", { max: "1", value: String(job.progress) });
    const text = `job ${job.id} · ${job.kind} · ${job.state} · ${job.message}`;
    const parts = [Continuum.el("div", { text }), bar];
    if (job.error) parts.push(Continuum.el("div", { class: "error", text: job.error }));
    // Runs are charted by their page; only small results (imports) are shown as text.
    if (job.result && job.kind === "import") parts.push(Continuum.el("pre", { text: JSON.stringify(job.result, null, 2) }));
    el.replaceChildren(...parts);
  }

  async function watch(el, id, onDone) {
    for (;;) {
      let job;
      try { job = await Continuum.getJson(`/api/jobs/${encodeURIComponent(id)}`); } catch (e) { el.hidden = false; Continuum.showError(el, e); return; }
      render(el, job);
      if (job.state === "done" || job.state === "failed") { if (onDone) onDone(job); return; }
      await new Promise(r => setTimeout(r, 500));
    }
  }

  return { watch };
})();
