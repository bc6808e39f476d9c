// The mandate tracker: filters and sort on the table the server rendered, the view kept in
// the URL (so it can be shared), and CSV or JSON of exactly the rows in view.
(function () {
  "use strict";
  const data = new Map(JSON.parse(document.getElementById("mandate-data").textContent).map((m) => [m.id, m]));
  const table = document.getElementById("mandates");
  const tbody = table.tBodies[0];
  const rows = Array.from(tbody.rows);
  const fields = { status: "f-status", action: "f-action", addressee: "f-addressee", q: "f-q" };
  const count = document.getElementById("mandate-count");
  let sortKey = null;
  let sortDir = 1;

  function filters() {
    const out = {};
    for (const [name, id] of Object.entries(fields)) out[name] = document.getElementById(id).value.trim();
    return out;
  }
  function visibleRows() { return rows.filter((r) => !r.hidden); }
  // As the server filters: the label itself when a row has it, else any label holding the text.
  function addresseeMatches(label, wanted) {
    if (rows.some((r) => r.dataset.addressee === wanted)) return label === wanted;
    return label.toLowerCase().includes(wanted.toLowerCase());
  }
  function apply() {
    const f = filters();
    const needle = f.q.toLowerCase();
    rows.forEach((r) => {
      r.hidden = (f.status && r.dataset.status !== f.status) || (f.action && r.dataset.action !== f.action) ||
        (f.addressee && !addresseeMatches(r.dataset.addressee, f.addressee)) ||
        (needle && !r.textContent.toLowerCase().includes(needle));
    });
    const shown = visibleRows().length;
    count.textContent = shown === rows.length ? rows.length + " mandates" : shown + " of " + rows.length + " mandates";
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(f)) if (v) params.set(k, v);
    if (sortKey) params.set("sort", (sortDir < 0 ? "-" : "") + sortKey);
    history.replaceState(null, "", location.pathname + (params.toString() ? "?" + params : ""));
  }
  function cellText(row, key) {
    const cell = row.querySelector('td[data-key="' + key + '"]');
    return cell ? (cell.dataset.sort || cell.textContent).trim().toLowerCase() : "";
  }
  function sortBy(key, dir) {
    sortKey = key;
    sortDir = dir;
    const collator = new Intl.Collator(undefined, { numeric: true });
    rows.sort((a, b) => dir * collator.compare(cellText(a, key), cellText(b, key)));
    rows.forEach((r) => tbody.appendChild(r));
    table.querySelectorAll("th").forEach((th) => th.removeAttribute("aria-sort"));
    const th = table.querySelector('th[data-key="' + key + '"]');
    if (th) th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
    apply();
  }
  table.querySelectorAll("th button.sort").forEach((b) => b.addEventListener("click", () => {
    const key = b.closest("th").dataset.key;
    sortBy(key, sortKey === key ? -sortDir : 1);
  }));
  // A page that holds every matching row filters in place as you type; a page of a longer
  // list asks the server (a choice submits the form, the text on Enter).
  const form = document.getElementById("mandate-filters");
  const complete = form.dataset.complete === "true";
  form.addEventListener("submit", (event) => { if (complete) event.preventDefault(); });
  for (const id of Object.values(fields)) {
    const input = document.getElementById(id);
    if (complete) input.addEventListener(input.tagName === "SELECT" ? "change" : "input", apply);
    else if (input.tagName === "SELECT") input.addEventListener("change", () => form.requestSubmit());
  }
  // With two text fields the browser no longer submits on Enter by itself (implicit submission
  // needs one): a page of a longer list asks the server on Enter in either, or when an
  // addressee is picked from the choices.
  if (!complete) {
    document.getElementById("f-q").addEventListener("keydown", (event) => {
      if (event.key === "Enter") { event.preventDefault(); form.requestSubmit(); }
    });
  }
  // The addressee field's choices as you type: the addressees whose label holds the text, most
  // mandates first (the page lists only the most frequent); picking one on a page of a longer
  // list asks the server.
  const addressee = document.getElementById("f-addressee");
  const choices = document.getElementById("addressee-choices");
  if (!complete) addressee.addEventListener("change", () => form.requestSubmit());
  let asked = 0;
  let timer = null;
  addressee.addEventListener("input", () => {
    const text = addressee.value.trim();
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const mine = ++asked;
      const found = await fetch("/mandates/addressees?limit=20&q=" + encodeURIComponent(text))
        .then((r) => r.json()).catch(() => null);
      if (!found || mine !== asked) return;
      choices.replaceChildren(...found.map((a) => {
        const option = document.createElement("option");
        option.value = a.label;
        option.label = a.mandates + (a.mandates === 1 ? " mandate" : " mandates");
        return option;
      }));
    }, 150);
  });

  function flat(m) {
    const e = (m.evidence || [])[0] || {};
    return {
      id: m.id, status: m.status, overdue: m.overdue, instrument: m.instrument, instrumentLabel: m.instrument_label,
      action: m.action, addressee: m.addressee, addresseeLabel: m.addressee_label, tasks: (m.tasks || []).join("; "),
      dueAt: m.dueAt || "", answeredBy: (m.answers || []).map((a) => a.id).join(" "),
      quote: e.quote || "", document: e.document || "", paragraph: e.paragraph || "",
    };
  }
  function download(name, type, text) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function csvField(v) {
    const s = String(v === null || v === undefined ? "" : v);
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function viewName(ext) {
    const f = filters();
    return "mandates" + (f.status ? "-" + f.status : "") + (f.action ? "-" + f.action : "") + "." + ext;
  }
  document.getElementById("export-csv").addEventListener("click", () => {
    const items = visibleRows().map((r) => flat(data.get(r.dataset.id)));
    const columns = Object.keys(flat({ evidence: [] }));
    const lines = [columns.join(",")].concat(items.map((i) => columns.map((c) => csvField(i[c])).join(",")));
    download(viewName("csv"), "text/csv", lines.join("\r\n") + "\r\n");
  });
  document.getElementById("export-json").addEventListener("click", () => {
    const items = visibleRows().map((r) => data.get(r.dataset.id));
    download(viewName("json"), "application/json", JSON.stringify({ filters: filters(), count: items.length, items }, null, 2));
  });

  // The view named by the URL.
  const params = new URLSearchParams(location.search);
  for (const [name, id] of Object.entries(fields)) {
    if (params.get(name)) document.getElementById(id).value = params.get(name);
  }
  const sort = params.get("sort");
  if (sort) sortBy(sort.replace(/^-/, ""), sort.startsWith("-") ? -1 : 1); else apply();
})();
