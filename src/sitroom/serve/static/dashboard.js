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
    var map = L.map(mapDiv, { preferCanvas: true, worldCopyJump: true, maxZoom: 14, minZoom: 2 }).setView([35.0, 38.5], 6);
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
      // place names: countries when zoomed out, governorates when zoomed in
      map.createPane("labels");
      map.getPane("labels").style.zIndex = 450;
      map.getPane("labels").style.pointerEvents = "none";
      var labels = { country: L.layerGroup(), admin1: L.layerGroup() };
      gj.features.forEach(function (f) {
        var pr = f.properties;
        if (!pr.name || !pr.label || !labels[pr.layer]) { return; }
        L.marker(pr.label, { icon: L.divIcon({ className: "place-label place-" + pr.layer, html: el("span", pr.name),
                                                iconSize: null }),
                             interactive: false, keyboard: false, pane: "labels" }).addTo(labels[pr.layer]);
      });
      var showLabels = function () {
        var z = map.getZoom();
        [["country", z >= 3 && z < 8], ["admin1", z >= 6]].forEach(function (kv) {
          if (kv[1]) { labels[kv[0]].addTo(map); } else { labels[kv[0]].remove(); }
        });
      };
      map.on("zoomend", showLabels);
      showLabels();
      mapDiv.setAttribute("data-basemap", "ready");
    }).catch(function () { mapDiv.setAttribute("data-basemap", "failed"); });
    // markers are DOM icons (reachable by Tab, Enter opens them) grouped by Leaflet.markercluster;
    // a click (or Enter) on a cluster lists its events beside the map instead of zooming
    var clusters = L.markerClusterGroup ? L.markerClusterGroup({
      zoomToBoundsOnClick: false, showCoverageOnHover: false, maxClusterRadius: 40, chunkedLoading: true
    }) : L.layerGroup();
    var listBox = document.getElementById("map-list");
    function showList(markers) {
      if (!listBox) { return; }
      listBox.textContent = "";
      listBox.hidden = false;
      var head = el("div", markers.length + " events here", "map-list-head");
      var close = el("button", "×", "link");
      close.type = "button";
      close.setAttribute("aria-label", "Close the list");
      close.addEventListener("click", function () { listBox.hidden = true; });
      head.appendChild(close);
      listBox.appendChild(head);
      var ul = el("ul");
      markers.slice().sort(function (a, b) { return (b.options.ev[7] || "").localeCompare(a.options.ev[7] || ""); })
        .slice(0, 200).forEach(function (m) {
          var p = m.options.ev, li = el("li"), a = el("a", (p[7] || "?") + " · " + (p[3] || "event") + " · " + (p[6] || "") +
                                                   " · " + p[4] + " killed");
          a.href = "/events/" + encodeURIComponent(p[0]);
          a.className = "map-list-event";
          li.appendChild(a);
          ul.appendChild(li);
        });
      listBox.appendChild(ul);
      var firstLink = listBox.querySelector("a");
      if (firstLink) { firstLink.focus(); }
    }
    clusters.on("clusterclick", function (e) { showList(e.layer.getAllChildMarkers()); });
    getJSON("/api/map?" + query).then(function (data) {
      var bounds = [], markers = [];
      data.points.forEach(function (p) {
        var lat = p[1], lon = p[2], type = p[3], fat = p[4], kind = p[5];
        var size = 10 + Math.min(14, Math.round(Math.sqrt(fat || 0) * 2));
        var icon = L.divIcon({
          className: "ev-marker" + (kind === "aggregate" ? " ev-tally" : ""),
          html: "", iconSize: [size, size]
        });
        var m = L.marker([lat, lon], { icon: icon, keyboard: true, ev: p,
                                       title: (p[7] || "") + " " + (type || "event") + ", " + fat + " killed" });
        m.on("add", function () { var n = m.getElement(); if (n) { n.style.backgroundColor = colour(type); } });
        var pop = el("div");
        pop.appendChild(el("strong", type || "event"));
        pop.appendChild(el("div", (p[7] || "") + " · " + (p[6] || "")));
        pop.appendChild(el("div", (kind === "aggregate" ? "tally · " : "") + "fatalities: " + fat));
        var a = el("a", "open event");
        a.href = "/events/" + encodeURIComponent(p[0]);
        pop.appendChild(a);
        m.bindPopup(pop);
        markers.push(m);
        bounds.push([lat, lon]);
      });
      if (clusters.addLayers) { clusters.addLayers(markers); } else { markers.forEach(function (m) { clusters.addLayer(m); }); }
      clusters.addTo(map);
      if (bounds.length) { map.fitBounds(bounds, { maxZoom: 8, padding: [20, 20] }); }
      mapDiv.setAttribute("data-events", String(data.points.length));
      if (data.truncated) {
        var note = L.control({ position: "bottomleft" });
        note.onAdd = function () { return el("div", "Showing the latest " + data.points.length + " events", "hint"); };
        note.addTo(map);
      }
      var unplaced = document.getElementById("unplaced");
      if (unplaced && data.unplaced) {
        unplaced.hidden = false;
        document.getElementById("unplaced-count").textContent = data.unplaced + (data.unplaced === 1 ? " event" : " events") +
          " not on the map (no coordinates)";
        var ul = document.getElementById("unplaced-list");
        data.unplaced_events.forEach(function (e) {
          var li = el("li"), a = el("a", (e.event_date || "?") + " · " + (e.event_type || "event") + " · " + (e.location || ""));
          a.href = "/events/" + encodeURIComponent(e.event_id);
          li.appendChild(a);
          ul.appendChild(li);
        });
        if (data.unplaced > data.unplaced_events.length) { ul.appendChild(el("li", "… and " + (data.unplaced - data.unplaced_events.length) + " more", "hint")); }
        mapDiv.setAttribute("data-unplaced", String(data.unplaced));
      }
      mapDiv.setAttribute("data-ready", "1");
    }).catch(function (err) {
      mapDiv.appendChild(el("p", "The events could not be loaded.", "error"));
      if (window.console) { console.error(err); }
    });
  }

  // --- timeline ----------------------------------------------------------------------------
  // bars per day, week (Monday) or month, chosen by the span unless the reader picks one; an
  // axis with ticks; dragging across it (a brush) filters the page to that date range
  var DAY = 86400000;
  var tl = document.getElementById("timeline");
  var binSelect = document.getElementById("timeline-bins");
  var timelineRows = null;
  if (tl) {
    getJSON("/api/aggregates/daily?" + (tl.getAttribute("data-query") || "")).then(function (data) {
      timelineRows = data.incidents;
      drawTimeline(tl, timelineRows, binSelect ? binSelect.value : "auto");
      tl.setAttribute("data-ready", "1");
    }).catch(function () { tl.textContent = "The timeline could not be loaded."; });
    if (binSelect) {
      binSelect.addEventListener("change", function () { if (timelineRows) { drawTimeline(tl, timelineRows, binSelect.value); } });
    }
  }

  function svg(tag, attrs, parent) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function iso(t) { return new Date(t).toISOString().slice(0, 10); }
  function binStart(t, bin) {
    var d = new Date(t);
    if (bin === "month") { return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); }
    if (bin === "week") { return t - ((d.getUTCDay() + 6) % 7) * DAY; }
    return t;
  }
  function binNext(t, bin) {
    var d = new Date(t);
    if (bin === "month") { return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); }
    return t + (bin === "week" ? 7 : 1) * DAY;
  }
  function chooseBin(spanDays) { return spanDays <= 120 ? "day" : (spanDays <= 1100 ? "week" : "month"); }

  function ticks(t0, t1) {
    // month ticks for spans under two years, else year ticks (every n years to keep ~8 labels)
    var out = [], d = new Date(t0), spanDays = (t1 - t0) / DAY;
    if (spanDays <= 45) {
      var step = Math.max(1, Math.ceil(spanDays / 8));
      for (var t = t0; t <= t1; t += step * DAY) { out.push([t, iso(t).slice(5)]); }
      return out;
    }
    if (spanDays <= 730) {
      var m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1), every = Math.max(1, Math.ceil(spanDays / 30 / 8));
      for (var i = 0; m <= t1; i++) {
        if (i % every === 0) { out.push([m, new Date(m).toISOString().slice(0, 7)]); }
        var md = new Date(m); m = Date.UTC(md.getUTCFullYear(), md.getUTCMonth() + 1, 1);
      }
      return out;
    }
    var y0 = d.getUTCFullYear() + 1, y1 = new Date(t1).getUTCFullYear(), ey = Math.max(1, Math.ceil((y1 - y0 + 1) / 8));
    for (var y = y0; y <= y1; y += ey) { out.push([Date.UTC(y, 0, 1), String(y)]); }
    return out;
  }

  function drawTimeline(box, rows, wanted) {
    box.textContent = "";
    if (!rows.length) { box.appendChild(el("p", "No dated incidents.", "hint")); return; }
    var days = rows.map(function (r) { return Date.parse(r.date + "T00:00:00Z"); });
    var first = Math.min.apply(null, days), last = Math.max.apply(null, days);
    var bin = wanted === "auto" ? chooseBin((last - first) / DAY) : wanted;
    var bins = {}, types = {};
    rows.forEach(function (r, i) {
      var k = binStart(days[i], bin);
      var b = bins[k] || (bins[k] = { total: 0, fatalities: 0, byType: {} });
      b.byType[r.event_type] = (b.byType[r.event_type] || 0) + r.events;
      b.total += r.events; b.fatalities += r.fatalities; types[r.event_type] = true;
    });
    var t0 = binStart(first, bin), t1 = binNext(binStart(last, bin), bin);
    var W = 600, H = 300, L = 40, R = 40, T = 10, B = 34, plotW = W - L - R, plotH = H - T - B;
    var x = function (t) { return L + (t - t0) / (t1 - t0) * plotW; };
    var maxEv = 1, maxFat = 1;
    Object.keys(bins).forEach(function (k) { maxEv = Math.max(maxEv, bins[k].total); maxFat = Math.max(maxFat, bins[k].fatalities); });
    var s = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "group", "data-bin": bin,
                         "aria-label": "Incidents and fatalities per " + bin }, box);
    svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: "#888" }, s);
    var lab = function (xx, y, text, anchor) {
      var t = svg("text", { x: xx, y: y, "font-size": 11, "text-anchor": anchor || "start", fill: "#333" }, s);
      t.textContent = text;
    };
    ticks(t0, t1).forEach(function (tk) {
      var xx = x(tk[0]);
      svg("line", { x1: xx, y1: H - B, x2: xx, y2: H - B + 5, stroke: "#888", "class": "tick" }, s);
      lab(xx, H - B + 17, tk[1], "middle");
    });
    var typeList = Object.keys(types).sort();
    var linePts = [];
    Object.keys(bins).map(Number).sort(function (a, b) { return a - b; }).forEach(function (k) {
      var end = binNext(k, bin), x0 = x(k), bw = Math.max(1, x(end) - x0), y = H - B;
      var from = iso(k), to = iso(end - DAY);
      var g = svg("g", { "class": "bar-group", tabindex: 0, role: "button", "data-from": from, "data-to": to,
                         "aria-label": (from === to ? from : from + " to " + to) + ": " + bins[k].total +
                                       " incidents, " + bins[k].fatalities + " killed" }, s);
      typeList.forEach(function (t) {
        var n = bins[k].byType[t] || 0;
        if (!n) { return; }
        var h = n / maxEv * plotH;
        y -= h;
        var rect = svg("rect", { x: x0 + 0.25, y: y, width: Math.max(0.5, bw - 0.5), height: h, fill: colour(t),
                                 "class": "bar", "data-date": from }, g);
        svg("title", {}, rect).textContent = (from === to ? from : from + " – " + to) + " · " + t + ": " + n + " incident(s)";
      });
      var go = function () { refilter({ date_from: from, date_to: to }); };
      g.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); go(); } });
      g.addEventListener("click", function (e) { if (!dragged) { go(); } e.stopPropagation(); });
      linePts.push((x0 + bw / 2).toFixed(1) + "," + (H - B - bins[k].fatalities / maxFat * plotH).toFixed(1));
    });
    svg("polyline", { points: linePts.join(" "), fill: "none", stroke: "#111", "stroke-width": 1.5,
                      "stroke-dasharray": "4 2", "pointer-events": "none" }, s);
    lab(L - 4, T + 10, String(maxEv), "end");
    lab(W - R + 4, T + 10, String(maxFat));
    // the brush
    var brush = svg("rect", { "class": "brush", x: 0, y: T, width: 0, height: plotH, fill: "rgba(41,128,185,0.2)",
                              stroke: "#2980b9", "pointer-events": "none" }, s);
    var startX = null, dragged = false;
    var toX = function (ev) {
      var r = s.getBoundingClientRect();
      return Math.max(L, Math.min(W - R, (ev.clientX - r.left) / r.width * W));
    };
    var toT = function (xx) { return t0 + (xx - L) / plotW * (t1 - t0); };
    s.addEventListener("mousedown", function (ev) { startX = toX(ev); dragged = false; ev.preventDefault(); });
    s.addEventListener("mousemove", function (ev) {
      if (startX === null) { return; }
      var cur = toX(ev);
      if (Math.abs(cur - startX) > 3) { dragged = true; }
      brush.setAttribute("x", Math.min(cur, startX)); brush.setAttribute("width", Math.abs(cur - startX));
    });
    window.addEventListener("mouseup", function (ev) {
      if (startX === null) { return; }
      var endX = toX(ev), a = Math.min(startX, endX), b = Math.max(startX, endX);
      startX = null;
      if (!dragged) { return; }
      var from = iso(binStart(toT(a), "day")), to = iso(binStart(toT(b), "day"));
      box.setAttribute("data-brushed", from + "/" + to);
      refilter({ date_from: from, date_to: to });
    });
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
