// Maps of the resources and operations pages: Leaflet from the application's own webjar. With a tile
// URL (turvaverkko.map.tile-url) it draws the base map; without one it draws the municipal borders
// (GET /api/v1/areas/{id}/geometry) on a plain background. Every map has a table or list beside it
// with the same facts, so the map is an aid, not the only way to read them.
(function () {
    "use strict";

    var COLOURS = {
        from: "#b3261e", request: "#b3261e", exact: "#0b5394", deployed: "#0b5394",
        area: "#e69138", committed: "#e69138", offered: "#e69138", log: "#38761d"
    };

    function parse(text) {
        try { return JSON.parse(text || "[]"); } catch (e) { return []; }
    }

    function drawPoints(state, points) {
        state.points.clearLayers();
        var bounds = [];
        points.forEach(function (p) {
            if (typeof p.lat !== "number" || typeof p.lon !== "number") { return; }
            var colour = COLOURS[p.kind] || "#0b5394";
            var m = L.circleMarker([p.lat, p.lon], {
                radius: p.kind === "from" ? 9 : 7, color: "#222", weight: 1, fillColor: colour, fillOpacity: 0.9
            });
            if (p.label) {
                m.bindTooltip(p.label);
                var popup = document.createElement("div");
                if (p.href) {
                    var a = document.createElement("a");
                    a.href = p.href;
                    a.textContent = p.label;
                    popup.appendChild(a);
                } else {
                    popup.textContent = p.label;
                }
                m.bindPopup(popup);
            }
            m.addTo(state.points);
            bounds.push([p.lat, p.lon]);
        });
        return bounds;
    }

    function fit(state) {
        var all = state.pointBounds.slice();
        if (state.areaBounds && state.areaBounds.isValid()) {
            all.push(state.areaBounds.getSouthWest(), state.areaBounds.getNorthEast());
        }
        if (all.length === 1) {
            state.map.setView(all[0], 10);
        } else if (all.length > 1) {
            state.map.fitBounds(L.latLngBounds(all), { padding: [20, 20], maxZoom: 12 });
        }
    }

    function init(el) {
        if (el._turvaverkko || typeof L === "undefined") { return el._turvaverkko; }
        el.setAttribute("role", "region");
        if (el.getAttribute("data-label")) { el.setAttribute("aria-label", el.getAttribute("data-label")); }
        var map = L.map(el, { scrollWheelZoom: false, attributionControl: true }).setView([67.0, 26.0], 6);
        var tiles = el.getAttribute("data-tile-url");
        if (tiles) {
            L.tileLayer(tiles, { maxZoom: 18, attribution: el.getAttribute("data-attribution") || "" }).addTo(map);
        }
        var state = { map: map, points: L.layerGroup().addTo(map), borders: L.layerGroup().addTo(map),
                      pointBounds: [], areaBounds: null };
        el._turvaverkko = state;
        state.pointBounds = drawPoints(state, parse(el.getAttribute("data-points")));
        var areas = (el.getAttribute("data-areas") || "").split(",").filter(function (x) { return x.trim() !== ""; });
        if (areas.length) {
            var pending = areas.length;
            state.areaBounds = L.latLngBounds([]);
            areas.forEach(function (id) {
                fetch("/api/v1/areas/" + encodeURIComponent(id.trim()) + "/geometry", { credentials: "same-origin" })
                    .then(function (r) { return r.ok ? r.json() : null; })
                    .then(function (feature) {
                        if (feature) {
                            var layer = L.geoJSON(feature, {
                                style: { color: "#0b3a60", weight: 1.5, fillColor: "#dfe6ec", fillOpacity: tiles ? 0.1 : 0.6 },
                                interactive: false
                            }).addTo(state.borders);
                            state.areaBounds.extend(layer.getBounds());
                        }
                    })
                    .catch(function () { /* the table beside the map holds the same facts */ })
                    .finally(function () { if (--pending === 0) { fit(state); } });
            });
        }
        fit(state);
        return state;
    }

    // operations-live.js redraws the points of a live situation picture
    window.TurvaverkkoMap = {
        init: init,
        update: function (el, points) {
            var state = init(el);
            if (!state) { return; }
            state.pointBounds = drawPoints(state, points);
            fit(state);
        }
    };

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("[data-map]").forEach(init);
    });
})();
