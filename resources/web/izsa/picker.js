/* İZSA location picker page: one draggable marker (click or drag to set it), optional extra sites
   and one area polygon with leaflet-draw. Python <-> page messages are JSON over the web channel. */
(function () {
  "use strict";
  IZSA.pages.picker = function (map, cfg) {
    var marker = L.marker(map.getCenter(), { draggable: true, autoPan: true });
    var drawing = false;
    var drawn = L.featureGroup().addTo(map);
    IZSA.marker = marker;
    IZSA.drawn = drawn;

    function place(lat, lon, source) {
      marker.setLatLng([lat, lon]);
      if (!map.hasLayer(marker)) marker.addTo(map);
      IZSA.state.point = [lat, lon];
      if (source) IZSA.post({ type: "point", lat: lat, lon: lon, source: source });
    }
    map.on("click", function (e) {
      if (!drawing) place(e.latlng.lat, e.latlng.lng, "click");
    });
    marker.on("dragend", function () {
      var ll = marker.getLatLng();
      place(ll.lat, ll.lng, "drag");
    });

    IZSA.on("setPoint", function (m) {
      place(m.lat, m.lon, null);
      if (m.zoom) map.setView([m.lat, m.lon], m.zoom);
      else if (!map.getBounds().contains([m.lat, m.lon])) map.panTo([m.lat, m.lon]);
      IZSA.post({ type: "applied", what: "setPoint" });
    });
    IZSA.on("clearPoint", function () {
      marker.remove();
      IZSA.state.point = null;
    });
    IZSA.on("flyTo", function (m) {
      map.setView([m.lat, m.lon], m.zoom || map.getZoom());
      IZSA.post({ type: "applied", what: "flyTo" });
    });
    IZSA.on("fitBounds", function (m) {
      map.fitBounds([[m.bbox[1], m.bbox[0]], [m.bbox[3], m.bbox[2]]]);
      IZSA.post({ type: "applied", what: "fitBounds" });
    });

    function shapes() {
      var sites = [], polygon = null;
      drawn.eachLayer(function (l) {
        if (l instanceof L.Polygon) {
          polygon = l.getLatLngs()[0].map(function (p) { return [p.lat, p.lng]; });
        } else if (l instanceof L.Marker) {
          var p = l.getLatLng();
          sites.push([p.lat, p.lng]);
        }
      });
      return { type: "shapes", sites: sites, polygon: polygon };
    }
    IZSA.on("setShapes", function (m) {
      drawn.clearLayers();
      (m.sites || []).forEach(function (s) { drawn.addLayer(L.marker(s, { opacity: 0.8 })); });
      if (m.polygon && m.polygon.length > 2) drawn.addLayer(L.polygon(m.polygon, { color: "#3f7fbf" }));
      IZSA.post({ type: "applied", what: "setShapes" });
    });
    IZSA.shapes = shapes;

    if (cfg.draw && L.Control.Draw) {
      var t = L.drawLocal.draw.toolbar.buttons;
      t.marker = cfg.labels.draw_site;
      t.polygon = cfg.labels.draw_area;
      L.drawLocal.edit.toolbar.buttons.edit = cfg.labels.edit;
      L.drawLocal.edit.toolbar.buttons.remove = cfg.labels.remove;
      map.addControl(new L.Control.Draw({
        position: "topleft",
        draw: { polyline: false, rectangle: false, circle: false, circlemarker: false,
                polygon: { allowIntersection: false, shapeOptions: { color: "#3f7fbf" } }, marker: {} },
        edit: { featureGroup: drawn },
      }));
      map.on("draw:drawstart draw:editstart draw:deletestart", function () { drawing = true; });
      map.on("draw:drawstop draw:editstop draw:deletestop", function () {
        setTimeout(function () { drawing = false; }, 0);
      });
      map.on("draw:created", function (e) {
        if (e.layer instanceof L.Polygon) {
          drawn.eachLayer(function (l) { if (l instanceof L.Polygon) drawn.removeLayer(l); });
        }
        drawn.addLayer(e.layer);
        IZSA.post(shapes());
      });
      map.on("draw:edited draw:deleted", function () { IZSA.post(shapes()); });
    }
  };
})();
