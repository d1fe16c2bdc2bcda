// Progressive enhancement only: every feature here has a plain-HTML path that works without it.
(function () {
    "use strict";

    // "/" focuses the search box, as on many search sites (not while typing in a field).
    document.addEventListener("keydown", function (event) {
        if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
        var target = event.target;
        if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
        var box = document.querySelector("[data-search-input]");
        if (!box) return;
        event.preventDefault();
        box.focus();
        box.select();
    });

    // Search as you type: fetch the same page for the new URL and swap the results in; the URL follows, so back works.
    var form = document.querySelector("[data-live-search]");
    if (form && window.fetch && window.DOMParser && window.history && window.URLSearchParams) {
        var input = form.querySelector("[data-search-input]");
        var timer = 0;
        var pending = null;
        // The form's URL with only the fields that are set: shareable, and what the server would redirect to anyway.
        var cleanUrl = function () {
            var params = new URLSearchParams();
            new FormData(form).forEach(function (value, key) {
                if (typeof value === "string" && value.trim() !== "") params.append(key, value);
            });
            var query = params.toString();
            return form.getAttribute("action") + (query ? "?" + query : "");
        };
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            location.assign(cleanUrl());
        });
        var submit = function () { form.requestSubmit ? form.requestSubmit() : location.assign(cleanUrl()); };
        var run = function () {
            var url = cleanUrl();
            if (pending) pending.abort();
            pending = new AbortController();
            fetch(url, { signal: pending.signal, headers: { "X-Requested-With": "fetch" } })
                .then(function (response) { return response.text(); })
                .then(function (html) {
                    var next = new DOMParser().parseFromString(html, "text/html");
                    var fresh = next.querySelector("[data-results]");
                    var current = document.querySelector("[data-results]");
                    if (!fresh || !current) return;
                    current.replaceWith(fresh);
                    var chips = document.querySelector(".chips");
                    var freshChips = next.querySelector(".chips");
                    if (chips && freshChips) chips.replaceWith(freshChips);
                    else if (chips) chips.remove();
                    else if (freshChips) form.after(freshChips);
                    document.title = next.title;
                    history.replaceState(null, "", url);
                })
                .catch(function () { /* aborted or offline: the submit button still works */ });
        };
        if (input) {
            input.addEventListener("input", function () {
                clearTimeout(timer);
                timer = setTimeout(run, 250);
            });
        }
        // Filters apply as soon as they change; the "Apply filters" button stays for no-JS use.
        form.querySelectorAll("select, input[type=radio]").forEach(function (control) {
            control.addEventListener("change", submit);
        });
        // A date applies once it is whole, never mid-typing: typing a year fires change at its first digit (year 0002).
        // A four-digit year applies at once; anything else when the field is left or Enter is pressed.
        form.querySelectorAll("input[type=date]").forEach(function (control) {
            var applied = control.value;
            var apply = function () {
                if (control.value === applied || (control.value !== "" && !control.checkValidity())) return;
                applied = control.value;
                submit();
            };
            control.addEventListener("change", function () {
                if (/^[1-9]\d{3}-\d\d-\d\d$/.test(control.value)) apply();
            });
            control.addEventListener("blur", apply);
            control.addEventListener("keydown", function (event) {
                if (event.key === "Enter") {
                    event.preventDefault();
                    apply();
                }
            });
        });
    }

    // The tag list filters in place while typing; the form still works as a plain GET.
    var filterForm = document.querySelector("[data-filter-list]");
    if (filterForm) {
        var list = document.querySelector(filterForm.getAttribute("data-filter-list"));
        var filterInput = filterForm.querySelector("input[type=search]");
        if (list && filterInput) {
            filterInput.addEventListener("input", function () {
                var needle = filterInput.value.trim().replace(/^#/, "").toLowerCase().replace(/ё/g, "е");
                list.querySelectorAll("li[data-name]").forEach(function (item) {
                    item.hidden = needle !== "" && item.getAttribute("data-name").indexOf(needle) === -1;
                });
            });
        }
    }

    // "Back to search" returns to the exact results (scroll and all) when the user came from them.
    var back = document.querySelector("[data-back]");
    if (back && document.referrer) {
        try {
            var from = new URL(document.referrer);
            if (from.origin === location.origin && from.pathname === new URL(back.href).pathname) {
                back.href = document.referrer;
                back.addEventListener("click", function (event) {
                    event.preventDefault();
                    history.back();
                });
            }
        } catch (e) { /* a malformed referrer: keep the plain link */ }
    }
})();
