"use strict";
// Shared helpers of the dashboard pages: the layout, API calls, errors, charts (uPlot), chart panels and the CSV writer.
// Layout: a page writes <continuum-header></continuum-header> first in <body data-page="ID"> and loads this script (docs/web.md).
const Continuum = (() => {
  const palette = ["#1f5fae", "#d9480f", "#2b8a3e", "#862e9c", "#c92a2a", "#0b7285", "#e67700", "#5c940d", "#364fc7", "#a61e4d", "#495057", "#087f5b"];
  const pages = [["home", "/", "Home"], ["evidence", "/evidence.html", "Evidence"], ["data", "/data.html", "Data explorer"], ["models", "/models.html", "Models"], ["scenarios", "/scenarios.html", "Scenarios"]];

  // The layout every page shares, declared once. A page writes <continuum-header></continuum-header> as the first child
  // of <body data-page="ID"> and loads /js/app.js after its content; the element becomes the site header and its
  // navigation (the link whose ID is the page's data-page is marked active).
  class HeaderElement extends HTMLElement {
    connectedCallback() {
      const here = document.body.dataset.page;
      const links = pages.map(([id, href, text]) => el("a", id === here ? { href, class: "active", "aria-current": "page", text } : { href, text }));
      this.replaceWith(el("header", {}, el("span", { class: "brand", text: "Continuum" }), el("nav", { id: "nav", "aria-label": "Pages" }, ...links)));
    }
  }

  async function request(url, options) {
    const res = await fetch(url, options);
    const text = await res.text();
    let body = null;
    try { body = text ? JSON.parse(text) : null; } catch { body = null; }
    if (!res.ok) {
      const msg = body && body.error ? body.error + (body.field ? ` (${body.field})` : "") : `${res.status} ${res.statusText}`;
      const err = new Error(msg);
      err.status = res.status;
      throw err;
    }
    return body;
  }

  const getJson = url => request(url);

  function showError(el, e) {
    el.textContent = e && e.message ? e.message : String(e);
    el.classList.add("error");
  }

  function fmt(v, digits) {
    if (v === null || v === undefined || Number.isNaN(v)) return "–";
    const a = Math.abs(v);
    if (digits !== undefined) return v.toLocaleString("en", { maximumFractionDigits: digits });
    if (a >= 1e12) return (v / 1e12).toFixed(2) + " T";
    if (a >= 1e9) return (v / 1e9).toFixed(2) + " bn";
    if (a >= 1e6) return (v / 1e6).toFixed(2) + " M";
    if (a >= 1e4) return v.toLocaleString("en", { maximumFractionDigits: 0 });
    return v.toLocaleString("en", { maximumFractionDigits: 3 });
  }

  // lines: [{name, years:[...], values:[...]}] → an interactive uPlot chart in el.
  function lineChart(el, lines, opts) {
    el.innerHTML = "";
    const years = [...new Set(lines.flatMap(l => l.years))].sort((a, b) => a - b);
    const data = [years];
    for (const l of lines) {
      const byYear = new Map(l.years.map((y, i) => [y, l.values[i]]));
      data.push(years.map(y => byYear.has(y) ? byYear.get(y) : null));
    }
    const points = lines.reduce((n, l) => n + l.years.length, 0);
    el.dataset.points = String(points);
    if (points === 0) {
      el.textContent = "No data for this selection.";
      return null;
    }
    const width = Math.max(320, el.clientWidth || 600);
    let colour = -1;
    const series = [{ label: "year" }].concat(lines.map(l => {
      if (!l.band) colour++;
      const stroke = palette[colour % palette.length];
      return l.band
        ? { label: l.name, stroke, width: 1, dash: [4, 4], spanGaps: false, points: { show: false }, value: (u, v) => fmt(v) }
        : { label: l.name, stroke, width: 2, spanGaps: false, points: { show: l.years.length < 40 }, value: (u, v) => fmt(v) };
    }));
    return new uPlot({
      title: opts && opts.title, width, height: (opts && opts.height) || 300, series,
      axes: [{ values: (u, vals) => vals.map(v => String(v)) }, { label: opts && opts.yLabel, size: 90, labelSize: 20, values: (u, vals) => vals.map(v => fmt(v)) }],
      scales: { x: { time: false } },
    }, data, el);
  }

  function downloadCanvas(el, name) {
    const canvas = el.querySelector("canvas");
    if (!canvas) return;
    const a = document.createElement("a");
    a.href = canvas.toDataURL("image/png");
    a.download = name;
    a.click();
  }

  // The one CSV writer of the dashboard: rows of cells → text, a cell quoted only when it holds a comma, a quote or a
  // line break (as the CLI and the API write CSV); null and undefined are empty cells; lines end with "\n".
  function csvCell(v) {
    if (v === null || v === undefined) return "";
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }

  const csv = rows => rows.map(r => r.map(csvCell).join(",")).join("\n") + "\n";

  function downloadText(name, text) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  // A chart's panel: a section (id) with its title, the chart box (section.querySelector(".chart")) and a PNG button,
  // and a CSV button when csvText (a function returning the file's text) is given; downloads are named file.png/.csv.
  function chartPanel({ id, title, file, csvText }) {
    const box = el("div", { class: "chart" });
    const png = el("button", { type: "button", class: "secondary", text: "PNG" });
    png.addEventListener("click", () => downloadCanvas(box, `${file}.png`));
    const buttons = el("div", { class: "model-buttons" }, png);
    if (csvText) {
      const button = el("button", { type: "button", class: "secondary", text: "CSV" });
      button.addEventListener("click", () => downloadText(`${file}.csv`, csvText()));
      buttons.append(button);
    }
    return el("section", { class: "panel claim", id }, el("h3", { text: title }), box, buttons);
  }

  function query() { return new URLSearchParams(location.search); }

  function setQuery(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
    history.replaceState(null, "", location.pathname + (q.toString() ? "?" + q : ""));
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
    }
    for (const c of children) e.append(c);
    return e;
  }

  // Defined last: the pages' placeholders already parsed above this script are upgraded now, before the page's own scripts.
  customElements.define("continuum-header", HeaderElement);
  return { getJson, request, showError, fmt, lineChart, downloadCanvas, csv, downloadText, chartPanel, query, setQuery, el, palette };
})();
