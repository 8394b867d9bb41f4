/* Language tabs on admin forms (modeltranslation + jQuery UI):
   - a link ending in #field_lang (from Translation status) opens that tab
     and focuses the field;
   - a tab whose fields have errors is marked, and the first such tab opens,
     so a missing required translation is never hidden. */
"use strict";
window.addEventListener("load", function () {
  function tabLinkFor(element) {
    var panel = element.closest(".ui-tabs-panel");
    if (!panel) { return null; }
    return document.querySelector('.ui-tabs-nav a[href="#' + panel.id + '"]');
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
  if (location.hash.length > 1) {
    var field = document.getElementById("id_" + location.hash.slice(1));
    if (field) {
      var link = tabLinkFor(field);
      if (link) { link.click(); }
      field.focus();
    }
  }
});
