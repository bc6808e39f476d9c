// The query editor: YASGUI on this server's /sparql, offline (prefix completion from
// /query/prefixes.json instead of prefix.cc; no endpoint catalogue of public services).
// The named queries load into the editor and run; entity IRIs in the results link to their
// pages on this server instead of the (not yet served) public IRI.
(function () {
  "use strict";
  const examples = JSON.parse(document.getElementById("examples").textContent);
  const defaultQuery = JSON.parse(document.getElementById("default-query").textContent);
  const endpoint = location.origin + "/sparql";
  const base = document.getElementById("yasgui").dataset.base;

  Yasgui.Yasqe.defaults.prefixCcApi = location.origin + "/query/prefixes.json";
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  Yasgui.Yasqe.defaults.value = defaultQuery;
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint }] },
    persistenceId: "mandate-graph-query",
    yasqe: { value: defaultQuery },
  });

  function tab() { return yasgui.getTab(); }
  document.querySelectorAll("button.example").forEach((b) => b.addEventListener("click", () => {
    const ex = examples.find((e) => e.name === b.dataset.name);
    const t = tab();
    t.setEndpoint(endpoint);
    t.getYasqe().setValue(ex.query);
    t.setName(ex.title.slice(0, 40));
    t.query();
  }));
  document.querySelectorAll("a.dl").forEach((a) => a.addEventListener("click", () => {
    const query = tab().getYasqe().getValue();
    a.href = "/sparql?format=" + a.dataset.format + "&query=" + encodeURIComponent(query);
    a.download = "results." + a.dataset.format;
  }));

  // Entity IRIs under the base open their page here (the public IRIs resolve to the
  // project's server, which may not be this one and is not reachable offline).
  const results = document.getElementById("yasgui");
  function localise() {
    results.querySelectorAll(".yasr a[href^='" + base + "']").forEach((a) => {
      const path = a.getAttribute("href").slice(base.length);
      a.href = "/id/" + path;
      a.textContent = path; // the id, as the JSON API and the command line show it
      a.title = base + path;
      a.removeAttribute("target");
    });
  }
  new MutationObserver(localise).observe(results, { childList: true, subtree: true });
})();

// A click on an entity link in the results opens its page. YASR's table cancels link clicks
// (its cells handle clicks themselves), so the click is kept from reaching it; a click with a
// modifier key keeps the browser's own meaning (new tab, new window).
document.getElementById("yasgui").addEventListener("click", (e) => {
  const a = e.target.closest && e.target.closest(".yasr a[href^='/id/']");
  if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.stopPropagation();
}, true);
