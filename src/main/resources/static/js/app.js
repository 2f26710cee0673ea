// ShelfCare's page behaviour. Loaded as a file: the Content-Security-Policy allows no inline script.
(function () {
  "use strict";

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : null;
  }

  // htmx sends the CSRF token as a header on every request it makes.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = meta("_csrf");
    if (token) {
      event.detail.headers[meta("_csrf_header") || "X-CSRF-TOKEN"] = token;
    }
  });

  // Shared branch computers: warn two minutes before the idle sign-out, then sign out.
  var idle = parseInt(meta("shelfcare-idle-timeout") || "0", 10);
  var dialog = document.getElementById("idle-warning");
  if (idle > 0 && dialog && typeof dialog.showModal === "function") {
    var warnAfter = Math.max(idle - 120, 30) * 1000;
    var warnTimer, outTimer;
    var arm = function () {
      clearTimeout(warnTimer);
      clearTimeout(outTimer);
      warnTimer = setTimeout(function () { dialog.showModal(); }, warnAfter);
      outTimer = setTimeout(function () { window.location.assign("/login?expired"); }, idle * 1000);
    };
    document.getElementById("idle-stay").addEventListener("click", function () {
      fetch("/session/keep-alive", { credentials: "same-origin" }).finally(function () {
        dialog.close();
        arm();
      });
    });
    document.addEventListener("htmx:afterRequest", arm);
    arm();
  }

  // "Copy" buttons next to links that admins hand out by hand.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) { return; }
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (field && navigator.clipboard) {
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = button.getAttribute("data-copied") || button.textContent;
      });
    }
  });

  // A double click sends a form once: its buttons rest until the next page arrives.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.hasAttribute("data-resubmit") || form.hasAttribute("hx-post")) { return; }
    setTimeout(function () {
      form.querySelectorAll("button[type=submit], button:not([type])").forEach(function (b) { b.disabled = true; });
    }, 0);
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.querySelectorAll("button[disabled]").forEach(function (b) { b.disabled = false; });
    }
  });

  // Move focus to the error summary so screen reader users hear what to fix.
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
})();
