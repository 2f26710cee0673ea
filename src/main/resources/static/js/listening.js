// A listening session's questions re-rank live: app.js holds the one live stream open and hands
// this list its "question" events ({id, votes, status}) and "pinned" events ({id, text}, nulls when
// unpinned); a reconnect that missed events ("resync") and, without EventSource, a poll every 30
// seconds fetch the list again. Moderators' pages also follow the held questions' topic ("held"
// events), which fetches the list (and shows a newly held question). No inline script (CSP).
(function () {
  "use strict";
  var list = document.getElementById("question-list");
  if (!list) { return; }

  function rerank() {
    var items = Array.prototype.slice.call(list.querySelectorAll("li[data-question]"));
    items.sort(function (a, b) {
      var byVotes = parseInt(b.getAttribute("data-votes"), 10) - parseInt(a.getAttribute("data-votes"), 10);
      return byVotes !== 0 ? byVotes
        : parseInt(a.getAttribute("data-position"), 10) - parseInt(b.getAttribute("data-position"), 10);
    });
    items.forEach(function (item) { list.appendChild(item); });
  }

  function apply(change) {
    if (!change || !change.id) { return false; }
    var item = document.getElementById("question-" + change.id);
    if (!item) { return false; }
    if (change.status === "WITHDRAWN" || change.status === "MERGED"
        || (change.status && change.status !== "VISIBLE" && !list.hasAttribute("data-moderates"))) {
      // withdrawn by its asker or merged into another question: gone for everyone; held or hidden: gone for the audience (the public count of hidden questions updates on reload)
      item.parentNode.removeChild(item);
      return true;
    }
    item.setAttribute("data-votes", String(change.votes));
    var count = item.querySelector("[data-vote-count]");
    if (count) { count.textContent = String(change.votes); }
    return true;
  }

  function refresh() {
    fetch(list.getAttribute("data-questions"), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        if (!body) { return; }
        var unknown = false;
        body.items.forEach(function (question) { if (!apply(question)) { unknown = true; } });
        if (unknown) {
          // reload to show new questions, unless the person is typing one
          var typing = document.getElementById("text");
          if (!typing || !typing.value) { window.location.reload(); }
          return;
        }
        rerank();
      })
      .catch(function () { /* offline for now: the next poll tries again */ });
  }

  function showPinned(pin) {
    var box = document.getElementById("pinned");
    if (!box) { return; }
    var text = box.querySelector("[data-pinned-text]");
    if (pin && pin.id && pin.text) {
      if (text) { text.textContent = pin.text; }
      box.hidden = false;
    } else {
      box.hidden = true;
    }
  }

  list.addEventListener("shelfcare:live", function (event) {
    if (event.detail.name === "resync") { refresh(); return; }
    if (event.detail.name === "pinned") { showPinned(event.detail.data); return; }
    if (event.detail.name !== "question") { return; }
    // a question this page does not show yet (just posted): fetch the list, which reloads when it must
    var data = event.detail.data;
    if (!apply(data)) {
      if (data && data.status === "VISIBLE") { refresh(); }
      return;
    }
    rerank();
  });

  var moderation = document.getElementById("moderation-live");
  if (moderation) {
    // a held question was posted, merged or put back: only moderators follow this topic
    moderation.addEventListener("shelfcare:live", function () { refresh(); });
  }

  if (!window.EventSource) { setInterval(refresh, 30000); }
})();
