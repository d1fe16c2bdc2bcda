// The post page's Copy button for its citation. Without script the citation is still there to select and copy.
(function () {
    "use strict";
    var button = document.querySelector("[data-copy-citation]");
    var text = document.querySelector("[data-citation]");
    var status = document.querySelector("[data-copy-status]");
    if (!button || !text || !status) return;

    var report = function (message) { status.textContent = message; };
    // The selection and the old copy command, for a page served over plain http (no navigator.clipboard there).
    var copyBySelection = function () {
        text.focus();
        text.select();
        try {
            return document.execCommand("copy");
        } catch (e) {
            return false;
        }
    };
    button.hidden = false;
    button.addEventListener("click", function () {
        var done = function () { report("Copied"); };
        var fallback = function () { report(copyBySelection() ? "Copied" : "Selected: press Ctrl+C (⌘C) to copy"); };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text.value).then(done, fallback);
        } else {
            fallback();
        }
    });
})();
