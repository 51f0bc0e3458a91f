// Behaviour that templates would otherwise write inline: the Content-Security-Policy allows scripts from our own
// static files only (factcheck/settings.py), so no onchange="" or <script> blocks in the templates.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // A select that submits its form when changed (the language switcher); the <noscript> button does it without JS.
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => select.form.submit());
  }
});
