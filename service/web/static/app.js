// Desk live feed (server-sent events) and deadline countdowns. No inline scripts (CSP).
// Untrusted text is only ever assigned through textContent, never innerHTML.
"use strict";

(function () {
  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function cell(text, className) {
    var td = document.createElement("td");
    if (className) td.className = className;
    td.textContent = text == null ? "" : String(text);
    return td;
  }

  function alertRow(a) {
    var tr = document.createElement("tr");
    tr.className = "alert-row new " + (a.level_class || "lv-other");
    tr.setAttribute("data-alert-id", a.id);
    tr.appendChild(cell(a.created_local));
    var level = cell("");
    var badge = document.createElement("span");
    badge.className = "badge";
    badge.textContent = a.level;
    level.appendChild(badge);
    tr.appendChild(level);
    var title = cell("");
    if (a.event_id != null) {
      var link = document.createElement("a");
      link.href = "/events/" + encodeURIComponent(a.event_id);
      link.textContent = a.title;
      title.appendChild(link);
    } else {
      title.textContent = a.title;
    }
    if (a.summary) {
      var summary = document.createElement("div");
      summary.className = "muted small";
      summary.textContent = a.summary.slice(0, 120);
      title.appendChild(summary);
    }
    tr.appendChild(title);
    tr.appendChild(cell(a.rule_name || a.rule));
    tr.appendChild(cell((a.unit_names || a.units || []).join("、")));
    var act = cell("");
    var form = document.createElement("form");
    form.method = "post";
    form.action = "/alerts/" + encodeURIComponent(a.id) + "/ack";
    var hidden = document.createElement("input");
    hidden.type = "hidden";
    hidden.name = "csrf_token";
    hidden.value = csrfToken();
    var button = document.createElement("button");
    button.type = "submit";
    button.textContent = "确认";
    form.appendChild(hidden);
    form.appendChild(button);
    act.appendChild(form);
    tr.appendChild(act);
    return tr;
  }

  function startFeed() {
    var table = document.getElementById("alert-feed");
    if (!table || !window.EventSource) return;
    var rows = document.getElementById("alert-rows");
    var status = document.getElementById("live-status");
    var url = table.getAttribute("data-stream") + "?after=" + encodeURIComponent(table.getAttribute("data-after") || "");
    var source = new EventSource(url);
    source.onopen = function () { if (status) status.setAttribute("data-state", "open"); };
    source.onerror = function () { if (status) status.setAttribute("data-state", "retrying"); };
    source.addEventListener("alert", function (ev) {
      var a = JSON.parse(ev.data);
      if (rows.querySelector('[data-alert-id="' + CSS.escape(a.id) + '"]')) return;
      var empty = rows.querySelector("tr.empty");
      if (empty) empty.remove();
      rows.insertBefore(alertRow(a), rows.firstChild);
    });
  }

  function formatRemaining(ms) {
    var late = ms < 0;
    var s = Math.floor(Math.abs(ms) / 1000);
    var d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    var text = (d ? d + "天" : "") + (d || h ? h + "小时" : "") + m + "分" + (d ? "" : sec + "秒");
    return late ? "已超期 " + text : "剩余 " + text;
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll(".countdown[data-due]").forEach(function (el) {
      var due = Date.parse(el.getAttribute("data-due"));
      if (isNaN(due)) return;
      var left = due - now;
      el.textContent = formatRemaining(left);
      el.classList.toggle("late", left < 0);
      el.classList.toggle("soon", left >= 0 && left < 3600 * 1000);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    startFeed();
    tick();
    setInterval(tick, 1000);
  });
})();
