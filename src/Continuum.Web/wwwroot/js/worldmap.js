"use strict";
// A world map (Natural Earth 1:110m via world-atlas, shipped in /lib/atlas) coloured by value per M49 code.
const ContinuumMap = (() => {
  let atlas = null;
  const W = 960, H = 480;
  const ramp = ["#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"];

  function loadAtlas() {
    if (!atlas) atlas = fetch("/lib/atlas/countries-110m.json").then(r => r.json())
      .then(t => topojson.feature(t, t.objects.countries).features);
    return atlas;
  }

  function ring(coords) {
    let d = "";
    coords.forEach(([lon, lat], i) => { d += (i ? "L" : "M") + ((lon + 180) / 360 * W).toFixed(1) + "," + ((90 - lat) / 180 * H).toFixed(1); });
    return d + "Z";
  }

  function pathOf(geometry) {
    if (!geometry) return "";
    const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    return polys.map(p => p.map(ring).join("")).join("");
  }

  // values: Map(m49 number → value); chosen: m49 of the selected country or null.
  async function draw(container, scaleEl, values, chosen, format) {
    const features = await loadAtlas();
    const positive = [...values.values()].filter(v => v > 0);
    const lo = Math.log10(Math.max(1e-9, Math.min(...positive, 1e300)));
    const hi = Math.log10(Math.max(...positive, 1e-9));
    const colour = v => {
      if (!(v > 0)) return "#f2f2f2";
      const t = hi > lo ? (Math.log10(v) - lo) / (hi - lo) : 1;
      return ramp[Math.min(ramp.length - 1, Math.floor(t * ramp.length))];
    };
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    let coloured = 0;
    for (const f of features) {
      const m49 = parseInt(f.id, 10);
      const v = values.get(m49);
      if (v > 0) coloured++;
      const p = document.createElementNS(ns, "path");
      p.setAttribute("d", pathOf(f.geometry));
      p.setAttribute("fill", colour(v));
      if (m49 === chosen) p.setAttribute("class", "chosen");
      const title = document.createElementNS(ns, "title");
      title.textContent = `${f.properties.name}: ${v === undefined ? "no data" : format(v)}`;
      p.append(title);
      svg.append(p);
    }
    container.replaceChildren(svg);
    container.dataset.coloured = String(coloured);
    scaleEl.replaceChildren(document.createTextNode(positive.length ? format(Math.pow(10, lo)) + " " : ""),
      ...ramp.map(c => { const s = document.createElement("span"); s.className = "swatch"; s.style.background = c; return s; }),
      document.createTextNode(positive.length ? " " + format(Math.pow(10, hi)) + " (log scale)" : ""));
  }

  return { draw };
})();
