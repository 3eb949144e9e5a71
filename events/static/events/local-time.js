// Beside the Vilnius time of an event, its time in the viewer's own time zone, when
// that differs (e.g. for partners in Oslo). Without JavaScript the Vilnius time stands.
(function () {
  "use strict";
  var vilnius = "Europe/Vilnius";
  var own;
  try {
    own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!own || own === vilnius) return;
  function offset(date, zone) {
    var parts = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit",
      day: "2-digit", hour: "2-digit", minute: "2-digit"
    }).formatToParts(date);
    var get = function (type) {
      return Number(parts.find(function (p) { return p.type === type; }).value);
    };
    return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - date.getTime();
  }
  document.querySelectorAll("[data-local-time]").forEach(function (slot) {
    var time = slot.parentElement.querySelector("[data-event-start]");
    if (!time) return;
    var start = new Date(time.dataset.eventStart);
    var end = new Date(time.dataset.eventEnd);
    if (Math.abs(offset(start, own) - offset(start, vilnius)) < 60000) return;
    var lang = document.documentElement.lang || undefined;
    // timeZoneName cannot be combined with dateStyle or timeStyle (a TypeError), so the
    // parts are named one by one.
    var day = { year: "numeric", month: "short", day: "numeric" };
    // Hours as the locale's short time style writes them: 09:00 in lt and nb, 9:00 AM in en.
    var cycle = new Intl.DateTimeFormat(lang, { hour: "numeric" }).resolvedOptions().hourCycle;
    var clock = { hour: cycle === "h23" || cycle === "h24" ? "2-digit" : "numeric", minute: "2-digit" };
    var sameDay = new Intl.DateTimeFormat("en-CA", day);
    var endParts = sameDay.format(start) === sameDay.format(end) ? {} : day;
    var from = new Intl.DateTimeFormat(lang, Object.assign({}, day, clock));
    var until = new Intl.DateTimeFormat(lang, Object.assign({}, endParts, clock, { timeZoneName: "short" }));
    slot.textContent = " · " + (slot.dataset.label || "") + ": " + from.format(start) + "–" + until.format(end);
    slot.hidden = false;
  });
})();
