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

    // Consultation paragraphs: open the comments below the paragraph instead of on their
    // own page. The link keeps working as a plain link if anything here fails.
    document.querySelectorAll("a[data-inline-comments]").forEach(function (link) {
        var panel = null;
        link.setAttribute("aria-expanded", "false");
        link.addEventListener("click", function (event) {
            if (event.ctrlKey || event.metaKey || event.shiftKey) {
                return;
            }
            event.preventDefault();
            if (panel) {
                panel.hidden = !panel.hidden;
                link.setAttribute("aria-expanded", String(!panel.hidden));
                return;
            }
            var url = new URL(link.href);
            url.searchParams.set("fragment", "1");
            fetch(url, { credentials: "same-origin" })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(response.status);
                    }
                    return response.text();
                })
                .then(function (html) {
                    panel = document.createElement("div");
                    panel.className = "inline-thread";
                    panel.id = link.closest("section").id + "-comments";
                    panel.innerHTML = html;
                    var more = document.createElement("p");
                    var formLink = document.createElement("a");
                    formLink.href = link.href + "#form-heading";
                    formLink.textContent = link.dataset.formLabel || link.textContent.trim();
                    more.appendChild(formLink);
                    panel.appendChild(more);
                    link.parentNode.insertAdjacentElement("afterend", panel);
                    link.setAttribute("aria-controls", panel.id);
                    link.setAttribute("aria-expanded", "true");
                })
                .catch(function () {
                    window.location.href = link.href;
                });
        });
    });
})();
