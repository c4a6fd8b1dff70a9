/* The Grounds intranet - people directory (grounds-4.12.0) */
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); }
    else { document.addEventListener("DOMContentLoaded", fn); }
  }

  function setCookieChoice(choice) {
    var year = 60 * 60 * 24 * 365;
    document.cookie = "grounds_cookies=" + choice + "; max-age=" + year + "; path=/; SameSite=Lax";
  }

  ready(function () {
    var banner = document.getElementById("cookie-banner");
    if (banner) {
      if (/(?:^|; )grounds_cookies=/.test(document.cookie)) { banner.hidden = true; }
      banner.querySelectorAll("button[data-cookies]").forEach(function (button) {
        button.addEventListener("click", function () {
          setCookieChoice(button.getAttribute("data-cookies"));
          banner.hidden = true;
        });
      });
    }

    var config = window.__GROUNDS__ || { search: { minChars: 2 } };
    var input = document.querySelector("form.search input[type=search]");
    if (!input) { return; }
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      document.querySelectorAll("article.card").forEach(function (card) {
        var hit = card.textContent.toLowerCase().indexOf(q) !== -1;
        card.hidden = q.length >= config.search.minChars && !hit;
      });
    });
  });
})();
