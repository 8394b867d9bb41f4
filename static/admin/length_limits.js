// A live count under each admin text field that has a length limit
// (data-max-length, set by core/admin_length.py instead of maxlength, which
// would cut a paste without a word), and a warning when it is over.
"use strict";
(function () {
  function readTexts() {
    const element = document.getElementById("length-limit-texts");
    return element ? JSON.parse(element.textContent) : null;
  }

  // What Django counts: characters (not UTF-16 units) after stripping the
  // ends, a newline in a textarea arriving as two (\r\n).
  function lengthOf(field) {
    let value = field.value.trim();
    if (field.tagName === "TEXTAREA") {
      value = value.replace(/\r?\n/g, "\r\n");
    }
    return Array.from(value).length;
  }

  function attach(field, texts, plurals) {
    if (field.dataset.lengthCounter) {
      return;
    }
    field.dataset.lengthCounter = "on";
    const limit = Number(field.dataset.maxLength);
    const counter = document.createElement("div");
    counter.className = "length-counter";
    counter.setAttribute("aria-live", "polite");
    if (field.id) {
      counter.id = field.id + "_length";
      const described = field.getAttribute("aria-describedby");
      field.setAttribute("aria-describedby", (described ? described + " " : "") + counter.id);
    }
    field.insertAdjacentElement("afterend", counter);

    function update() {
      const length = lengthOf(field);
      const over = length - limit;
      if (over > 0) {
        const text = texts[plurals.select(over)] || texts.other;
        counter.textContent = text.replace("{count}", String(over));
        counter.classList.add("length-counter--over");
      } else {
        counter.textContent = length + " / " + limit;
        counter.classList.remove("length-counter--over");
      }
    }
    field.addEventListener("input", update);
    update();
  }

  function attachAll(texts, plurals) {
    document
      .querySelectorAll("input[data-max-length], textarea[data-max-length]")
      .forEach(function (field) {
        // An inline's hidden empty template row is copied when a row is
        // added; its counter is made then, on the copy.
        if (!field.closest(".empty-form")) {
          attach(field, texts, plurals);
        }
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    const texts = readTexts();
    if (!texts) {
      return;
    }
    const plurals = new Intl.PluralRules(document.documentElement.lang || "en");
    attachAll(texts, plurals);
    document.addEventListener("formset:added", function () {
      attachAll(texts, plurals);
    });
  });
})();
