/* clarity HTML report behaviour. Runs under a CSP that allows only this script
   (by hash). It never builds HTML from strings: all text goes in through
   textContent. Filters flip one class on the document's <article> and CSS does
   the rest, so a filter costs one style recalculation however many findings. */
(function () {
  "use strict";

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function setupDocument(article) {
    var prefix = article.getAttribute("data-prefix");
    var dataNode = document.getElementById(prefix + "data");
    var data = { findings: [], rules: {} };
    try { data = JSON.parse(dataNode.textContent); } catch (e) { /* keep empty */ }
    var detail = document.getElementById(prefix + "detail");
    var text = article.querySelector(".doctext");
    var current = null;

    function markFor(id) { return document.getElementById(prefix + "f" + id); }

    function idsAt(node) {
      var ids = [];
      while (node && node !== text) {
        if (node.nodeType === 1 && node.tagName === "MARK") {
          var id = node.getAttribute("data-id");
          if (id === null) { id = node.getAttribute("data-for"); }
          if (id !== null && ids.indexOf(id) < 0) { ids.push(id); }
        }
        node = node.parentNode;
      }
      return ids;
    }

    function describe(ids) {
      while (detail.firstChild) { detail.removeChild(detail.firstChild); }
      ids.forEach(function (id) {
        var f = data.findings[Number(id)];
        if (!f) { return; }
        var rule = data.rules[f.c] || {};
        var box = el("div", "one");
        box.appendChild(el("h3", null, f.c + " " + (rule.name || "") + " (" + f.v + ")"));
        box.appendChild(el("p", null, f.m));
        var plain = f.s || (rule.plain || []).join(", ");
        if (plain) { box.appendChild(el("p", "plain", "Plain alternative: " + plain)); }
        var why = rule.why || rule.summary;
        if (why) { box.appendChild(el("p", "why", "Why it matters: " + why)); }
        if (f.e && f.e.length) {
          box.appendChild(el("p", "evidence", "Evidence: " + f.e.join(", ")));
        }
        var where = "Line " + f.l + ", column " + f.k + (f.p ? ", page " + f.p : "");
        box.appendChild(el("p", "muted", where));
        detail.appendChild(box);
      });
    }

    function pieces(mark) {
      var id = mark.getAttribute("data-id") || mark.getAttribute("data-for");
      var list = [markFor(id)];
      each(text.querySelectorAll('mark[data-for="' + id + '"]'), function (m) { list.push(m); });
      return list;
    }

    function select(mark) {
      if (current) { pieces(current).forEach(function (m) { if (m) { m.classList.remove("current"); } }); }
      current = mark;
      if (mark) {
        pieces(mark).forEach(function (m) { if (m) { m.classList.add("current"); } });
        describe(idsAt(mark));
      }
    }

    function focusFinding(id) {
      var mark = markFor(id);
      if (!mark) { return; }
      mark.scrollIntoView({ block: "center" });
      mark.focus({ preventScroll: true });
      select(mark);
    }

    text.addEventListener("focusin", function (event) {
      var t = event.target;
      if (t && t.tagName === "MARK" && t.hasAttribute("data-id")) { select(t); }
    });
    text.addEventListener("click", function (event) {
      var t = event.target;
      while (t && t !== text && t.tagName !== "MARK") { t = t.parentNode; }
      if (!t || t === text) { return; }
      var id = t.getAttribute("data-id") || t.getAttribute("data-for");
      var primary = t.hasAttribute("tabindex") ? t : markFor(id);
      if (primary && primary !== document.activeElement) { primary.focus({ preventScroll: true }); }
      select(t);
    });
    text.addEventListener("keydown", function (event) {
      var t = event.target;
      if ((event.key === "Enter" || event.key === " ") && t.tagName === "MARK") {
        event.preventDefault();
        select(t);
      }
    });

    article.addEventListener("click", function (event) {
      var link = event.target.closest ? event.target.closest("a") : null;
      if (!link || !article.contains(link)) { return; }
      var target = (link.getAttribute("href") || "").slice(1);
      if (target.indexOf(prefix + "a") === 0) {
        event.preventDefault();
        var spot = document.getElementById(target);
        if (spot) { spot.scrollIntoView({ block: "center" }); }
        return;
      }
      if (target.indexOf(prefix + "f") !== 0) { return; }
      event.preventDefault();
      focusFinding(target.slice((prefix + "f").length));
    });

    each(article.querySelectorAll("input[data-filter]"), function (box) {
      box.addEventListener("change", function () {
        article.classList.toggle("hide-" + box.getAttribute("data-filter"), !box.checked);
      });
    });

    // "Show one rule": every other rule gets its hide-r-* class, in one className write,
    // so the page recalculates its style once.
    each(article.querySelectorAll("select[data-rules]"), function (pick) {
      var codes = pick.getAttribute("data-rules").split(" ");
      pick.addEventListener("change", function () {
        var kept = article.className.split(" ").filter(function (c) {
          return c && c.indexOf("hide-r-") !== 0;
        });
        if (pick.value) {
          codes.forEach(function (code) {
            if (code && code !== pick.value) { kept.push("hide-r-" + code); }
          });
        }
        article.className = kept.join(" ");
      });
    });

    article.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) { return; }
      var tag = event.target.tagName;
      if (tag === "INPUT" || tag === "TEXTAREA" || tag === "BUTTON") { return; }
      if (event.key !== "n" && event.key !== "p") { return; }
      var total = data.findings.length;
      if (!total) { return; }
      var links = article.querySelectorAll(".findings a");
      var at = current ? Number(current.getAttribute("data-id") || current.getAttribute("data-for")) : -1;
      var step = event.key === "n" ? 1 : -1;
      var next = at;
      for (var i = 0; i < total; i++) {
        next = (next + step + total) % total;
        if (!links[next] || links[next].offsetParent !== null) { break; }
      }
      event.preventDefault();
      focusFinding(next);
    });
  }

  function copyText(area, status) {
    var value = area.value;
    function done(ok) { status.textContent = ok ? "Copied." : "Copy failed: select the text and copy it."; }
    function fallback() {
      area.focus();
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      done(ok);
    }
    if (navigator.clipboard && window.isSecureContext !== false) {
      navigator.clipboard.writeText(value).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  }

  each(document.querySelectorAll("button.copy"), function (button) {
    button.addEventListener("click", function () {
      var area = document.getElementById(button.getAttribute("data-copy"));
      var status = button.parentNode.querySelector(".copy-status");
      if (area && status) { copyText(area, status); }
    });
  });

  each(document.querySelectorAll("button.more[aria-controls]"), function (button) {
    button.addEventListener("click", function () {
      var target = document.getElementById(button.getAttribute("aria-controls"));
      if (!target) { return; }
      var open = button.getAttribute("aria-expanded") !== "true";
      target.hidden = !open;
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
  });

  function sortable(table) {
    var heads = table.querySelectorAll("th");
    each(table.querySelectorAll("th button"), function (button) {
      button.addEventListener("click", function () {
        var th = button.parentNode;
        var col = Number(button.getAttribute("data-col"));
        var numeric = button.getAttribute("data-type") === "num";
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].getAttribute("data-v");
          var y = b.cells[col].getAttribute("data-v");
          var c = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return c * dir || a.cells[0].getAttribute("data-v").localeCompare(b.cells[0].getAttribute("data-v"));
        });
        var frag = document.createDocumentFragment();
        rows.forEach(function (row) { frag.appendChild(row); });
        body.appendChild(frag);
        each(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      });
    });
  }

  each(document.querySelectorAll("article.doc"), setupDocument);
  each(document.querySelectorAll("table.sortable"), sortable);
}());
