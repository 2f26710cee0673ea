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

  // Counted from the clock, not from ticks: a tab in the background may tick rarely.
  var target = endsAt;
  var remaining = secondsLeft();
  var timer = null;

  function secondsLeft() {
    return Math.max(0, Math.ceil((target - Date.now()) / 1000));
  }

  function minutesText(seconds) {
    var minutes = Math.ceil(seconds / 60);
    return minutes <= 1 ? label("minute") : label("minutes", minutes);
  }

  function show() {
    var minutes = Math.floor(remaining / 60);
    var seconds = remaining % 60;
    clock.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
  }

  // Spoken politely, and only now and then: as each whole minute passes, at 30 and 10 seconds, and at the end.
  function speak(before) {
    var text = null;
    if (remaining === 0) {
      text = label("done");
    } else if (before > 10 && remaining <= 10) {
      text = label("seconds", 10);
    } else if (before > 30 && remaining <= 30) {
      text = label("seconds", 30);
    } else if (remaining >= 60 && Math.ceil(remaining / 60) < Math.ceil(before / 60)) {
      text = minutesText(remaining);
    }
    if (text) { announce.textContent = text; }
  }

  function tick() {
    var before = remaining;
    remaining = secondsLeft();
    if (remaining === before) { return; }
    show();
    speak(before);
    if (remaining === 0) { stop(); pause.hidden = true; resume.hidden = true; }
  }

  function start() {
    target = Date.now() + remaining * 1000;
    if (timer === null && remaining > 0) { timer = window.setInterval(tick, 1000); }
    pause.hidden = remaining === 0;
    resume.hidden = true;
  }

  function stop() {
    if (timer !== null) { window.clearInterval(timer); timer = null; }
  }

  pause.addEventListener("click", function () {
    remaining = secondsLeft();
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
  announce.textContent = remaining === 0 ? label("done")
      : Math.ceil(remaining / 60) <= 1 ? label("minute") : label("remaining", Math.ceil(remaining / 60));
  section.classList.add("timer-running");
  if (!window.matchMedia || !window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
    section.classList.add("timer-motion");
  }
  start();
})();
