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

  const x = lon => ((lon + 180) / 360 * W).toFixed(1);
  const y = lat => ((90 - lat) / 180 * H).toFixed(1);

  // Natural Earth rings that cross the antimeridian jump from +180 to -180 (Russia, Fiji) or wind once around the
  // pole (Antarctica). Drawn as given, such a jump is a line across the whole map and the ring fills a band. So
  // longitudes are unwrapped along the ring (no step above 180°); a ring that then ends 360° from where it began
  // goes round a pole and is closed along that pole (the map's top or bottom edge).
  function unwrap(ring) {
    const out = [];
    let shift = 0, prev = null, latSum = 0;
    for (const [lon, lat] of ring) {
      if (prev !== null) {
        const step = lon + shift - prev;
        if (step > 180) shift -= 360; else if (step < -180) shift += 360;
      }
      prev = lon + shift;
      latSum += lat;
      out.push([prev, lat]);
    }
    const first = out[0][0], last = out[out.length - 1][0];
    if (Math.abs(last - first) > 180) {
      const pole = latSum < 0 ? -90 : 90;
      out.push([last, pole], [first, pole]);
    }
    return out;
  }

  // A polygon as unwrapped rings, holes moved by whole turns to sit with their outer ring.
  function unwrapPolygon(rings) {
    const [outer, ...holes] = rings.map(unwrap);
    const lons = outer.map(p => p[0]);
    const lo = Math.min(...lons), hi = Math.max(...lons), mid = (lo + hi) / 2;
    const moved = holes.map(h => { const turns = Math.round((mid - h[0][0]) / 360); return h.map(([lon, lat]) => [lon + 360 * turns, lat]); });
    return { rings: [outer, ...moved], lo, hi };
  }

  function ringPath(ring, offset) {
    let d = "";
    ring.forEach(([lon, lat], i) => { d += (i ? "L" : "M") + x(lon + offset) + "," + y(lat); });
    return d + "Z";
  }

  // Each polygon, plus its copy one turn east or west where that copy reaches into the map; the SVG clips the rest.
  function pathOf(geometry) {
    if (!geometry) return "";
    const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    let d = "";
    for (const p of polys.map(unwrapPolygon)) {
      for (const offset of [-360, 0, 360]) {
        if (p.lo + offset < 180 && p.hi + offset > -180) d += p.rings.map(r => ringPath(r, offset)).join("");
      }
    }
    return d;
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
    svg.setAttribute("overflow", "hidden");
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
