// Desk live feed (server-sent events: one incident card per event) and deadline countdowns. No inline scripts (CSP).
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

  function ackForm(c) {
    var form = document.createElement("form");
    form.method = "post";
    form.className = "ack-form";
    form.action = c.event_id != null
      ? "/incidents/" + encodeURIComponent(c.event_id) + "/ack"
      : "/alerts/" + encodeURIComponent(c.alert_ids[c.alert_ids.length - 1]) + "/ack";
    [["csrf_token", csrfToken()], ["upto", c.last_alert_at]].forEach(function (pair) {
      var hidden = document.createElement("input");
      hidden.type = "hidden";
      hidden.name = pair[0];
      hidden.value = pair[1];
      form.appendChild(hidden);
    });
    var button = document.createElement("button");
    button.type = "submit";
    button.textContent = c.open_alert_count > 1 ? "确认（" + c.open_alert_count + " 条）" : "确认";
    form.appendChild(button);
    return form;
  }

  function small(text, className) {
    var div = document.createElement("div");
    div.className = "small " + (className || "");
    div.textContent = text;
    return div;
  }

  // One incident card (same cells as _incidents.html).
  function incidentRow(c) {
    var tr = document.createElement("tr");
    tr.className = "alert-row incident-row new " + (c.level_class || "lv-other") + (c.changed ? " changed" : "");
    tr.setAttribute("data-incident", c.key);
    var when = cell(c.last_local);
    when.appendChild(small(c.alert_count + " 条预警", "muted"));
    tr.appendChild(when);
    var level = cell("");
    var badge = document.createElement("span");
    badge.className = "badge";
    badge.textContent = c.level;
    level.appendChild(badge);
    tr.appendChild(level);
    var title = cell("");
    if (c.event_id != null) {
      var link = document.createElement("a");
      link.href = "/events/" + encodeURIComponent(c.event_id);
      link.textContent = c.title;
      title.appendChild(link);
    } else {
      title.appendChild(document.createTextNode(c.title));
    }
    if (c.changed) {
      var mark = document.createElement("span");
      mark.className = "changed-mark";
      mark.textContent = "有变化";
      title.appendChild(mark);
    }
    var facts = [c.grade_label || "", (c.places || []).join("、")].join(" ").trim();
    if (facts) title.appendChild(small(facts, "facts-line"));
    if (c.reason) title.appendChild(small(c.reason.slice(0, 160), "muted reason"));
    if (c.changed && c.changes.length) title.appendChild(small(c.changes.join("；"), "changes"));
    tr.appendChild(title);
    var chips = cell("", "chips");
    (c.rules || []).forEach(function (r) {
      var chip = document.createElement("span");
      chip.className = "chip";
      chip.textContent = r.name;
      chips.appendChild(chip);
    });
    tr.appendChild(chips);
    tr.appendChild(cell(c.item_count, "count"));
    tr.appendChild(cell((c.unit_names || []).join("、") || "—"));
    var act = cell("");
    if (c.acknowledged) {
      var done = document.createElement("span");
      done.className = "muted";
      done.textContent = (c.acknowledged_by || "") + " 已确认";
      act.appendChild(done);
    } else {
      act.appendChild(ackForm(c));
    }
    tr.appendChild(act);
    return tr;
  }

  function startFeed() {
    var table = document.getElementById("alert-feed");
    if (!table || !window.EventSource) return;
    var rows = document.getElementById("alert-rows");
    var status = document.getElementById("live-status");
    var base = table.getAttribute("data-stream");
    var url = base + (base.indexOf("?") < 0 ? "?" : "&") + "after=" + encodeURIComponent(table.getAttribute("data-after") || "");
    var source = new EventSource(url);
    source.onopen = function () { if (status) status.setAttribute("data-state", "open"); };
    source.onerror = function () { if (status) status.setAttribute("data-state", "retrying"); };
    // The server says when it cannot read the feed for a while (it retries and resumes by itself).
    source.addEventListener("status", function (ev) {
      var s = JSON.parse(ev.data);
      if (!status) return;
      status.setAttribute("data-state", s.state);
      status.textContent = s.state === "open" ? "实时" : "实时中断";
      status.title = s.message;
    });
    // A card comes back to the top whenever one of its alerts arrives (the old row is replaced).
    source.addEventListener("incident", function (ev) {
      var c = JSON.parse(ev.data);
      var old = rows.querySelector('[data-incident="' + CSS.escape(c.key) + '"]');
      if (old) old.remove();
      var empty = rows.querySelector("tr.empty");
      if (empty) empty.remove();
      rows.insertBefore(incidentRow(c), rows.firstChild);
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
