// Enhancements only: every page works without this file.
(function () {
    "use strict";

    // Close the language switcher with Escape and return focus to its toggle.
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") {
            return;
        }
        document.querySelectorAll("details.language-switcher[open]").forEach(function (details) {
            details.open = false;
            details.querySelector("summary").focus();
        });
    });
})();
