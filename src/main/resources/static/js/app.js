// Turvaverkko: small enhancements; every page also works without JavaScript.
(function () {
    "use strict";

    // Move focus to an error summary so screen readers announce it.
    function focusErrors(root) {
        var summary = (root || document).querySelector("[data-focus-on-load]");
        if (summary) { summary.focus(); }
    }

    // The menu button on small screens.
    function initMenu() {
        var toggle = document.querySelector(".menu-toggle");
        if (!toggle) { return; }
        toggle.addEventListener("click", function () {
            var nav = toggle.closest(".main-nav");
            var open = nav.classList.toggle("open");
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
        });
    }

    var RESTORED = {
        fi: "Aiemmin kirjoittamasi tallentamattomat tiedot on palautettu lomakkeelle.",
        sv: "Osparade uppgifter som du skrev tidigare har återställts i formuläret.",
        en: "Unsaved text you typed earlier has been put back into the form."
    };

    // Never lose what a person typed: forms marked data-autosave keep a draft in this browser
    // until they are sent successfully (the draft is dropped when the next page has no errors).
    function draftKey(form) {
        var user = document.body.getAttribute("data-user") || "";
        return "draft:" + user + ":" + location.pathname + ":" + (form.getAttribute("action") || "");
    }
    function initAutosave() {
        // The previous page sent a form and this page shows no errors: the draft was saved. Drop it
        // before anything is restored, or the form the person just saved fills itself in again.
        try {
            var sent = sessionStorage.getItem("submitted");
            if (sent && !document.querySelector(".error-summary") && location.pathname !== "/login") {
                localStorage.removeItem(sent);
            }
            sessionStorage.removeItem("submitted");
        } catch (e) { /* ignore */ }
        var forms = document.querySelectorAll("form[data-autosave]");
        forms.forEach(function (form) {
            var key = draftKey(form);
            var hasErrors = !!document.querySelector(".error-summary");
            var saved = null;
            try { saved = JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { saved = null; }
            if (saved && !hasErrors) {
                var restored = false;
                Object.keys(saved).forEach(function (name) {
                    var field = form.elements.namedItem(name);
                    if (field && field.type !== "hidden" && field.type !== "password" && field.type !== "file"
                            && !(field instanceof RadioNodeList) && field.value !== saved[name]) {
                        field.value = saved[name];
                        restored = true;
                    }
                });
                if (restored) {
                    var note = document.createElement("p");
                    note.className = "notice warning";
                    note.setAttribute("role", "status");
                    note.textContent = RESTORED[document.documentElement.lang] || RESTORED.fi;
                    form.insertBefore(note, form.firstChild);
                }
            }
            form.addEventListener("input", function () {
                var data = {};
                Array.prototype.forEach.call(form.elements, function (el) {
                    if (el.name && el.type !== "password" && el.type !== "hidden" && el.type !== "file"
                            && el.type !== "checkbox" && el.type !== "radio" && el.tagName !== "BUTTON") {
                        data[el.name] = el.value;
                    }
                });
                try { localStorage.setItem(key, JSON.stringify(data)); } catch (e) { /* storage full or off */ }
            });
            form.addEventListener("submit", function () {
                try { sessionStorage.setItem("submitted", key); } catch (e) { /* ignore */ }
            });
        });
    }

    // Print buttons (hidden without JavaScript, which they need).
    function initPrint() {
        document.querySelectorAll("[data-print]").forEach(function (button) {
            button.hidden = false;
            button.addEventListener("click", function () { window.print(); });
        });
    }

    // Confirm destructive actions that carry data-confirm.
    function initConfirm() {
        document.addEventListener("submit", function (ev) {
            var msg = ev.target.getAttribute && ev.target.getAttribute("data-confirm");
            if (msg && !window.confirm(msg)) { ev.preventDefault(); }
        }, true);
    }

    // On a phone a table becomes cards: each cell shows its column's heading before it. Templates may
    // write data-label themselves; the rest take the heading's text here.
    function labelCells(root) {
        (root || document).querySelectorAll("table.data:not(.grid)").forEach(function (table) {
            var rows = table.tHead ? table.tHead.rows : [];
            if (!rows.length) { return; }
            var headings = [];
            Array.prototype.forEach.call(rows[rows.length - 1].cells, function (th) {
                var text = th.textContent.replace(/\s+/g, " ").trim();
                for (var i = 0; i < (th.colSpan || 1); i++) { headings.push(text); }
            });
            Array.prototype.forEach.call(table.querySelectorAll(":scope > tbody > tr, :scope > tfoot > tr"), function (tr) {
                var column = 0;
                Array.prototype.forEach.call(tr.cells, function (cell) {
                    var heading = headings[column];
                    if (heading && cell.tagName === "TD" && !cell.hasAttribute("data-label")) {
                        cell.setAttribute("data-label", heading);
                    }
                    column += cell.colSpan || 1;
                });
            });
        });
    }

    // A long list of checkboxes gets a box that narrows it as one types; chosen ones always show.
    function initChoiceFilters() {
        document.querySelectorAll(".choice-list[data-filter-label]").forEach(function (list, n) {
            var fieldset = list.closest("fieldset");
            var id = (fieldset && fieldset.id ? fieldset.id : "choices-" + n) + "-filter";
            if (document.getElementById(id)) { return; }
            var wrap = document.createElement("div");
            wrap.className = "choice-filter";
            var label = document.createElement("label");
            label.setAttribute("for", id);
            label.textContent = list.getAttribute("data-filter-label");
            var input = document.createElement("input");
            input.type = "search";
            input.id = id;
            input.setAttribute("autocomplete", "off");
            wrap.appendChild(label);
            wrap.appendChild(input);
            list.parentNode.insertBefore(wrap, list);
            input.addEventListener("input", function () {
                var q = input.value.trim().toLowerCase();
                list.querySelectorAll("li").forEach(function (li) {
                    var box = li.querySelector("input");
                    var text = li.textContent.toLowerCase();
                    li.hidden = q !== "" && text.indexOf(q) < 0 && !(box && box.checked);
                });
            });
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.documentElement.classList.remove("no-js");
        labelCells(document);
        initChoiceFilters();
        focusErrors(document);
        initMenu();
        initAutosave();
        initConfirm();
        initPrint();
    });
    document.addEventListener("htmx:afterSwap", function (ev) { labelCells(document); focusErrors(ev.target); });
})();
