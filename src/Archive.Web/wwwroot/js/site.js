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
        var run = function () {
            var params = new URLSearchParams(new FormData(form));
            Array.from(params.keys()).forEach(function (key) {
                if (params.get(key) === "") params.delete(key);
            });
            var query = params.toString();
            var url = form.getAttribute("action") + (query ? "?" + query : "");
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
        form.querySelectorAll("select, input[type=date], input[type=radio]").forEach(function (control) {
            control.addEventListener("change", function () { form.requestSubmit ? form.requestSubmit() : form.submit(); });
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
