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

    document.addEventListener("DOMContentLoaded", function () {
        document.documentElement.classList.remove("no-js");
        focusErrors(document);
        initMenu();
        initAutosave();
        initConfirm();
        initPrint();
    });
    document.addEventListener("htmx:afterSwap", function (ev) { focusErrors(ev.target); });
})();
