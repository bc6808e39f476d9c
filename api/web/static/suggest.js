// Suggestions as you type in any search box marked data-suggest: the citation resolved
// (/api/resolve) first, then names, titles and quotes that contain the text (/api/search).
// Arrow keys move through the list, Enter opens the highlighted entry, Escape closes it.
(function () {
  "use strict";
  function debounce(fn, ms) {
    let t;
    return function (...args) { clearTimeout(t); t = setTimeout(() => fn.apply(this, args), ms); };
  }
  function attach(input) {
    const list = document.createElement("ul");
    list.className = "suggestions";
    list.id = input.id + "-suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.parentNode.style.position = "relative";
    input.parentNode.appendChild(list);
    let active = -1;
    let seq = 0;

    function items() { return Array.from(list.querySelectorAll("li[role=option]")); }
    function setActive(i) {
      const all = items();
      all.forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
      active = i;
      if (all[i]) { input.setAttribute("aria-activedescendant", all[i].id); all[i].scrollIntoView({ block: "nearest" }); }
    }
    function close() { list.hidden = true; input.setAttribute("aria-expanded", "false"); active = -1; }
    function option(entry, note, n) {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      li.id = list.id + "-" + n;
      const a = document.createElement("a");
      a.href = "/id/" + entry.id;
      a.textContent = entry.label;
      li.appendChild(a);
      const badge = document.createElement("span");
      badge.className = "badge";
      badge.textContent = entry.type || "";
      li.appendChild(badge);
      if (note) {
        const small = document.createElement("div");
        small.className = "small muted";
        small.textContent = note;
        li.appendChild(small);
      }
      li.addEventListener("mousedown", (e) => { e.preventDefault(); location.href = a.href; });
      return li;
    }
    const update = debounce(async function () {
      const q = input.value.trim();
      const mine = ++seq;
      if (q.length < 2) { close(); return; }
      const [resolved, searched] = await Promise.all([
        fetch("/api/resolve?ref=" + encodeURIComponent(q)).then((r) => r.json()).catch(() => null),
        fetch("/api/search?limit=8&q=" + encodeURIComponent(q)).then((r) => r.json()).catch(() => null),
      ]);
      if (mine !== seq) return; // a later keystroke has its own answer coming
      list.replaceChildren();
      const seen = new Set();
      let n = 0;
      const add = (entry, note) => {
        if (!entry || !entry.id || seen.has(entry.id)) return;
        seen.add(entry.id);
        list.appendChild(option(entry, note, n++));
      };
      if (resolved && resolved.entity) add(resolved.entity, "best match for “" + q + "”");
      if (resolved && resolved.candidates) resolved.candidates.slice(0, 4).forEach((c) => add(c, "also possible"));
      if (searched && searched.results) {
        searched.results.forEach((r) => add(r.entity, (r.field === "quote" ? "quote: " : r.field + ": ") + r.text.slice(0, 110)));
      }
      const all = document.createElement("li");
      all.className = "all";
      all.id = list.id + "-all";
      all.setAttribute("role", "option");
      const a = document.createElement("a");
      a.href = "/search?q=" + encodeURIComponent(q);
      a.textContent = "All results for “" + q + "”";
      all.appendChild(a);
      all.addEventListener("mousedown", (e) => { e.preventDefault(); location.href = a.href; });
      list.appendChild(all);
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      setActive(n > 0 ? 0 : -1);
    }, 150);

    input.addEventListener("input", update);
    input.addEventListener("keydown", (e) => {
      const all = items();
      if (list.hidden || !all.length) return;
      if (e.key === "ArrowDown") { e.preventDefault(); setActive((active + 1) % all.length); }
      else if (e.key === "ArrowUp") { e.preventDefault(); setActive((active - 1 + all.length) % all.length); }
      else if (e.key === "Escape") { close(); }
      else if (e.key === "Enter" && active >= 0) {
        e.preventDefault();
        location.href = all[active].querySelector("a").href;
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 150));
  }
  document.querySelectorAll("input[data-suggest]").forEach(attach);
})();
