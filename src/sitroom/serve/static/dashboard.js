// Dashboard: Leaflet map over the offline basemap, and an SVG timeline of incidents per day.
// Every text that comes from data is set with textContent, never as HTML.
(function () {
  "use strict";
  var SVGNS = "http://www.w3.org/2000/svg";
  var PALETTE = {
    "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad", "Protests": "#2980b9", "Riots": "#16a085",
    "Strategic developments": "#7f8c8d", "Non-conflict": "#bdc3c7"
  };
  var EXTRA = ["#2c3e50", "#d35400", "#27ae60", "#f1c40f", "#9b59b6"];
  function colour(type) {
    if (!PALETTE[type]) { PALETTE[type] = EXTRA[Object.keys(PALETTE).length % EXTRA.length]; }
    return PALETTE[type];
  }
  function getJSON(url) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(url + ": " + r.status); } return r.json(); });
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  // navigate to the dashboard with some filters changed (and back to the first page)
  function refilter(changes) {
    var params = new URLSearchParams(window.location.search);
    Object.keys(changes).forEach(function (k) {
      if (changes[k] === null) { params.delete(k); } else { params.set(k, changes[k]); }
    });
    params.delete("page");
    window.location.search = params.toString();
  }

  // --- map ---------------------------------------------------------------------------------
  var mapDiv = document.getElementById("map");
  if (mapDiv && window.L) {
    var query = mapDiv.getAttribute("data-query") || "";
    var map = L.map(mapDiv, { preferCanvas: true, worldCopyJump: true }).setView([35.0, 38.5], 6);
    var tileUrl = mapDiv.getAttribute("data-tile-url");
    if (tileUrl) {
      L.tileLayer(tileUrl, { attribution: mapDiv.getAttribute("data-tile-attribution") || "", maxZoom: 18 }).addTo(map);
    }
    map.attributionControl.addAttribution("Natural Earth; geoBoundaries (CC BY 3.0 IGO)");
    var area = L.control({ position: "topright" });
    area.onAdd = function () {
      var box = el("div", null, "leaflet-bar area-control");
      var btn = el("button", "Filter to map view");
      btn.type = "button";
      btn.id = "filter-map-view";
      btn.addEventListener("click", function () {
        var b = map.getBounds();
        var r = function (v) { return (Math.round(v * 1000) / 1000).toString(); };
        refilter({ bbox: [r(b.getWest()), r(b.getSouth()), r(b.getEast()), r(b.getNorth())].join(",") });
      });
      box.appendChild(btn);
      if (new URLSearchParams(window.location.search).get("bbox")) {
        var clear = el("button", "Any area");
        clear.type = "button";
        clear.addEventListener("click", function () { refilter({ bbox: null }); });
        box.appendChild(clear);
      }
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    area.addTo(map);
    // the basemap gets its own pane under the events (bringToBack on a group would reverse
    // the order of its features and bury the governorates under the countries)
    map.createPane("basemap");
    map.getPane("basemap").style.zIndex = 350;
    getJSON("/basemap.geojson").then(function (gj) {
      L.geoJSON(gj, {
        interactive: false,
        pane: "basemap",
        renderer: L.canvas({ pane: "basemap" }),
        style: function (f) {
          var admin = f.properties.layer === "admin1";
          return tileUrl
            ? { color: admin ? "#555" : "#333", weight: admin ? 0.8 : 1, fill: false }
            : { color: admin ? "#9aa5b1" : "#7b8794", weight: admin ? 0.6 : 0.8,
                fillColor: admin ? "#f3efe4" : "#ece8dc", fillOpacity: 1 };
        }
      }).addTo(map);
      mapDiv.setAttribute("data-basemap", "ready");
    }).catch(function () { mapDiv.setAttribute("data-basemap", "failed"); });
    getJSON("/api/map?" + query).then(function (data) {
      var bounds = [];
      data.points.forEach(function (p) {
        var id = p[0], lat = p[1], lon = p[2], type = p[3], fat = p[4], kind = p[5];
        var m = L.circleMarker([lat, lon], {
          radius: 4 + Math.min(10, Math.sqrt(fat || 0)), color: colour(type), weight: kind === "aggregate" ? 2 : 1,
          fillOpacity: kind === "aggregate" ? 0.1 : 0.7, dashArray: kind === "aggregate" ? "3" : null
        });
        var pop = el("div");
        pop.appendChild(el("strong", type || "event"));
        pop.appendChild(el("div", (kind === "aggregate" ? "tally · " : "") + "fatalities: " + fat));
        var a = el("a", "open event");
        a.href = "/events/" + encodeURIComponent(id);
        pop.appendChild(a);
        m.bindPopup(pop);
        m.addTo(map);
        bounds.push([lat, lon]);
      });
      if (bounds.length) { map.fitBounds(bounds, { maxZoom: 8, padding: [20, 20] }); }
      mapDiv.setAttribute("data-events", String(data.points.length));
      if (data.truncated) {
        var note = L.control({ position: "bottomleft" });
        note.onAdd = function () { return el("div", "Showing the latest " + data.points.length + " events", "hint"); };
        note.addTo(map);
      }
    }).catch(function () { mapDiv.appendChild(el("p", "The events could not be loaded.", "error")); });
  }

  // --- timeline ----------------------------------------------------------------------------
  var tl = document.getElementById("timeline");
  if (tl) {
    getJSON("/api/aggregates/daily?" + (tl.getAttribute("data-query") || "")).then(function (data) {
      drawTimeline(tl, data.incidents);
    }).catch(function () { tl.textContent = "The timeline could not be loaded."; });
  }

  function svg(tag, attrs, parent) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function drawTimeline(box, rows) {
    box.textContent = "";
    if (!rows.length) { box.appendChild(el("p", "No dated incidents.", "hint")); return; }
    var days = {}, types = {};
    rows.forEach(function (r) {
      var d = days[r.date] || (days[r.date] = { total: 0, fatalities: 0, byType: {} });
      d.byType[r.event_type] = (d.byType[r.event_type] || 0) + r.events;
      d.total += r.events; d.fatalities += r.fatalities; types[r.event_type] = true;
    });
    var dates = Object.keys(days).sort();
    // a continuous day axis from first to last date
    var start = new Date(dates[0] + "T00:00:00Z"), end = new Date(dates[dates.length - 1] + "T00:00:00Z");
    var nDays = Math.round((end - start) / 86400000) + 1;
    var W = 600, H = 300, L = 40, R = 40, T = 10, B = 30;
    var bw = Math.max(1, (W - L - R) / nDays);
    var maxEv = 1, maxFat = 1;
    dates.forEach(function (k) { maxEv = Math.max(maxEv, days[k].total); maxFat = Math.max(maxFat, days[k].fatalities); });
    var s = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "Incidents and fatalities per day" }, box);
    var plotH = H - T - B;
    svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#888" }, s);
    var typeList = Object.keys(types).sort();
    var linePts = [];
    dates.forEach(function (k) {
      var i = Math.round((new Date(k + "T00:00:00Z") - start) / 86400000);
      var x = L + i * bw, y = H - B;
      typeList.forEach(function (t) {
        var n = days[k].byType[t] || 0;
        if (!n) { return; }
        var h = n / maxEv * plotH;
        y -= h;
        var rect = svg("rect", { x: x + 0.5, y: y, width: Math.max(0.5, bw - 1), height: h, fill: colour(t),
                                 "class": "bar", "data-date": k }, s);
        var title = svg("title", {}, rect);
        title.textContent = k + " · " + t + ": " + n + " incident(s) · click to show this day";
        rect.addEventListener("click", function () { refilter({ date_from: k, date_to: k }); });
      });
      linePts.push((x + bw / 2).toFixed(1) + "," + (H - B - days[k].fatalities / maxFat * plotH).toFixed(1));
    });
    svg("polyline", { points: linePts.join(" "), fill: "none", stroke: "#111", "stroke-width": 1.5, "stroke-dasharray": "4 2" }, s);
    var lab = function (x, y, text, anchor) {
      var t = svg("text", { x: x, y: y, "font-size": 11, "text-anchor": anchor || "start", fill: "#333" }, s);
      t.textContent = text;
    };
    lab(L - 4, T + 10, String(maxEv), "end");
    lab(W - R + 4, T + 10, String(maxFat));
    lab(L, H - 8, dates[0]);
    lab(W - R, H - 8, dates[dates.length - 1], "end");
    var legend = document.getElementById("legend");
    if (legend) {
      legend.textContent = "";
      typeList.forEach(function (t) {
        var item = el("span");
        var sw = el("span", null, "sw");
        sw.style.backgroundColor = colour(t);
        item.appendChild(sw);
        item.appendChild(document.createTextNode(t));
        legend.appendChild(item);
      });
      legend.appendChild(el("span", "- - fatalities (right scale: max " + maxFat + ")"));
    }
  }
})();
