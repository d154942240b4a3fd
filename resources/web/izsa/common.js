/* İZSA map pages: shared boot code (web channel, basemaps, messages). Loaded after leaflet.js and
   qwebchannel.js; picker.js / overview.js register IZSA.pages[kind] = function (map, cfg) {...}. */
(function () {
  "use strict";
  var IZSA = (window.IZSA = { pages: {}, handlers: {}, state: { ready: false }, bridge: null });

  IZSA.post = function (msg) {
    if (IZSA.bridge) IZSA.bridge.post(JSON.stringify(msg));
  };
  IZSA.on = function (type, fn) { IZSA.handlers[type] = fn; };
  IZSA.receive = function (text) {
    var msg = typeof text === "string" ? JSON.parse(text) : text;
    var fn = IZSA.handlers[msg.type];
    if (fn) fn(msg);
    else IZSA.post({ type: "error", message: "unknown message " + msg.type });
  };
  IZSA.escape = function (s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  };

  IZSA.num = function (v, fallback) {
    return typeof v === "number" && isFinite(v) ? v : fallback;
  };

  function fetchJson(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }

  /* Basemaps: the vector İzmir map (sea background, land, district boundaries and names) and raster
     layers (MBTiles packs, cached online layer), chosen with a layer control reported to Python. */
  function buildBasemaps(map, cfg, province, districts) {
    map.getContainer().classList.add("izsa-sea");
    map.createPane("izsaLand").style.zIndex = 150;
    map.createPane("izsaDistricts").style.zIndex = 350;
    var landRenderer = L.canvas({ pane: "izsaLand" });
    var land = L.geoJSON(province, {
      pane: "izsaLand", renderer: landRenderer, interactive: false, attribution: IZSA.escape(cfg.osm),
      style: { stroke: false, fillColor: "#f2efe9", fillOpacity: 1 },
    });
    var lines = L.geoJSON(districts, {
      pane: "izsaDistricts", renderer: L.svg({ pane: "izsaDistricts" }), interactive: false,
      attribution: IZSA.escape(cfg.osm),
      style: { color: "#7d6a8c", weight: 1.2, opacity: 0.9, fill: false, dashArray: "4 3" },
    });
    var labels = L.layerGroup();
    districts.features.forEach(function (f) {
      var p = f.properties.label_point;
      labels.addLayer(L.marker([p[1], p[0]], {
        interactive: false, keyboard: false, pane: "izsaDistricts",
        icon: L.divIcon({ className: "izsa-district-label", html: IZSA.escape(f.properties.name),
                          iconSize: null }),
      }));
    });
    var districtOverlay = L.layerGroup([lines, labels]);
    var bases = {}, byKey = {};
    cfg.bases.forEach(function (b) {
      var layer;
      if (b.kind === "vector") layer = L.layerGroup([land]);
      else {
        /* Leaflet writes attributions and layer names as HTML: every string from a map pack goes in
           escaped (plain text), numbers are checked to be numbers. */
        var opts = { attribution: IZSA.escape(b.attribution), minZoom: IZSA.num(b.min_zoom, 0), maxZoom: 19,
                     maxNativeZoom: IZSA.num(b.max_native_zoom, 19) };
        var bb = Array.isArray(b.bounds) && b.bounds.length === 4 ? b.bounds.map(Number) : null;
        if (bb && bb.every(isFinite)) opts.bounds = [[bb[1], bb[0]], [bb[3], bb[2]]];
        layer = L.tileLayer(b.url, opts);
      }
      layer.izsaKey = b.key;
      bases[IZSA.escape(b.name)] = layer;
      byKey[b.key] = layer;
    });
    (byKey[cfg.basemap] || byKey.izmir).addTo(map);
    districtOverlay.addTo(map);
    var overlays = {};
    overlays[IZSA.escape(cfg.labels.districts)] = districtOverlay;
    IZSA.layerControl = L.control.layers(bases, overlays, { collapsed: true }).addTo(map);
    map.on("baselayerchange", function (e) {
      IZSA.state.basemap = e.layer.izsaKey;
      IZSA.post({ type: "basemap", key: e.layer.izsaKey });
    });
    function labelVisibility() {
      map.getContainer().classList.toggle("izsa-hide-labels", map.getZoom() < 9);
    }
    map.on("zoomend", labelVisibility);
    labelVisibility();
    IZSA.state.basemap = cfg.basemap;
    IZSA.basemaps = byKey;
    IZSA.districtOverlay = districtOverlay;
  }

  IZSA.setBasemap = function (key) {
    var map = IZSA.map, target = IZSA.basemaps[key];
    if (!target || map.hasLayer(target)) return;
    Object.keys(IZSA.basemaps).forEach(function (k) {
      if (map.hasLayer(IZSA.basemaps[k])) map.removeLayer(IZSA.basemaps[k]);
    });
    target.addTo(map);
    map.fire("baselayerchange", { layer: target, name: key });
  };

  IZSA.boot = function (map, cfg) {
    IZSA.map = map;
    IZSA.cfg = cfg;
    map.attributionControl.setPrefix(false);
    IZSA.on("setBasemap", function (m) { IZSA.setBasemap(m.key); });
    IZSA.on("invalidateSize", function () { map.invalidateSize(); });
    var geo = Promise.all([fetchJson("izsa://app/data/izmir_province.geojson"),
                           fetchJson("izsa://app/data/izmir_districts.geojson")]);
    var channel = new Promise(function (resolve) {
      if (typeof qt === "undefined" || !qt.webChannelTransport) return resolve(null);
      new QWebChannel(qt.webChannelTransport, function (ch) { resolve(ch.objects.bridge || null); });
    });
    Promise.all([geo, channel]).then(function (res) {
      IZSA.districtsGeo = res[0][1];
      buildBasemaps(map, cfg, res[0][0], res[0][1]);
      IZSA.pages[cfg.kind](map, cfg);
      IZSA.bridge = res[1];
      if (IZSA.bridge) IZSA.bridge.message.connect(IZSA.receive);
      IZSA.state.ready = true;
      IZSA.post({ type: "ready" });
    }).catch(function (err) {
      IZSA.state.error = String(err);
      channel.then(function (b) {
        IZSA.bridge = IZSA.bridge || b;
        IZSA.post({ type: "error", message: String(err) });
      });
    });
  };
})();
