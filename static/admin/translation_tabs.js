/* Language tabs on admin forms (modeltranslation + jQuery UI):
   - a link ending in #field_lang, or #prefix-pk-field_lang for an object
     edited inline (from Translation status), opens that tab and focuses
     the field;
   - a tab whose fields have errors is marked, and the first such tab opens,
     so a missing required translation is never hidden;
   - tabs of empty translations, and of translations that may be outdated
     (the server lists them in #translation-tabs-data), are marked;
   - beside each translated field, its text in the other languages,
     read-only, so a translator sees the source while typing.
   Runs once modeltranslation has built the tabs: in its jQuery "ready"
   handler, which jQuery may run after "load" (ready handlers are
   asynchronous), so this one queues behind it. */
"use strict";
window.addEventListener("load", function () {
  if (window.django && window.django.jQuery) {
    window.django.jQuery(function () { window.setTimeout(markTranslationTabs, 0); });
  } else {
    markTranslationTabs();
  }
});

function markTranslationTabs() {
  var dataElement = document.getElementById("translation-tabs-data");
  var data = dataElement ? JSON.parse(dataElement.textContent) : { outdated: [], labels: {} };
  var labels = data.labels;

  function tabLinkFor(element) {
    var panel = element.closest(".ui-tabs-panel");
    if (!panel) { return null; }
    return document.querySelector('.ui-tabs-nav a[href="#' + panel.id + '"]');
  }

  /* "name_ru" is the input id_name_ru; "goals-12-text_ru" is the input of
     field text_ru in the goals formset row whose hidden id is 12 (not the
     row at index 12: that one's input is id_goals-12-text_ru). */
  function fieldForAnchor(anchor) {
    var match = /^(.+)-(\d+)-([^-]+)$/.exec(anchor);
    if (!match) { return document.getElementById("id_" + anchor); }
    var rows = document.querySelectorAll('input[type="hidden"][name^="' + match[1] + '-"][name$="-id"]');
    for (var index = 0; index < rows.length; index++) {
      if (rows[index].value === match[2]) {
        var rowPrefix = rows[index].name.slice(0, -"id".length);
        return document.getElementById("id_" + rowPrefix + match[3]);
      }
    }
    return null;
  }

  function markTab(link, className, text) {
    if (!link || link.classList.contains(className)) { return; }
    link.classList.add(className);
    var note = document.createElement("span");
    note.className = "visually-hidden";
    note.textContent = " (" + text + ")";
    link.appendChild(note);
    link.title = link.title ? link.title + " — " + text : text;
  }

  var firstWithError = null;
  document.querySelectorAll(".ui-tabs-panel .errorlist").forEach(function (errors) {
    var link = tabLinkFor(errors);
    if (link && !link.classList.contains("tab-has-error")) {
      link.classList.add("tab-has-error");
      firstWithError = firstWithError || link;
    }
  });
  if (firstWithError) { firstWithError.click(); }

  /* Translated fields carry the class mt-field-<field>-<lang>; group them
     by form row and field, in the order of the tabs. */
  var groups = {};
  document.querySelectorAll(".ui-tabs-panel .mt").forEach(function (field) {
    var match = /^(.*)_([a-z]{2}(?:_[a-z]+)?)$/.exec(field.id);
    if (!match) { return; }
    (groups[match[1]] = groups[match[1]] || []).push({ language: match[2], field: field });
  });
  Object.keys(groups).forEach(function (groupId) {
    var members = groups[groupId];
    members.forEach(function (member) {
      var link = tabLinkFor(member.field);
      if (!member.field.value.trim()) { markTab(link, "tab-empty", labels.empty); }
      var others = members.filter(function (other) { return other !== member; });
      var sources = document.createElement("dl");
      sources.className = "translation-sources";
      sources.setAttribute("aria-label", labels.sources);
      others.forEach(function (other) {
        var term = document.createElement("dt");
        term.textContent = (labels.languages || {})[other.language] || other.language;
        var description = document.createElement("dd");
        var text = other.field.value.trim();
        description.textContent = text || labels.emptyValue;
        description.lang = text ? other.language : "";
        if (!text) { description.className = "translation-source-empty"; }
        sources.appendChild(term);
        sources.appendChild(description);
      });
      member.field.closest(".ui-tabs-panel").appendChild(sources);
    });
  });

  data.outdated.forEach(function (anchor) {
    var field = fieldForAnchor(anchor);
    if (field) { markTab(tabLinkFor(field), "tab-outdated", labels.outdated); }
  });

  if (location.hash.length > 1) {
    var field = fieldForAnchor(decodeURIComponent(location.hash.slice(1)));
    if (field) {
      var link = tabLinkFor(field);
      if (link) { link.click(); }
      field.focus();
      field.scrollIntoView({ block: "center" });
    }
  }
}
