/* İZSA overview page: every project as a circle on one shared canvas renderer (fast at 100k points),
   coloured by primary SDG; popups built on demand; filter by visible ids and selection without
   rebuilding the page; district choropleth mode; legend. Data arrives as JSON over the web channel. */
(function () {
  "use strict";
  var NONE = "#8a8a8a";
  var RAMP = ["#fff5eb", "#fdd0a2", "#fd8d3c", "#d94801", "#7f2704"];

  IZSA.pages.overview = function (map, cfg) {
    var renderer = L.canvas({ padding: 0.3, tolerance: 3 });
    var group = L.featureGroup().addTo(map);
    var data = null, markers = [], visible = null, index = {}, mode = "points", modeGoal = null;
    var highlight = null, choropleth = null;
    var legend = L.control({ position: "bottomright" });
    legend.onAdd = function () { return L.DomUtil.create("div", "izsa-legend"); };
    legend.addTo(map);
    IZSA.state.count = 0;
    IZSA.state.visible = 0;

    function colour(goal) { return (cfg.goals[goal] || {}).color || NONE; }

    function popupHtml(i) {
      var goals = (data.goals[i] || []).map(function (g) {
        return '<span class="izsa-badge" style="background:' + colour(g) + '" title="' +
          IZSA.escape((cfg.goals[g] || {}).name) + '">' + g + "</span>";
      }).join("");
      return '<div class="izsa-popup"><h3>' + IZSA.escape(data.title[i]) + "</h3>" +
        '<div class="izsa-district">' + IZSA.escape(cfg.districtNames[data.district[i]] || data.district[i]) +
        "</div><div>" + goals + '</div><a href="#" class="izsa-open" data-izsa-open="' +
        IZSA.escape(data.id[i]) + '">' + IZSA.escape(cfg.labels.open) + "</a></div>";
    }

    group.on("click", function (e) {
      var i = e.layer.izsaIndex;
      L.popup().setLatLng(e.layer.getLatLng()).setContent(popupHtml(i)).openOn(map);
      IZSA.post({ type: "selected", id: data.id[i] });
    });
    map.getContainer().addEventListener("click", function (ev) {
      var a = ev.target.closest && ev.target.closest("[data-izsa-open]");
      if (!a) return;
      ev.preventDefault();
      IZSA.post({ type: "open", id: a.getAttribute("data-izsa-open") });
    });

    function isVisible(i) { return visible === null || visible.has(data.id[i]); }

    function setProjects(m) {
      group.clearLayers();
      data = m.data;
      markers = new Array(data.id.length);
      index = {};
      var shown = 0;
      for (var i = 0; i < data.id.length; i++) {
        var c = L.circleMarker([data.lat[i], data.lon[i]], {
          renderer: renderer, radius: 5, weight: 1, color: "#ffffff", opacity: 0.9,
          fillColor: colour(data.primary[i]), fillOpacity: 0.9,
        });
        c.izsaIndex = i;
        markers[i] = c;
        index[data.id[i]] = i;
        if (isVisible(i)) { group.addLayer(c); shown++; }
      }
      IZSA.state.count = data.id.length;
      IZSA.state.visible = shown;
      refreshMode();
      IZSA.post({ type: "applied", what: "projects", seq: m.seq, count: data.id.length, visible: shown });
    }

    function setFilter(m) {
      visible = m.ids === null ? null : new Set(m.ids);
      var shown = 0;
      if (data) {
        for (var i = 0; i < markers.length; i++) {
          var want = isVisible(i), has = group.hasLayer(markers[i]);
          if (want && !has) group.addLayer(markers[i]);
          else if (!want && has) group.removeLayer(markers[i]);
          if (want) shown++;
        }
      }
      IZSA.state.visible = shown;
      if (mode === "choropleth") refreshMode();
      IZSA.post({ type: "applied", what: "filter", seq: m.seq, visible: shown });
    }

    function select(m) {
      if (highlight) { highlight.remove(); highlight = null; }
      var i = m.id === null ? undefined : index[m.id];
      IZSA.state.selected = i === undefined ? null : m.id;
      if (i !== undefined) {
        var ll = markers[i].getLatLng();
        highlight = L.circleMarker(ll, { renderer: renderer, radius: 11, weight: 3, color: "#111",
                                         fill: false, interactive: false }).addTo(map);
        if (m.pan !== false && !map.getBounds().contains(ll)) map.panTo(ll);
        if (m.popup) L.popup().setLatLng(ll).setContent(popupHtml(i)).openOn(map);
      }
      IZSA.post({ type: "applied", what: "select", seq: m.seq, id: IZSA.state.selected });
    }

    function counts(goal) {
      var out = {};
      if (!data) return out;
      for (var i = 0; i < markers.length; i++) {
        if (!isVisible(i)) continue;
        if (goal !== null && (data.goals[i] || []).indexOf(goal) < 0) continue;
        out[data.district[i]] = (out[data.district[i]] || 0) + 1;
      }
      return out;
    }

    function breaks(max) {
      var b = [];
      for (var k = 1; k <= RAMP.length; k++) b.push(Math.ceil((max * k) / RAMP.length));
      return b;
    }

    function refreshMode() {
      if (choropleth) { choropleth.remove(); choropleth = null; }
      if (mode === "choropleth") {
        if (map.hasLayer(group)) map.removeLayer(group);
        var c = counts(modeGoal), max = 0;
        Object.keys(c).forEach(function (k) { max = Math.max(max, c[k]); });
        var br = breaks(Math.max(max, 1));
        var cls = function (n) {
          for (var k = 0; k < br.length; k++) if (n <= br[k]) return k;
          return br.length - 1;
        };
        choropleth = L.geoJSON(IZSA.districtsGeo, {
          style: function (f) {
            var n = c[f.id] || 0;
            return { color: "#555", weight: 1, fillOpacity: 0.75, fillColor: n ? RAMP[cls(n)] : "#ffffff" };
          },
          onEachFeature: function (f, layer) {
            layer.bindTooltip(IZSA.escape(f.properties.name) + ": " + (c[f.id] || 0), { sticky: true });
          },
        }).addTo(map);
        IZSA.state.counts = c;
        legendChoropleth(br);
      } else {
        if (!map.hasLayer(group)) group.addTo(map);
        IZSA.state.counts = null;
        legendPoints();
      }
      IZSA.state.mode = mode;
    }

    function legendPoints() {
      var present = {};
      if (data) for (var i = 0; i < data.primary.length; i++) present[data.primary[i]] = true;
      var rows = Object.keys(cfg.goals).filter(function (g) { return present[g]; }).map(function (g) {
        return '<div><i style="background:' + colour(g) + '"></i>' + g + " " + IZSA.escape(cfg.goals[g].name) +
          "</div>";
      });
      if (present[0]) rows.push('<div><i style="background:' + NONE + '"></i>' + IZSA.escape(cfg.labels.no_sdg) +
        "</div>");
      legend.getContainer().innerHTML = "<h4>" + IZSA.escape(cfg.labels.legend_sdg) + "</h4>" + rows.join("");
    }

    function legendChoropleth(br) {
      var title = modeGoal === null ? cfg.labels.legend_count
        : cfg.labels.legend_count_goal.replace("{goal}", String(modeGoal));
      var lo = 1, rows = ['<div><i style="background:#ffffff"></i>0</div>'];
      br.forEach(function (hi, k) {
        if (hi < lo) return;
        rows.push('<div><i style="background:' + RAMP[k] + '"></i>' + (lo === hi ? lo : lo + "–" + hi) + "</div>");
        lo = hi + 1;
      });
      legend.getContainer().innerHTML = "<h4>" + IZSA.escape(title) + "</h4>" + rows.join("");
    }

    IZSA.on("projects", setProjects);
    IZSA.on("filter", setFilter);
    IZSA.on("select", select);
    IZSA.on("mode", function (m) {
      mode = m.mode === "choropleth" ? "choropleth" : "points";
      modeGoal = m.goal === undefined ? null : m.goal;
      refreshMode();
      IZSA.post({ type: "applied", what: "mode", seq: m.seq, mode: mode, counts: IZSA.state.counts });
    });
    IZSA.on("fitAll", function () {
      if (data && data.id.length) map.fitBounds(L.latLngBounds(markers.map(function (c) { return c.getLatLng(); })));
    });
    IZSA.overviewCounts = counts;
    legendPoints();
  };
})();
