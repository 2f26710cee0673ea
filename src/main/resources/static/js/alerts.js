// Safety alerts: the banner on every signed-in page, and the live answers on an alert's page.
// The stream itself is opened by app.js; it hands each event to its element as "shelfcare:live".
(function () {
  "use strict";

  var banner = document.getElementById("safety-alert-banner");
  if (banner) {
    var label = function (name) {
      var el = banner.querySelector('[data-label="' + name + '"]');
      return el ? el.textContent : "";
    };
    var para = function (children) {
      var p = document.createElement("p");
      children.forEach(function (child) { p.appendChild(child); });
      return p;
    };
    var strong = function (text, className) {
      var el = document.createElement("strong");
      if (className) { el.className = className; }
      el.textContent = text;
      return el;
    };
    var show = function (data, closed) {
      if (!data || typeof data.id !== "string") { return; }
      var message = document.createElement("div");
      message.className = "live-banner-message" + (closed ? " live-banner-clear" : "");
      message.setAttribute("data-id", data.id);
      var heading = [];
      if (data.drill) { heading.push(strong(label("drill"), "live-banner-mark"), document.createTextNode(" ")); }
      heading.push(strong(closed ? label("allClear") + ": " + data.headline : data.headline));
      message.appendChild(para(heading));
      message.appendChild(para([document.createTextNode(data.message || "")]));
      if (typeof data.link === "string" && data.link.indexOf("/safety/alerts/") === 0) {
        var link = document.createElement("a");
        link.href = data.link;
        link.textContent = closed ? label("details") : label("answer");
        message.appendChild(para([link]));
      }
      var earlier = banner.querySelector('.live-banner-message[data-id="' + data.id + '"]');
      if (earlier) {
        banner.replaceChild(message, earlier);
      } else {
        banner.insertBefore(message, banner.querySelector(".live-banner-message"));
      }
      banner.hidden = false;
    };
    // After events may have been missed (a reconnect, or a change made on another server), ask again:
    // new alerts are shown, an all clear replaces its alert when that is on screen, and alerts
    // no longer current leave.
    var catchUp = function () {
      fetch("/api/v1/safety/alerts/banner", { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (body) {
          if (!body || !Array.isArray(body.items)) { return; }
          var current = {};
          body.items.forEach(function (item) {
            current[item.id] = true;
            var onScreen = banner.querySelector('.live-banner-message[data-id="' + item.id + '"]');
            if (!item.closed) { show(item, false); } else if (onScreen) { show(item, true); }
          });
          Array.prototype.slice.call(banner.querySelectorAll(".live-banner-message")).forEach(function (message) {
            if (!current[message.getAttribute("data-id")]) { banner.removeChild(message); }
          });
          banner.hidden = !banner.querySelector(".live-banner-message");
        })
        .catch(function () { /* offline for now: the next event or page load catches up */ });
    };
    banner.addEventListener("shelfcare:live", function (event) {
      if (event.detail.name === "alert") { show(event.detail.data, false); }
      if (event.detail.name === "allclear") { show(event.detail.data, true); }
      if (event.detail.name === "resync") { catchUp(); }
    });
  }

  // An alert's answers, for the people who oversee it: new counts redraw the lists (at most once a second).
  var answers = document.getElementById("alert-answers");
  if (answers && window.htmx) {
    var waiting = false;
    var refresh = function () {
      if (waiting) { return; }
      waiting = true;
      setTimeout(function () {
        waiting = false;
        window.htmx.ajax("GET", answers.getAttribute("data-refresh"), { target: "#alert-answers", swap: "innerHTML" });
      }, 1000);
    };
    answers.addEventListener("shelfcare:live", function (event) {
      if (event.detail.name === "counts" || event.detail.name === "allclear" || event.detail.name === "resync") {
        refresh();
      }
    });
  }
})();
