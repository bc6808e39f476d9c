// The lineage explorer: /api/lineage drawn with Cytoscape.js. Depth and direction reload the
// walk from the root; "expand" walks one more step from a chosen node and merges it in;
// relation checkboxes hide edges (and the nodes only they reached). The table under the graph
// lists the same nodes, for keyboard and screen-reader use and for reading dates.
(function () {
  "use strict";
  const controls = document.getElementById("lineage-controls");
  const root = controls.dataset.root;
  const dirInput = document.getElementById("l-direction");
  const depthInput = document.getElementById("l-depth");
  const expandButton = document.getElementById("l-expand");
  const panel = document.getElementById("node-panel");
  const status = document.getElementById("l-status");
  const KINDS = {
    instrument: ["#0b5394", "resolution or decision"], body: ["#38761d", "body"], session: ["#b45f06", "session"],
    meeting: ["#e69138", "meeting"], document: ["#674ea7", "document"], other: ["#666666", "other"],
  };
  const nodes = new Map();
  const edges = new Map();
  let hiddenRelations = new Set();
  let selected = null;

  const params = new URLSearchParams(location.search);
  if (params.get("direction")) dirInput.value = params.get("direction");
  if (params.get("depth")) depthInput.value = params.get("depth");

  const cy = cytoscape({
    container: document.getElementById("cy"),
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: {
        "background-color": "data(color)", label: "data(caption)", "text-wrap": "wrap", "text-max-width": 210,
        "font-size": 11, "text-valign": "center", "text-halign": "right", "text-margin-x": 5, width: 20, height: 20, color: "#222",
        "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: "node.root", style: { width: 34, height: 34, "border-width": 4, "border-color": "#111", "font-weight": "bold" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#f1c232" } },
      { selector: "edge", style: {
        width: 1.5, "curve-style": "bezier", "target-arrow-shape": "triangle", "line-color": "#999",
        "target-arrow-color": "#999", label: "data(relation)", "font-size": 9, color: "#555",
        "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8 } },
      { selector: ".hidden", style: { display: "none" } },
    ],
  });

  function kindOf(n) { return KINDS[n.kind] ? n.kind : "other"; }
  function caption(n) { return n.shortLabel + (n.date ? "\n" + n.date + (n.endDate && n.endDate !== n.date ? "–" + n.endDate : "") : ""); }
  function apiUrl(id, direction, depth, format) {
    return "/api/lineage/" + id + "?direction=" + direction + "&depth=" + depth + (format ? "&format=" + format : "");
  }
  async function fetchLineage(id, direction, depth) {
    const r = await fetch(apiUrl(id, direction, depth));
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || r.statusText);
    return body;
  }
  function merge(body) {
    for (const n of body.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of body.edges) {
      const key = e.source + " " + e.relation + " " + e.target;
      if (!edges.has(key)) edges.set(key, { ...e, key });
    }
  }
  function draw() {
    cy.elements().remove();
    cy.add(Array.from(nodes.values()).map((n) => ({
      group: "nodes", data: { id: n.id, caption: caption(n), color: KINDS[kindOf(n)][0] }, classes: n.id === root ? "root" : "",
    })));
    cy.add(Array.from(edges.values()).filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => ({
      group: "edges", data: { id: e.key, source: e.subject === e.target ? e.target : e.source,
        target: e.subject === e.target ? e.source : e.target, relation: e.relation },
    })));
    applyFilters();
    // Levels from left to right (the root on the left), names beside the nodes: long UN names
    // side by side in rows would overlap.
    cy.layout({ name: "breadthfirst", roots: cy.getElementById(root), directed: false, spacingFactor: 1,
      padding: 20, animate: false, transform: (node, pos) => ({ x: pos.y * 2.2, y: pos.x * 0.55 }) }).run();
    cy.fit(undefined, 30);
    renderRelations();
    renderTable();
    updateLinks();
  }
  function applyFilters() {
    cy.edges().forEach((e) => e.toggleClass("hidden", hiddenRelations.has(e.data("relation"))));
    // A node stays when it can still be reached from the root along shown edges.
    const seen = new Set([root]);
    const queue = [root];
    while (queue.length) {
      const id = queue.shift();
      cy.getElementById(id).connectedEdges().forEach((e) => {
        if (e.hasClass("hidden")) return;
        for (const other of [e.source().id(), e.target().id()]) if (!seen.has(other)) { seen.add(other); queue.push(other); }
      });
    }
    cy.nodes().forEach((n) => n.toggleClass("hidden", !seen.has(n.id())));
  }
  function renderRelations() {
    const box = document.getElementById("l-relations");
    const relations = Array.from(new Set(Array.from(edges.values()).map((e) => e.relation))).sort();
    box.replaceChildren();
    relations.forEach((rel) => {
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.type = "checkbox";
      input.checked = !hiddenRelations.has(rel);
      input.addEventListener("change", () => {
        if (input.checked) hiddenRelations.delete(rel); else hiddenRelations.add(rel);
        applyFilters();
        renderTable();
      });
      label.appendChild(input);
      label.append(" " + rel + " (" + Array.from(edges.values()).filter((e) => e.relation === rel).length + ")");
      box.appendChild(label);
    });
  }
  function renderTable() {
    const tbody = document.querySelector("#l-nodes tbody");
    tbody.replaceChildren();
    const shown = Array.from(nodes.values()).filter((n) => !cy.getElementById(n.id).hasClass("hidden"));
    shown.forEach((n) => {
      const tr = document.createElement("tr");
      tr.dataset.id = n.id;
      const name = document.createElement("td");
      const a = document.createElement("a");
      a.href = "/id/" + n.id;
      a.textContent = n.shortLabel;
      a.title = n.label;
      name.appendChild(a);
      const kind = document.createElement("td");
      kind.textContent = KINDS[kindOf(n)][1];
      const date = document.createElement("td");
      date.textContent = n.date ? n.date + (n.endDate && n.endDate !== n.date ? " – " + n.endDate : "") : "";
      const via = document.createElement("td");
      via.textContent = n.viaRelation ? n.viaRelation + " (" + (nodes.get(n.via) || { shortLabel: n.via }).shortLabel + ")" : "root";
      const act = document.createElement("td");
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = "Expand";
      b.setAttribute("aria-label", "Expand " + n.shortLabel);
      b.addEventListener("click", () => expand(n.id));
      act.appendChild(b);
      tr.append(name, kind, date, via, act);
      tbody.appendChild(tr);
    });
    document.getElementById("l-count").textContent = "(" + shown.length + ")";
  }
  function updateLinks() {
    const d = dirInput.value;
    const depth = depthInput.value;
    const base = root.replace(/[^a-zA-Z0-9]+/g, "-");
    for (const [fmt, ext] of [["mermaid", "mmd"], ["dot", "dot"], ["graphml", "graphml"], ["json", "json"]]) {
      const a = document.getElementById("l-" + fmt);
      a.href = apiUrl(root, d, depth, fmt);
      a.download = "lineage-" + base + "." + ext;
    }
    const p = new URLSearchParams({ direction: d, depth });
    history.replaceState(null, "", location.pathname + "?" + p);
  }
  function show(id) {
    const n = nodes.get(id);
    if (!n) return;
    selected = id;
    expandButton.disabled = false;
    panel.replaceChildren();
    const h = document.createElement("h2");
    h.textContent = n.shortLabel;
    panel.appendChild(h);
    const p = document.createElement("p");
    p.className = "small";
    p.textContent = n.label + (n.date ? " · " + n.date : "") + (n.viaRelation ? " · reached by " + n.viaRelation : "");
    panel.appendChild(p);
    const links = document.createElement("p");
    links.innerHTML = '<a class="open"></a> · <a class="re-root">lineage from here</a>';
    links.querySelector(".open").href = "/id/" + id;
    links.querySelector(".open").textContent = "Open its page";
    links.querySelector(".re-root").href = "/lineage/" + id;
    panel.appendChild(links);
    const evidence = Array.from(edges.values()).filter((e) => (e.source === id || e.target === id) && e.evidence && e.evidence.length);
    evidence.slice(0, 3).forEach((e) => {
      const q = document.createElement("blockquote");
      q.className = "evidence small";
      q.textContent = e.relation + ": “" + e.evidence[0].quote + "”";
      panel.appendChild(q);
    });
  }
  // Each load or expansion takes the next number; a load answered after a later one (two changes of
  // the depth in a row, or an expansion clicked meanwhile) is dropped instead of redrawing the view
  // and wiping the status under it.
  let latest = 0;
  async function load() {
    const mine = ++latest;
    status.textContent = "Loading…";
    try {
      const body = await fetchLineage(root, dirInput.value, depthInput.value);
      if (mine !== latest) return;
      nodes.clear();
      edges.clear();
      merge(body);
      draw();
      status.textContent = "";
    } catch (err) {
      if (mine !== latest) return;
      status.textContent = "Could not load the lineage: " + err.message;
    }
  }
  async function expand(id) {
    latest++;
    status.textContent = "Expanding…";
    try {
      merge(await fetchLineage(id, dirInput.value, 1));
      draw();
      cy.getElementById(id).select();
      show(id);
      status.textContent = "Expanded " + nodes.get(id).shortLabel + ": " + nodes.size + " nodes.";
    } catch (err) {
      status.textContent = "Could not expand: " + err.message;
    }
  }

  function svgExport() {
    const bb = cy.elements(":visible").boundingBox();
    const pad = 20;
    const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const out = ['<svg xmlns="http://www.w3.org/2000/svg" width="' + Math.ceil(bb.w + 2 * pad) + '" height="' +
      Math.ceil(bb.h + 2 * pad) + '" viewBox="' + (bb.x1 - pad) + " " + (bb.y1 - pad) + " " + (bb.w + 2 * pad) + " " +
      (bb.h + 2 * pad) + '" font-family="sans-serif">',
      '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto">' +
      '<path d="M0,0L10,5L0,10z" fill="#999"/></marker></defs>',
      '<rect x="' + (bb.x1 - pad) + '" y="' + (bb.y1 - pad) + '" width="100%" height="100%" fill="#fff"/>'];
    cy.edges(":visible").forEach((e) => {
      const s = e.sourceEndpoint(), t = e.targetEndpoint();
      out.push('<line x1="' + s.x + '" y1="' + s.y + '" x2="' + t.x + '" y2="' + t.y + '" stroke="#999" stroke-width="1.5" marker-end="url(#arrow)"/>');
      out.push('<text x="' + (s.x + t.x) / 2 + '" y="' + (s.y + t.y) / 2 + '" font-size="9" fill="#555" text-anchor="middle">' + esc(e.data("relation")) + "</text>");
    });
    cy.nodes(":visible").forEach((n) => {
      const p = n.position();
      out.push('<circle cx="' + p.x + '" cy="' + p.y + '" r="' + n.width() / 2 + '" fill="' + n.data("color") + '"/>');
      n.data("caption").split("\n").forEach((line, i) => {
        out.push('<text x="' + p.x + '" y="' + (p.y + n.height() / 2 + 14 + 12 * i) + '" font-size="11" text-anchor="middle">' + esc(line) + "</text>");
      });
    });
    out.push("</svg>");
    return out.join("\n");
  }
  function save(name, href) {
    const a = document.createElement("a");
    a.href = href;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  const fileBase = "lineage-" + root.replace(/[^a-zA-Z0-9]+/g, "-");
  document.getElementById("l-png").addEventListener("click", () => save(fileBase + ".png", cy.png({ full: true, scale: 2, bg: "#ffffff" })));
  document.getElementById("l-svg").addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([svgExport()], { type: "image/svg+xml" }));
    save(fileBase + ".svg", url);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  document.getElementById("l-fit").addEventListener("click", () => cy.fit(undefined, 30));
  expandButton.addEventListener("click", () => { if (selected) expand(selected); });
  dirInput.addEventListener("change", load);
  depthInput.addEventListener("change", load);
  window.mandateLineage = { cy }; // for the browser tests and the developer console
  cy.on("tap", "node", (e) => show(e.target.id()));
  cy.on("dbltap", "node", (e) => { location.href = "/id/" + e.target.id(); });

  const legend = document.getElementById("legend");
  for (const [, [color, label]] of Object.entries(KINDS)) {
    const item = document.createElement("span");
    item.className = "legend-item";
    item.innerHTML = '<span class="swatch"></span>';
    item.querySelector(".swatch").style.background = color;
    item.append(" " + label);
    legend.appendChild(item);
  }
  const rootItem = document.createElement("span");
  rootItem.className = "legend-item";
  rootItem.innerHTML = '<span class="swatch root"></span> the entity you started from · arrows point from subject to object · dates under the names';
  legend.appendChild(rootItem);

  load();
})();
