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

  // Set below, once the live stream exists; the idle warning closes it and "stay" opens it again.
  var stopLiveForIdle = function () {}, startLiveAgain = function () {};

  // Shared branch computers: warn two minutes before the idle sign-out, then sign out.
  var idle = parseInt(meta("shelfcare-idle-timeout") || "0", 10);
  var dialog = document.getElementById("idle-warning");
  if (idle > 0 && dialog && typeof dialog.showModal === "function") {
    var warnAfter = Math.max(idle - 120, 30) * 1000;
    var warnTimer, outTimer;
    var arm = function () {
      clearTimeout(warnTimer);
      clearTimeout(outTimer);
      warnTimer = setTimeout(function () { dialog.showModal(); stopLiveForIdle(); }, warnAfter);
      outTimer = setTimeout(function () { window.location.assign("/login?expired"); }, idle * 1000);
    };
    document.getElementById("idle-stay").addEventListener("click", function () {
      fetch("/session/keep-alive", { credentials: "same-origin" }).finally(function () {
        dialog.close();
        if (!stream) { startLiveAgain(); }
        arm();
      });
    });
    document.addEventListener("htmx:afterRequest", arm);
    arm();
  }

  // Live updates: one event stream per signed-in page keeps the unread count in the header up to
  // date. When the stream fails, the count is fetched every 30 seconds instead.
  var badge = document.getElementById("notifications-unread");
  var stream = null, pollTimer = null;
  var showUnread = function (count) {
    if (!badge || typeof count !== "number") { return; }
    badge.hidden = count === 0;
    badge.querySelector("[aria-hidden]").textContent = String(count);
    badge.querySelector(".visually-hidden").textContent =
      (badge.getAttribute("data-count-label") || "{0}").replace("{0}", String(count));
  };
  var poll = function () {
    fetch("/api/v1/notifications/unread-count", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (response.status === 401) { stopLive(); return null; }
        return response.ok ? response.json() : null;
      })
      .then(function (body) { if (body) { showUnread(body.count); } })
      .catch(function () { /* offline for now: the next poll tries again */ });
  };
  var startPolling = function () {
    if (!pollTimer) { pollTimer = setInterval(poll, 30000); }
  };
  var stopLive = function () {
    if (stream) { stream.close(); stream = null; }
    if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
  };
  var startLive = function () {
    if (!badge) { return; }
    if (!window.EventSource) { startPolling(); return; }
    // A page's other live parts name their topic and events: <div data-live-topic="..." data-live-events="a,b">.
    // Each event they receive is handed to them as a "shelfcare:live" DOM event ({ name, data }).
    var parts = Array.prototype.slice.call(document.querySelectorAll("[data-live-topic]"));
    var topics = ["notifications"].concat(parts.map(function (part) { return part.getAttribute("data-live-topic"); }));
    stream = new EventSource("/api/v1/stream?topics=" + encodeURIComponent(topics.join(",")));
    parts.forEach(function (part) {
      (part.getAttribute("data-live-events") || "").split(",").filter(Boolean).forEach(function (name) {
        stream.addEventListener(name.trim(), function (event) {
          var data = null;
          try { data = JSON.parse(event.data); } catch (ignored) { /* not JSON: handed on as null */ }
          part.dispatchEvent(new CustomEvent("shelfcare:live", { detail: { name: name.trim(), data: data } }));
        });
      });
    });
    var onUnread = function (event) {
      try { showUnread(JSON.parse(event.data).count); } catch (ignored) { /* a malformed event changes nothing */ }
    };
    stream.addEventListener("unread", onUnread);
    stream.addEventListener("resync", function () {
      poll();
      parts.forEach(function (part) {
        part.dispatchEvent(new CustomEvent("shelfcare:live", { detail: { name: "resync", data: null } }));
      });
    });
    stream.addEventListener("error", function () {
      // the browser reconnects by itself unless the stream is closed for good (e.g. signed out)
      if (stream && stream.readyState === EventSource.CLOSED) { stream = null; startPolling(); }
    });
  };
  startLive();
  stopLiveForIdle = stopLive;
  startLiveAgain = startLive;
  window.addEventListener("pagehide", stopLive);
  window.addEventListener("pageshow", function (event) { if (event.persisted && !stream) { startLive(); } });

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
