// claimgraph UI: small progressive enhancements. Everything works without this file.
(function () {
  "use strict";
  // "/" focuses the search box (unless typing in a field).
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) return;
    var box = document.getElementById("q") || document.getElementById("topq");
    if (box) { ev.preventDefault(); box.focus(); box.select(); }
  });
  // Hovering or focusing a claim (in the text or in the list) highlights its counterpart.
  function mark(id, on) {
    var nodes = document.querySelectorAll('[data-claim="' + String(id).replace(/[^0-9]/g, "") + '"]');
    for (var i = 0; i < nodes.length; i++) {
      nodes[i].classList.toggle(nodes[i].classList.contains("claimcard") ? "pulse" : "active", on);
    }
  }
  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (ev) {
      var el = ev.target.closest && ev.target.closest("[data-claim]");
      if (el) mark(el.getAttribute("data-claim"), true);
    });
  });
  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (ev) {
      var el = ev.target.closest && ev.target.closest("[data-claim]");
      if (el) mark(el.getAttribute("data-claim"), false);
    });
  });
  // Copy buttons (SHA-256).
  document.addEventListener("click", function (ev) {
    var btn = ev.target.closest && ev.target.closest("button.copy");
    if (!btn) return;
    var src = document.getElementById(btn.getAttribute("data-copy"));
    if (src && navigator.clipboard) {
      navigator.clipboard.writeText(src.textContent).then(function () { btn.textContent = "copied"; });
    }
  });
  // Bring the highlighted source characters into view.
  var hl = document.getElementById("hl");
  if (hl && hl.scrollIntoView && location.hash !== "#hl") {
    var box = hl.closest("pre");
    if (box && box.scrollHeight > box.clientHeight) { box.scrollTop = hl.offsetTop - box.offsetTop - 60; }
  }
})();
