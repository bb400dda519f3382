// The live situation picture: listens to the disruption's Server-Sent Events and, within a moment of
// any change, fetches the page again and swaps in the status board, timeline, requests and map. A
// part that holds the keyboard focus (someone is typing an offer) waits until the focus leaves it.
(function () {
    "use strict";

    var PARTS = ["status-line", "board", "timeline", "requests", "map-points"];
    var TYPES = ["disruption", "log", "request", "offer", "commitment", "sitrep"];

    function start() {
        var root = document.getElementById("situation");
        if (!root || !window.EventSource || !window.fetch) { return; }
        var id = root.getAttribute("data-disruption");
        var url = "/disruptions/" + encodeURIComponent(id);
        var indicator = document.getElementById("live-indicator");
        var status = document.getElementById("live-status");
        var pending = null;
        var deferred = false;

        function announce(text) {
            if (status && text) { status.textContent = text; }
        }

        function refresh() {
            pending = null;
            fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
                .then(function (r) { return r.ok ? r.text() : null; })
                .then(function (html) {
                    if (!html) { return; }
                    var doc = new DOMParser().parseFromString(html, "text/html");
                    deferred = false;
                    PARTS.forEach(function (part) {
                        var now = document.getElementById(part);
                        var next = doc.getElementById(part);
                        if (!now || !next) { return; }
                        var focused = document.activeElement;
                        if (focused && focused !== document.body && now.contains(focused)) {
                            deferred = true;
                            return;
                        }
                        now.replaceWith(document.importNode(next, true));
                    });
                    var map = document.getElementById("map");
                    var nextMap = doc.getElementById("map");
                    if (map && nextMap && window.TurvaverkkoMap) {
                        var points = [];
                        try { points = JSON.parse(nextMap.getAttribute("data-points") || "[]"); } catch (e) { points = []; }
                        window.TurvaverkkoMap.update(map, points);
                    }
                })
                .catch(function () { /* the next event tries again */ });
        }

        function schedule() {
            if (!pending) { pending = setTimeout(refresh, 100); }
        }

        // from the state the page was rendered with: nothing that happened while it loaded is missed
        var since = root.getAttribute("data-last-event");
        var source = new EventSource("/api/v1/disruptions/" + encodeURIComponent(id) + "/events"
            + (since ? "?lastEventId=" + encodeURIComponent(since) : ""));
        source.onopen = function () { if (indicator) { indicator.hidden = false; } };
        source.onerror = function () { if (indicator) { indicator.hidden = true; } };
        TYPES.forEach(function (type) {
            source.addEventListener(type, function (ev) {
                var data = {};
                try { data = JSON.parse(ev.data); } catch (e) { data = {}; }
                announce(data.summary);
                schedule();
            });
        });
        document.addEventListener("focusout", function () {
            if (deferred) { setTimeout(function () { if (deferred) { schedule(); } }, 50); }
        });
        window.addEventListener("pagehide", function () { source.close(); });
    }

    document.addEventListener("DOMContentLoaded", start);
})();
