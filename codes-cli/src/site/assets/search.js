// Search for the smtp-codes web site: ranks codes as `smtp-codes search` does, over the
// index its home page loads (the same documents, folded words and weights), and goes straight
// to a code's page when the query is a code (550, 5.7.1) or to its class when it is a class
// pattern (4xx, 5.7.x). No request leaves the page.
(function () {
  "use strict";
  var index = window.SMTP_CODES_INDEX || [];

  // As search.rs folds: decomposed, without combining marks, đ as d, lowercase.
  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
  }

  // As search.rs splits: letters and digits, with inner dots kept (5.7.1).
  function words(text) {
    var out = [], current = "", chars = Array.from(text);
    for (var i = 0; i < chars.length; i++) {
      var c = chars[i];
      var innerDot = c === "." && current !== "" && /^[A-Za-z0-9]$/.test(chars[i + 1] || "");
      if (/[\p{Alphabetic}\p{N}]/u.test(c) || innerDot) {
        current += c.toLowerCase();
      } else if (current !== "") {
        out.push(current);
        current = "";
      }
    }
    if (current !== "") out.push(current);
    return out;
  }

  function matchStrength(word, query) {
    if (word === query) return 2;
    return Array.from(query).length >= 4 && word.startsWith(query) ? 1 : 0;
  }

  // The fields of each entry, split once.
  var docs = index.map(function (entry) {
    return {
      entry: entry,
      fields: entry.fields.map(function (f) {
        return [f[0], f[1] === "" ? [] : f[1].split(" ")];
      }),
    };
  });

  function score(doc, query) {
    var total = 0;
    for (var qi = 0; qi < query.length; qi++) {
      var q = query[qi], best = 0, all = 0;
      doc.fields.forEach(function (field) {
        var hits = 0;
        field[1].forEach(function (w) { hits += matchStrength(w, q); });
        if (hits > 0) {
          var fieldScore = field[0] * (2 + Math.min(hits, 4));
          best = Math.max(best, fieldScore);
          all += fieldScore;
        }
      });
      if (best === 0) return 0;
      total += best + Math.floor((all - best) / 4);
    }
    if (query.length > 1) {
      for (var fi = 0; fi < doc.fields.length; fi++) {
        var field = doc.fields[fi], list = field[1], found = false;
        for (var start = 0; start + query.length <= list.length && !found; start++) {
          found = query.every(function (q, k) { return matchStrength(list[start + k], q) > 0; });
        }
        if (found) { total += field[0] * 8; break; }
      }
    }
    return total;
  }

  // Codes whose text mentions every word, best first; ties keep the index's (code) order.
  function search(text) {
    var query = words(fold(text));
    if (query.length === 0) return [];
    return docs
      .map(function (doc, order) { return { doc: doc, order: order, score: score(doc, query) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.order - b.order; })
      .map(function (hit) { return hit.doc.entry; });
  }

  function find(code) {
    for (var i = 0; i < index.length; i++) if (index[i].code === code) return index[i];
    return null;
  }

  // Where a query that is a code or a class pattern leads, if anywhere.
  function destination(text) {
    var q = text.trim(), m;
    if (/^[2-5][0-9][0-9]$/.test(q)) {
      var basic = find(q);
      return basic && basic.href;
    }
    if ((m = /^([245xX])\.([0-9]{1,3})\.([0-9]{1,3})$/.exec(q))) {
      var entry = find("X." + Number(m[2]) + "." + Number(m[3]));
      return entry && entry.href;
    }
    if ((m = /^([2-5])[xX][xX]$/.exec(q))) return "classes/" + m[1] + "xx.html";
    if ((m = /^([245])\.([0-9]{1,3})\.[xX]$/.exec(q))) {
      return "classes/" + m[1] + ".x.x.html#X." + Number(m[2]);
    }
    return null;
  }

  var form = document.querySelector("form.search");
  var input = document.getElementById("q");
  var results = document.getElementById("search-results");
  if (!form || !input || !results) return;
  var list = results.querySelector("ol");
  var none = results.querySelector(".none");

  function show(text) {
    var hits = search(text);
    list.textContent = "";
    hits.forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      var code = document.createElement("span");
      link.href = entry.href;
      code.className = "code";
      code.textContent = entry.code;
      link.appendChild(code);
      link.appendChild(document.createTextNode(" " + entry.title));
      item.appendChild(link);
      list.appendChild(item);
    });
    results.hidden = text.trim() === "";
    none.hidden = hits.length > 0;
  }

  function go(text) {
    var target = destination(text);
    if (target) {
      window.location.href = target;
      return true;
    }
    show(text);
    return false;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    go(input.value);
  });
  input.addEventListener("input", function () { show(input.value); });

  var asked = new URLSearchParams(window.location.search).get("q");
  if (asked) {
    input.value = asked;
    go(asked);
  }
})();
