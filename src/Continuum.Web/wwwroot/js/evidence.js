"use strict";
(() => {
  const C = Continuum;
  const $ = id => document.getElementById(id);
  const slug = v => v.replace(/ /g, "-");

  function dataHref(d) {
    const areas = d.areas.map(a => a === "*" ? "WLD" : a).slice(0, 12).join(",");
    const q = new URLSearchParams({ indicator: d.indicator, areas, from: Math.max(1800, d.fromYear - 8), to: Math.min(2200, d.toYear + 7) });
    if (d.vintage) q.set("vintage", d.vintage);
    return "/data.html?" + q;
  }

  function row(r) {
    const links = C.el("td");
    for (const d of r.data) links.append(C.el("a", { href: dataHref(d), text: d.indicator }), " ");
    const claimText = r.measure ? `${r.claim} [${r.measure}]` : r.claim;
    return C.el("tr", { "data-id": r.id, "data-verdict": slug(r.verdict) },
      C.el("td", { text: r.id }),
      C.el("td", { text: claimText, title: r.note }),
      C.el("td", { class: "num", text: r.claimed }),
      C.el("td", { class: "num", text: C.fmt(r.measured, 4) }),
      C.el("td", { text: r.unit }),
      C.el("td", {}, C.el("span", { class: "verdict " + slug(r.verdict), text: r.verdict })),
      C.el("td", { class: "num", text: r.gap === null ? "–" : C.fmt(r.gap, 4) }),
      C.el("td", { class: "meta", text: r.source ? `${r.source} · ${r.vintage}` : (r.missing || "") }),
      links);
  }

  async function chart(card, id) {
    const box = card.querySelector(".chart");
    try {
      const c = await C.getJson(`/api/evidence/${encodeURIComponent(id)}/chart`);
      if (c.lines.length === 0) { box.textContent = "Nothing to chart for this claim."; box.dataset.points = "0"; return; }
      C.lineChart(box, c.lines.map(l => ({ name: `${l.name} (${l.vintage})`, years: l.years, values: l.values })),
        { title: c.title, yLabel: c.yLabel, height: 260 });
      const src = [...new Set(c.lines.map(l => `${l.source} · ${l.vintage}`))].join("; ");
      const png = C.el("button", { type: "button", class: "secondary", text: "PNG" });
      png.addEventListener("click", () => C.downloadCanvas(box, `${id}.png`));
      card.append(C.el("p", { class: "legend-vintage", text: "Source: " + src }), png);
    } catch (e) { C.showError(box, e); }
  }

  function cards(rows) {
    const box = $("claims");
    box.innerHTML = "";
    const seen = new Set();
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      const verdicts = rows.filter(x => x.id === r.id).map(x => C.el("span", { class: "verdict " + slug(x.verdict), text: x.verdict }));
      const card = C.el("section", { class: "panel claim", id: "claim-" + r.id },
        C.el("h3", { text: r.id + " " }), C.el("p", { text: r.claim }),
        C.el("p", { class: "meta", text: `${r.speaker} — ${r.session}` }), C.el("div", { class: "chart" }));
      card.querySelector("h3").append(...verdicts);
      box.append(card);
      chart(card, r.id);
    }
  }

  async function load() {
    const session = $("session").value, verdict = $("verdict").value;
    C.setQuery({ session, verdict });
    const q = new URLSearchParams();
    if (session) q.set("session", session);
    if (verdict) q.set("verdict", verdict);
    $("error").textContent = "";
    try {
      const v = await C.getJson("/api/evidence?" + q);
      $("title").textContent = v.title;
      fill($("session"), v.sessions, session, s => s);
      fill($("verdict"), v.verdicts, verdict, slug);
      const body = document.querySelector("#ledger tbody");
      body.replaceChildren(...v.rows.map(row));
      const counts = v.verdicts.map(x => `${v.rows.filter(r => r.verdict === x).length} ${x}`).join(", ");
      $("summary").textContent = `${v.rows.length} rows: ${counts}.`;
      cards(v.rows);
    } catch (e) { C.showError($("error"), e); }
  }

  function fill(select, values, chosen, toValue) {
    if (select.dataset.filled) return;
    select.dataset.filled = "1";
    select.replaceChildren(select.options[0], ...values.map(v => C.el("option", { value: toValue(v), text: v })));
    select.value = chosen;
  }

  document.addEventListener("DOMContentLoaded", () => {
    const q = C.query();
    for (const id of ["session", "verdict"]) {
      const v = q.get(id);
      if (v) $(id).append(C.el("option", { value: v, text: v }));
      $(id).value = v || "";
      $(id).addEventListener("change", load);
    }
    load();
  });
})();
