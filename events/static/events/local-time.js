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
    var format = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" });
    var timeOnly = new Intl.DateTimeFormat(lang, { timeStyle: "short", timeZoneName: "short" });
    slot.textContent = " · " + (slot.dataset.label || "") + ": " + format.format(start) + "–" + timeOnly.format(end);
    slot.hidden = false;
  });
})();
