// Event page: bring the first highlighted evidence span into view inside the text box.
(function () {
  "use strict";
  var box = document.getElementById("doctext");
  var first = box && box.querySelector("mark.ev");
  if (first) { box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop - 40); }
})();
