// Read aloud: the browser's own speech synthesis reads the page's main text or one paragraph.
//
// Enhancement only: the template renders the controls `hidden` and this file reveals them
// where the browser can speak the page's language with a voice on the device itself
// (`localService`). Voices that are not local send the text to a server, so they are
// never used. The labels come from the template, in the page's language.
(function () {
    "use strict";

    var synth = window.speechSynthesis;
    var toolbar = document.querySelector("[data-read-aloud]");
    if (!toolbar || !synth || typeof window.SpeechSynthesisUtterance !== "function") {
        return;
    }

    // Parts of the text root that are not text to read.
    var SKIP = "[data-read-aloud-skip], .read-aloud, nav, form, button, input, select, textarea, " +
        "script, style, template, [hidden], [aria-hidden='true']";
    var labels = toolbar.dataset;
    var root = toolbar.closest(".page-content");
    var status = toolbar.querySelector("[data-read-aloud-status]");
    var readers = [];
    var active = null;
    var session = 0;

    function languageOf(element) {
        var tagged = element.closest("[lang]");
        return (tagged ? tagged.getAttribute("lang") : document.documentElement.lang) || "";
    }

    function normalise(code) {
        return code.replace("_", "-").toLowerCase();
    }

    function voiceFor(language) {
        var wanted = normalise(language);
        var local = synth.getVoices().filter(function (voice) {
            return voice.localService;
        });
        return local.find(function (voice) {
            return normalise(voice.lang) === wanted;
        }) || local.find(function (voice) {
            return normalise(voice.lang).split("-")[0] === wanted.split("-")[0];
        }) || null;
    }

    // The text of an element as a list of chunks, one per block (heading, paragraph, list
    // item), so that the voice pauses between them and long pages are spoken piece by piece.
    function chunksOf(element) {
        var chunks = [""];
        (function walk(node) {
            node.childNodes.forEach(function (child) {
                if (child.nodeType === Node.TEXT_NODE) {
                    chunks[chunks.length - 1] += child.nodeValue;
                    return;
                }
                if (child.nodeType !== Node.ELEMENT_NODE || child.matches(SKIP)) {
                    return;
                }
                if (child.checkVisibility && !child.checkVisibility()) {
                    return;
                }
                var block = window.getComputedStyle(child).display.indexOf("inline") !== 0;
                if (block) {
                    chunks.push("");
                }
                walk(child);
                if (block) {
                    chunks.push("");
                }
            });
        })(element);
        return chunks.map(function (chunk) {
            return chunk.replace(/\s+/g, " ").trim();
        }).filter(Boolean);
    }

    function announce(message) {
        status.textContent = message;
    }

    function show(reader, state) {
        reader.state = state;
        reader.play.textContent = {
            idle: reader.label,
            reading: labels.labelPause,
            paused: labels.labelResume
        }[state];
        reader.stop.hidden = state === "idle";
    }

    function finish(message) {
        if (!active) {
            return;
        }
        var reader = active;
        active = null;
        session += 1;
        var hadFocus = reader.stop === document.activeElement;
        show(reader, "idle");
        if (hadFocus) {
            reader.play.focus();
        }
        announce(message);
    }

    function read(reader) {
        if (active) {
            synth.cancel();
            finish(labels.statusStopped);
        }
        var language = languageOf(reader.target);
        var voice = voiceFor(language);
        var chunks = chunksOf(reader.target);
        if (!chunks.length) {
            return;
        }
        if (synth.paused) {
            // Chrome stays paused after cancel(): nothing new would be heard.
            synth.resume();
        }
        session += 1;
        var current = session;
        active = reader;
        show(reader, "reading");
        announce(labels.statusReading);
        chunks.forEach(function (text, index) {
            var utterance = new window.SpeechSynthesisUtterance(text);
            utterance.lang = language;
            if (voice) {
                utterance.voice = voice;
            }
            if (index === chunks.length - 1) {
                utterance.addEventListener("end", function () {
                    if (current === session) {
                        finish(labels.statusFinished);
                    }
                });
            }
            utterance.addEventListener("error", function (event) {
                // Cancelling fires "interrupted" or "canceled": that is our own stop.
                if (current === session && event.error !== "interrupted" && event.error !== "canceled") {
                    synth.cancel();
                    finish(labels.statusStopped);
                }
            });
            synth.speak(utterance);
        });
    }

    function toggle(reader) {
        if (active !== reader) {
            read(reader);
        } else if (reader.state === "reading") {
            synth.pause();
            show(reader, "paused");
            announce(labels.statusPaused);
        } else {
            synth.resume();
            show(reader, "reading");
            announce(labels.statusReading);
        }
    }

    function stop(reader) {
        if (active === reader) {
            synth.cancel();
            finish(labels.statusStopped);
        }
    }

    function addReader(target, play, stopButton) {
        var reader = { target: target, play: play, stop: stopButton, label: play.textContent, state: "idle" };
        play.addEventListener("click", function () {
            toggle(reader);
        });
        stopButton.addEventListener("click", function () {
            stop(reader);
        });
        readers.push(reader);
        return reader;
    }

    function button(text, className) {
        var element = document.createElement("button");
        element.type = "button";
        element.className = className;
        element.textContent = text;
        return element;
    }

    if (!root) {
        return;
    }
    addReader(
        root,
        toolbar.querySelector("[data-read-aloud-play]"),
        toolbar.querySelector("[data-read-aloud-stop]")
    );

    // One pair of buttons at the end of every paragraph the template marked.
    var paragraphControls = [];
    root.querySelectorAll("[data-read-aloud-paragraph]").forEach(function (paragraph) {
        var group = document.createElement("span");
        group.className = "read-aloud read-aloud--paragraph";
        group.hidden = true;
        var play = button(labels.labelParagraph, "read-aloud__button");
        var stopButton = button(labels.labelStop, "read-aloud__button");
        stopButton.hidden = true;
        if (paragraph.dataset.readAloudParagraph) {
            // The paragraph's number, so that screen readers tell the buttons apart.
            play.setAttribute("aria-describedby", paragraph.dataset.readAloudParagraph);
        }
        group.appendChild(play);
        group.appendChild(stopButton);
        paragraph.appendChild(group);
        paragraphControls.push(group);
        addReader(paragraph, play, stopButton);
    });

    // Voices arrive late in some browsers: reveal the controls once one fits the page.
    function reveal() {
        var available = voiceFor(languageOf(root)) !== null;
        toolbar.hidden = !available;
        paragraphControls.forEach(function (group) {
            group.hidden = !available;
        });
    }
    reveal();
    if (synth.addEventListener) {
        synth.addEventListener("voiceschanged", reveal);
    }

    // Speech outlives the page in some browsers: stop it when the visitor leaves.
    window.addEventListener("pagehide", function () {
        synth.cancel();
    });
})();
