// Draws every chart of the page with Apache ECharts (served from /static/vendor, no CDN).
// Each .echart element carries its option as JSON in data-option (no inline scripts: CSP).
// Without the library the figures stay readable in the table under each chart.
"use strict";

(function () {
  var drawn = [];

  function draw(el) {
    var option;
    try {
      option = JSON.parse(el.getAttribute("data-option"));
    } catch (err) {
      el.setAttribute("data-chart-error", "option");
      return;
    }
    // A map names its GeoJSON (served by the service) in option.mapSource: fetch and register it
    // first (no inline script, connect-src 'self'). If it fails, the table under the chart remains.
    var source = option.mapSource;
    if (source) {
      delete option.mapSource;
      if (!window.echarts.getMap(source.name)) {
        fetch(source.url, { credentials: "same-origin" })
          .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
          .then(function (geo) { window.echarts.registerMap(source.name, geo); init(el, option); })
          .catch(function () { el.setAttribute("data-chart-error", "map"); });
        return;
      }
    }
    init(el, option);
  }

  function init(el, option) {
    el.style.height = (parseInt(el.getAttribute("data-height"), 10) || 300) + "px";  // CSSOM: allowed by the CSP
    // The SVG renderer keeps the chart sharp on paper and its text selectable.
    var chart = window.echarts.init(el, null, { renderer: el.getAttribute("data-renderer") || "svg" });
    chart.setOption(option);
    el.setAttribute("data-rendered", "1");
    drawn.push(chart);
  }

  function drawAll() {
    var els = document.querySelectorAll(".echart[data-option]");
    if (!els.length) return;
    if (!window.echarts) {
      els.forEach(function (el) { el.setAttribute("data-chart-error", "library"); });
      document.documentElement.classList.add("no-charts");
      return;
    }
    els.forEach(draw);
  }

  function resize() { drawn.forEach(function (c) { c.resize(); }); }

  // Paper is narrower than the screen a chart was drawn for, and the browser lays the page out
  // for paper only after beforeprint: each chart's SVG gets a viewBox of its drawn size, so the
  // print style can scale it to the paper's width instead of cutting it off. Back on screen the
  // viewBox goes again (ECharts draws at the element's size).
  function svgs() { return document.querySelectorAll(".echart > div:first-child > svg"); }

  function fitToPaper() {
    svgs().forEach(function (svg) {
      var w = svg.getAttribute("width"), h = svg.getAttribute("height");
      if (!w || !h) return;
      svg.setAttribute("viewBox", "0 0 " + parseFloat(w) + " " + parseFloat(h));
      svg.classList.add("on-paper");
    });
  }

  function backToScreen() {
    svgs().forEach(function (svg) {
      svg.removeAttribute("viewBox");
      svg.classList.remove("on-paper");
    });
    resize();
  }

  window.addEventListener("resize", resize);
  // On paper the figures' tables are printed too (a chart alone can hide a value).
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.chart-data").forEach(function (d) { d.open = true; });
    fitToPaper();  // no redraw here: under the print style a chart's box takes its size from the SVG
  });
  window.addEventListener("afterprint", backToScreen);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", drawAll);
  else drawAll();
})();
