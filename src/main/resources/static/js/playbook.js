// An incident's playbook: when someone else ticks a step (or the page may have missed that), the
// playbook is drawn again from the server, so everyone working the incident sees the same list.
// The stream itself is opened by app.js; it hands each event to the element as "shelfcare:live".
(function () {
  "use strict";

  var live = document.getElementById("playbook-live");
  if (!live || !window.htmx) { return; }
  var waiting = false;
  live.addEventListener("shelfcare:live", function (event) {
    if ((event.detail.name !== "tick" && event.detail.name !== "resync") || waiting) { return; }
    waiting = true;
    setTimeout(function () {
      waiting = false;
      // keep the keyboard where it was: the same button in the new list
      var focused = document.activeElement && live.contains(document.activeElement)
        ? document.activeElement.getAttribute("aria-label") : null;
      window.htmx.ajax("GET", live.getAttribute("data-refresh"), { target: "#playbook-live", swap: "innerHTML" })
        .then(function () {
          if (!focused) { return; }
          var again = live.querySelector('[aria-label="' + focused.replace(/"/g, '\\"') + '"]');
          if (again) { again.focus(); }
        });
    }, 300);
  });
})();
