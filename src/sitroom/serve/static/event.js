// Event page: bring the first highlighted evidence span into view inside the text box, and the
// review queue's keyboard shortcuts: c confirm, r reject, e edit, n next unreviewed event.
(function () {
  "use strict";
  var box = document.getElementById("doctext");
  var first = box && box.querySelector("mark.ev");
  if (first) { box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop - 40); }

  var review = document.getElementById("review");
  if (!review) { return; }
  function click(id) { var b = document.getElementById(id); if (b) { b.click(); } }
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || (t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    if (e.key === "c") { click("confirm-btn"); }
    else if (e.key === "r") { click("reject-btn"); }
    else if (e.key === "n") { click("next-link"); }
    else if (e.key === "e") {
      var d = document.getElementById("edit-details");
      if (d) {
        d.open = true;
        var field = d.querySelector("input:not([type=hidden]), select");
        if (field) { field.focus(); }
        e.preventDefault();
      }
    } else { return; }
  });
})();
