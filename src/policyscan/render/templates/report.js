/* policyscan report: draws the timeline, the monthly bars and the undated table from the
   inlined JSON, and draws them again (Plotly.react) whenever a filter changes. No network. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("ps-data").textContent);
  var COLOURS = { tighten: "#d55e00", loosen: "#0072b2", neutral: "#6b6b6b" };
  var SHAPES = { tighten: "triangle-up", loosen: "triangle-down", neutral: "circle" };
  var DIRECTIONS = ["tighten", "loosen", "neutral"];
  var HEDGED = { announced: true, proposed: true, considered: true, threatened: true };
  var CONFIG = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d"] };
  var FONT = { family: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", size: 13, color: "#1f2328" };
  var byId = function (id) { return document.getElementById(id); };
  var timelineDiv = byId(DATA.ids.timeline);
  var monthsDiv = byId(DATA.ids.months);
  var events = DATA.events;
  var byKey = {};
  events.forEach(function (e, i) { byKey[e.key] = i; });

  function esc(text) {
    return String(text == null ? "" : text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  function wrap(text, width) {
    var words = String(text).split(/\s+/), lines = [], line = "";
    words.forEach(function (w) {
      if (line && (line + " " + w).length > width) { lines.push(line); line = w; } else { line = line ? line + " " + w : w; }
    });
    if (line) lines.push(line);
    return lines;
  }
  function about(e) {
    var objects = e.objects.join(", ");
    if (e.target && objects) return e.target + " (" + objects + ")";
    return e.target || objects;
  }
  function clip(text, n) { return text.length > n ? text.slice(0, n - 1) + "…" : text; }
  function source(e) { return DATA.articles[e.article].path || "-"; }

  // ---------------------------------------------------------------- filters
  function fillSelect(id, values) {
    var select = byId(id);
    values.forEach(function (v) {
      var option = document.createElement("option");
      option.value = v; option.textContent = v;
      select.appendChild(option);
    });
  }
  var actorNames = [];
  events.forEach(function (e) { if (actorNames.indexOf(e.actor) < 0) actorNames.push(e.actor); });
  actorNames.sort(function (a, b) { return a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0; });
  fillSelect("ps-actor", actorNames);
  fillSelect("ps-model", DATA.models.map(function (m) { return m.name; }));

  function filters() {
    return {
      actor: byId("ps-actor").value, model: byId("ps-model").value, direction: byId("ps-direction").value,
      status: byId("ps-status").value, from: byId("ps-from").value, to: byId("ps-to").value
    };
  }
  function matches(e, f) {
    if (f.actor && e.actor !== f.actor) return false;
    if (f.model && e.models.indexOf(f.model) < 0) return false;
    if (f.direction && e.direction !== f.direction) return false;
    if (f.status === "hedged" && !HEDGED[e.status]) return false;
    if (f.status && f.status !== "hedged" && e.status !== f.status) return false;
    if ((f.from || f.to) && !e.x) return false;  // an undated action is in no date range
    if (f.from && e.x < f.from) return false;
    if (f.to && e.x > f.to) return false;
    return true;
  }

  // ---------------------------------------------------------------- timeline
  function hover(e) {
    var lines = ["<b>" + esc(e.trigger) + "</b> · " + esc(e.actor),
      '<span style="color:' + COLOURS[e.direction] + '">' + esc(e.direction) + "</span>, " + esc(e.status) +
      " · " + esc(e.date) + (e.granularity && e.granularity !== "day" ? " (" + esc(e.granularity) + ")" : "")];
    if (about(e)) lines = lines.concat(wrap("about: " + clip(about(e), 160), 80).map(esc));
    if (e.evidence.length) lines = lines.concat(wrap("“" + clip(e.evidence[0], 320) + "”", 80).map(esc));
    lines.push("<i>" + esc(source(e)) + "</i>");
    return lines.join("<br>");
  }
  function symbol(e) {
    return SHAPES[e.direction] + (HEDGED[e.status] || e.status === "denied" ? "-open" : "");
  }
  // Lanes hold the visible actors in the page's order; events on one day in one lane fan out a little.
  function place(shown) {
    var lanes = DATA.lanes.filter(function (actor) { return shown.some(function (i) { return events[i].actor === actor; }); });
    var groups = {}, y = {};
    shown.forEach(function (i) {
      var k = events[i].actor + "\u0000" + events[i].x;
      (groups[k] = groups[k] || []).push(i);
    });
    Object.keys(groups).forEach(function (k) {
      var g = groups[k], step = Math.min(0.2, 0.7 / g.length);
      g.forEach(function (i, n) { y[i] = lanes.indexOf(events[i].actor) + (n - (g.length - 1) / 2) * step; });
    });
    return { lanes: lanes, y: y };
  }
  function timelineFigure(shown) {
    var p = place(shown), traces = [];
    DIRECTIONS.forEach(function (d) {
      var idx = shown.filter(function (i) { return events[i].direction === d; });
      traces.push({
        type: "scatter", mode: "markers", name: { tighten: "▲ tighten", loosen: "▼ loosen", neutral: "● neutral" }[d],
        meta: "events", legendgroup: d,
        x: idx.map(function (i) { return events[i].x; }), y: idx.map(function (i) { return p.y[i]; }),
        customdata: idx, text: idx.map(function (i) { return hover(events[i]); }), hovertemplate: "%{text}<extra></extra>",
        marker: { size: 15, color: COLOURS[d], symbol: idx.map(function (i) { return symbol(events[i]); }),
          line: { width: 2, color: COLOURS[d] } }
      });
    });
    var denied = shown.filter(function (i) { return events[i].status === "denied"; });
    traces.push({
      type: "scatter", mode: "markers", name: "✕ denied", meta: "denied-overlay", hoverinfo: "skip",
      x: denied.map(function (i) { return events[i].x; }), y: denied.map(function (i) { return p.y[i]; }),
      marker: { size: 13, symbol: "x-thin-open", color: "#1f2328", line: { width: 2, color: "#1f2328" } }
    });
    traces.push({
      type: "scatter", mode: "markers", name: "○ not enacted (hollow)", x: [null], y: [null], hoverinfo: "skip",
      marker: { size: 13, symbol: "circle-open", color: "#6b6b6b", line: { width: 2 } }
    });
    var visible = {};
    shown.forEach(function (i) { visible[events[i].key] = i; });
    var links = DATA.reversals.filter(function (r) { return r.first in visible && r.second in visible; });
    traces.push({
      type: "scatter", mode: "lines", name: "→ reversal", x: [null], y: [null], hoverinfo: "skip",
      line: { color: "#1f2328", width: 1.5, dash: "dot" }
    });
    var arrows = links.map(function (r) {
      var a = visible[r.first], b = visible[r.second];
      return { x: events[b].x, y: p.y[b], ax: events[a].x, ay: p.y[a], xref: "x", yref: "y", axref: "x", ayref: "y",
        text: "", showarrow: true, arrowhead: 3, arrowsize: 1.2, arrowwidth: 1.5, arrowcolor: "#1f2328",
        standoff: 9, startstandoff: 9, hovertext: r.summary };
    });
    if (!shown.length) {
      arrows.push({ text: "No dated actions match the filters", showarrow: false, xref: "paper", yref: "paper", x: 0.5, y: 0.5,
        font: { size: 15, color: "#59636e" } });
    }
    var layout = {
      font: FONT, height: 140 + 46 * Math.max(p.lanes.length, 2), margin: { l: 10, r: 20, t: 10, b: 40 },
      hovermode: "closest", hoverlabel: { align: "left", bgcolor: "#ffffff", bordercolor: "#d1d9e0", font: FONT },
      showlegend: true, legend: { orientation: "h", y: -0.12, yanchor: "top", x: 0 },
      xaxis: { type: "date", automargin: true, gridcolor: "#eef1f4", zeroline: false },
      yaxis: { tickmode: "array", tickvals: p.lanes.map(function (_, n) { return n; }), ticktext: p.lanes.map(esc),
        range: [Math.max(p.lanes.length, 1) - 0.5, -0.5], automargin: true, zeroline: false, gridcolor: "#eef1f4",
        fixedrange: true },
      annotations: arrows, plot_bgcolor: "#ffffff", paper_bgcolor: "#ffffff"
    };
    return { data: traces, layout: layout };
  }

  // ---------------------------------------------------------------- months
  function monthsFigure(shown) {
    var buckets = DATA.buckets.filter(function (b) { return shown.some(function (i) { return events[i].bucket === b; }); });
    var traces = DIRECTIONS.map(function (d) {
      return {
        type: "bar", name: d, marker: { color: COLOURS[d] }, x: buckets, hovertemplate: "%{x}: %{y} " + d + "<extra></extra>",
        y: buckets.map(function (b) {
          return shown.filter(function (i) { return events[i].bucket === b && events[i].direction === d; }).length;
        })
      };
    });
    return {
      data: traces,
      layout: {
        font: FONT, barmode: "stack", height: 300, margin: { l: 10, r: 20, t: 10, b: 40 },
        xaxis: { type: "category", categoryorder: "array", categoryarray: buckets, automargin: true },
        yaxis: { title: { text: "actions" }, automargin: true, dtick: 1, rangemode: "tozero", gridcolor: "#eef1f4" },
        legend: { orientation: "h", y: 1.02, yanchor: "bottom", x: 0, traceorder: "normal" }, plot_bgcolor: "#ffffff", paper_bgcolor: "#ffffff"
      }
    };
  }

  // ---------------------------------------------------------------- details and the undated table
  function cell(row, text, cls) {
    var td = document.createElement("td");
    td.textContent = text == null ? "" : text;
    if (cls) td.className = cls;
    row.appendChild(td);
  }
  function showDetails(i) {
    var e = events[i], art = DATA.articles[e.article], box = byId("ps-details");
    box.textContent = "";
    var h = document.createElement("h2");
    h.textContent = e.trigger + " · " + e.actor;
    box.appendChild(h);
    var dl = document.createElement("dl");
    [["direction", e.direction], ["status", e.status], ["kind", e.kind],
     ["date", e.date ? e.date + (e.granularity ? " (" + e.granularity + ")" : "") : DATA.undated_label],
     ["as written", e.date_text], ["about", about(e)], ["models", e.models.join(", ")],
     ["source", art.path], ["article", art.title], ["published", art.published], ["action id", e.id]
    ].forEach(function (pair) {
      if (!pair[1]) return;
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = pair[0]; dd.textContent = pair[1];
      if (pair[0] === "direction") dd.className = e.direction;
      dl.appendChild(dt); dl.appendChild(dd);
    });
    box.appendChild(dl);
    e.evidence.forEach(function (text) {
      var q = document.createElement("blockquote");
      q.textContent = text;
      box.appendChild(q);
    });
    DATA.reversals.forEach(function (r) {
      if (r.first !== e.key && r.second !== e.key) return;
      var p = document.createElement("p");
      p.textContent = "Reversal: " + r.summary;
      box.appendChild(p);
    });
  }
  function undatedTable(shown) {
    var body = byId("ps-undated").querySelector("tbody");
    body.textContent = "";
    shown.forEach(function (i) {
      var e = events[i], row = document.createElement("tr");
      row.dataset.key = e.key;
      cell(row, e.actor); cell(row, e.trigger); cell(row, e.direction, e.direction); cell(row, e.status);
      cell(row, about(e)); cell(row, e.evidence[0] || ""); cell(row, source(e));
      row.addEventListener("click", function () { showDetails(i); });
      body.appendChild(row);
    });
    byId("ps-undated").hidden = !shown.length;
    byId("ps-undated-none").hidden = shown.length > 0;
  }

  // ---------------------------------------------------------------- drawing
  var state = { shown: 0, undated: 0 };
  function draw() {
    var f = filters(), dated = [], undated = [];
    events.forEach(function (e, i) { if (matches(e, f)) (e.x ? dated : undated).push(i); });
    var t = timelineFigure(dated), m = monthsFigure(dated);
    Plotly.react(timelineDiv, t.data, t.layout, CONFIG);
    Plotly.react(monthsDiv, m.data, m.layout, CONFIG);
    undatedTable(undated);
    state = { shown: dated.length, undated: undated.length };
    timelineDiv.dataset.shown = String(dated.length);
    var total = events.filter(function (e) { return e.x; }).length;
    byId("ps-count").textContent = "showing " + dated.length + " of " + total + " dated actions, " + undated.length + " undated";
  }
  ["ps-actor", "ps-model", "ps-direction", "ps-status", "ps-from", "ps-to"].forEach(function (id) {
    byId(id).addEventListener("change", draw);
  });
  byId("ps-reset").addEventListener("click", function () {
    byId("ps-filters").reset();
    draw();
  });
  draw();
  timelineDiv.on("plotly_click", function (ev) {
    var point = ev.points && ev.points[0];
    if (point && typeof point.customdata === "number") showDetails(point.customdata);
  });
  // For tests and the curious: the data and what is shown now.
  window.policyscanReport = {
    data: DATA,
    shown: function () { return state.shown; },
    undated: function () { return state.undated; },
    redraw: draw
  };
})();
