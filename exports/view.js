// The epkg network view. All text from documents is put on the page with
// textContent (or drawn on the canvas), never parsed as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("epkg-data").textContent);
  var body = document.body;
  var statusLine = document.getElementById("status");

  function el(tag, text, className) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null && text !== "") e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }

  function safeUrl(value) {
    try {
      var u = new URL(value);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (err) {
      return null;
    }
  }

  function sourceLine(ev, withLink) {
    var line = el("div", null, "source");
    var parts = [ev.title || ev.document, ev.publisher, ev.issued].filter(Boolean);
    line.appendChild(document.createTextNode(parts.join(" · ")));
    var url = withLink ? safeUrl(ev.source) : null;
    if (url) {
      line.appendChild(document.createTextNode(" "));
      var a = el("a", "link");
      a.href = url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      line.appendChild(a);
    } else if (ev.source) {
      line.appendChild(document.createTextNode(" (" + ev.source + ")"));
    }
    return line;
  }

  function nodeTip(n) {
    var tip = el("div", null, "tip");
    tip.appendChild(el("b", n.label));
    tip.appendChild(el("div", (data.classLabels[n.kind] || n.kind) + " · " + data.sizeBy + " " +
                              Number(n.score).toFixed(4)));
    tip.appendChild(el("div", n.id, "source"));
    return tip;
  }

  function relationText(e) {
    return e.relations.join(", ") + (e.level ? " (" + e.level + ")" : "");
  }

  function edgeTip(e) {
    var tip = el("div", null, "tip");
    tip.appendChild(el("b", labelOf(e.from) + " — " + labelOf(e.to)));
    tip.appendChild(el("div", relationText(e)));
    if (e.dates.length) tip.appendChild(el("div", "dates: " + e.dates.join(", ")));
    var ev = e.evidence[0];
    if (ev) {
      if (ev.sentence) tip.appendChild(el("div", "“" + ev.sentence + "”", "sentence"));
      tip.appendChild(sourceLine(ev, false));
    }
    if (e.evidence_count > 1) tip.appendChild(el("div", "(" + e.evidence_count + " pieces of evidence: click the tie)"));
    return tip;
  }

  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  function labelOf(id) { return byId[id] ? byId[id].label : id; }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return Object.assign({}, n, {title: nodeTip(n)});
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    return Object.assign({}, e, {id: "e" + i, title: edgeTip(e)});
  }));
  var container = document.getElementById("network");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);

  network.once("afterDrawing", function () {
    body.dataset.nodes = String(network.body.nodeIndices.length);
    body.dataset.edges = String(network.body.edgeIndices.length);
    body.dataset.status = "drawn";
  });

  // vis-network paints on the next animation frame; a headless or background
  // tab may never give it one, so the settled layout is also painted at once.
  function settle() {
    network.setOptions({physics: {enabled: false}});
    body.dataset.layout = "settled";
    statusLine.textContent = "";
    network.redraw();
  }
  if (data.physics) {
    body.dataset.layout = "running";
    network.once("stabilizationIterationsDone", settle);
  } else {
    body.dataset.layout = "precomputed";
    network.redraw();
  }

  document.getElementById("relayout").addEventListener("click", function () {
    statusLine.textContent = "laying out…";
    body.dataset.layout = "running";
    network.setOptions({physics: {enabled: true}});
    network.once("stabilizationIterationsDone", settle);
    network.stabilize(data.nodes.length > 250 ? 300 : 800);
  });
  document.getElementById("fit").addEventListener("click", function () { network.fit(); });

  // ---- details panel
  var details = document.getElementById("details");
  function clearDetails(heading) {
    while (details.firstChild) details.removeChild(details.firstChild);
    details.appendChild(el("h2", heading));
  }

  function evidenceList(e) {
    var list = el("ol");
    e.evidence.forEach(function (ev) {
      var item = el("li");
      item.appendChild(el("div", [ev.relation, ev.date].filter(Boolean).join(" · ")));
      if (ev.sentence) item.appendChild(el("div", "“" + ev.sentence + "”", "sentence"));
      item.appendChild(sourceLine(ev, true));
      list.appendChild(item);
    });
    return list;
  }

  function showEdge(edgeId) {
    var e = edges.get(edgeId);
    if (!e) return;
    clearDetails(labelOf(e.from) + " — " + labelOf(e.to));
    var dl = el("dl");
    dl.appendChild(el("dt", "relation"));
    dl.appendChild(el("dd", relationText(e)));
    if (e.dates.length) { dl.appendChild(el("dt", "dates")); dl.appendChild(el("dd", e.dates.join(", "))); }
    dl.appendChild(el("dt", "evidence"));
    dl.appendChild(el("dd", e.evidence_count + (e.evidence_count > e.evidence.length ?
                                                " (latest " + e.evidence.length + " shown)" : "")));
    details.appendChild(dl);
    details.appendChild(evidenceList(e));
  }

  function showNode(id) {
    var n = byId[id];
    if (!n) return false;
    clearDetails(n.label);
    var dl = el("dl");
    dl.appendChild(el("dt", "class"));
    dl.appendChild(el("dd", data.classLabels[n.kind] || n.kind));
    dl.appendChild(el("dt", data.sizeBy));
    dl.appendChild(el("dd", Number(n.score).toFixed(4)));
    dl.appendChild(el("dt", "IRI"));
    dl.appendChild(el("dd", n.id));
    details.appendChild(dl);
    var ties = edges.get({filter: function (e) { return e.from === id || e.to === id; }});
    details.appendChild(el("h2", "Ties (" + ties.length + ")"));
    ties.forEach(function (e) {
      var other = e.from === id ? e.to : e.from;
      var block = el("div");
      block.appendChild(el("b", labelOf(other) + ": " + relationText(e)));
      block.appendChild(evidenceList(e));
      details.appendChild(block);
    });
    return true;
  }

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  function select(id) {
    if (!showNode(id)) return false;
    network.selectNodes([id]);
    network.focus(id, {scale: 1.2, animation: {duration: 400}});
    return true;
  }

  // ---- search
  document.getElementById("search").addEventListener("submit", function (event) {
    event.preventDefault();
    var q = document.getElementById("search-input").value.trim().toLowerCase();
    if (!q) return;
    var hit = data.nodes.find(function (n) { return n.label.toLowerCase() === q; }) ||
              data.nodes.find(function (n) { return n.label.toLowerCase().indexOf(q) >= 0; });
    statusLine.textContent = hit ? "" : "not found: " + q;
    if (hit) select(hit.id);
  });

  // ---- filters by class and relation
  function checked(name) {
    var on = {};
    document.querySelectorAll("input[name=" + name + "]").forEach(function (box) { on[box.value] = box.checked; });
    return on;
  }
  function applyFilters() {
    var classes = checked("class"), relations = checked("relation");
    var hidden = {};
    nodes.update(data.nodes.map(function (n) {
      hidden[n.id] = classes[n.kind] === false;
      return {id: n.id, hidden: hidden[n.id]};
    }));
    edges.update(edges.get().map(function (e) {
      var shown = e.relations.some(function (r) { return relations[r] !== false; });
      return {id: e.id, hidden: !shown || hidden[e.from] || hidden[e.to]};
    }));
  }
  document.querySelectorAll("aside input[type=checkbox]").forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });

  // A link to one entity: view.html#node=<IRI>
  var start = decodeURIComponent((location.hash || "").replace(/^#node=/, ""));
  if (start && byId[start]) select(start);
  else if (data.focus && byId[data.focus]) showNode(data.focus);
})();
