// The mindful-break timer. Loaded as a file (the Content-Security-Policy allows no inline script).
// Without it the page still says when the break ends and the "End my break" button still works.
(function () {
  "use strict";

  var section = document.getElementById("break-timer");
  if (!section) { return; }
  var clock = section.querySelector("[data-timer-clock]");
  var announce = section.querySelector("[data-timer-announce]");
  var pause = section.querySelector("[data-timer-pause]");
  var resume = section.querySelector("[data-timer-resume]");
  var endsAt = Date.parse(section.getAttribute("data-ends-at"));
  if (!clock || !announce || !pause || !resume || isNaN(endsAt)) { return; }

  function label(name, value) {
    return (section.getAttribute("data-label-" + name) || "").replace("{0}", String(value));
  }

  var remaining = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
  var lastAnnounced = null;
  var timer = null;

  function show() {
    var minutes = Math.floor(remaining / 60);
    var seconds = remaining % 60;
    clock.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
  }

  // Spoken politely, and only now and then: each whole minute, then at 30 and 10 seconds, and at the end.
  function speak() {
    var text = null;
    if (remaining === 0) {
      text = label("done");
    } else if (remaining % 60 === 0) {
      text = remaining === 60 ? label("minute") : label("minutes", remaining / 60);
    } else if (remaining === 30 || remaining === 10) {
      text = label("seconds", remaining);
    }
    if (text && text !== lastAnnounced) {
      announce.textContent = text;
      lastAnnounced = text;
    }
  }

  function tick() {
    remaining = Math.max(0, remaining - 1);
    show();
    speak();
    if (remaining === 0) { stop(); pause.hidden = true; resume.hidden = true; }
  }

  function start() {
    if (timer === null && remaining > 0) { timer = window.setInterval(tick, 1000); }
    pause.hidden = remaining === 0;
    resume.hidden = true;
  }

  function stop() {
    if (timer !== null) { window.clearInterval(timer); timer = null; }
  }

  pause.addEventListener("click", function () {
    stop();
    pause.hidden = true;
    resume.hidden = false;
    announce.textContent = label("paused");
    resume.focus();
  });
  resume.addEventListener("click", function () {
    start();
    announce.textContent = label("resumed");
    pause.focus();
  });

  clock.hidden = false;
  show();
  // The first announcement says how long is left, so that a screen reader user knows the timer runs.
  var minutesLeft = Math.ceil(remaining / 60);
  announce.textContent = remaining === 0 ? label("done") : label("remaining", minutesLeft);
  section.classList.add("timer-running");
  if (!window.matchMedia || !window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
    section.classList.add("timer-motion");
  }
  start();
})();
