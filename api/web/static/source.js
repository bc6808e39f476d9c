// The source view: clicking (or Enter on) a marked passage lists the facts read from it;
// a link ending in #ev-<id> marks that fact's span and scrolls to it.
(function () {
  "use strict";
  const facts = JSON.parse(document.getElementById("facts").textContent);
  const panel = document.getElementById("fact-panel");
  const text = document.getElementById("source-text");

  function el(tag, cls, content) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (content !== undefined) e.textContent = content;
    return e;
  }
  function entityLink(x) {
    if (x.id) { const a = el("a", "", x.label || x.id); a.href = "/id/" + x.id; return a; }
    return el("span", "literal", x.value !== undefined ? x.value : x.label);
  }
  function describe(anchors) {
    panel.replaceChildren();
    panel.appendChild(el("h2", "", anchors.length === 1 ? "The fact read here" : anchors.length + " facts read here"));
    anchors.forEach((anchor) => {
      const f = facts[anchor];
      if (!f) return;
      const box = el("div", "fact");
      box.dataset.anchor = anchor;
      const line = el("p", "statement");
      line.appendChild(entityLink(f.subject));
      line.appendChild(el("span", "relation", " " + f.relation + " "));
      line.appendChild(entityLink(f.object));
      box.appendChild(line);
      if (f.quote) box.appendChild(el("blockquote", "evidence small", "“" + f.quote + "”"));
      box.appendChild(el("p", "small muted", (f.paragraph ? "para. " + f.paragraph + " · " : "") +
        "characters " + f.start + "–" + f.end + (f.characterization ? " · " + f.characterization : "")));
      panel.appendChild(box);
    });
  }
  function select(anchors, scroll) {
    text.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
    const marks = Array.from(text.querySelectorAll("mark.fact")).filter((m) =>
      m.dataset.ev.split(" ").some((a) => anchors.includes(a)));
    marks.forEach((m) => m.classList.add("current"));
    describe(anchors);
    if (scroll && marks[0]) marks[0].scrollIntoView({ block: "center" });
  }
  text.addEventListener("click", (e) => {
    const mark = e.target.closest("mark.fact");
    if (mark) select(mark.dataset.ev.split(" "), false);
  });
  text.addEventListener("keydown", (e) => {
    const mark = e.target.closest("mark.fact");
    if (mark && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); select(mark.dataset.ev.split(" "), false); }
  });
  function fromHash() {
    const anchor = decodeURIComponent(location.hash.slice(1));
    if (anchor.startsWith("ev-") && facts[anchor]) select([anchor], true);
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
