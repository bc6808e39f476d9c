#!/usr/bin/env bash
# Extraction measured on the unseen documents (tests/data/unseen/, fictional, see its README):
# load them into a fresh store with the project's own command line and the reference data
# beside them, export N-Quads and score the export against their gold facts with the shared
# scorer, exactly as ../shared/eval/score does for the corpus and dev sets.
#   tests/unseen_score.sh [--show-miss] [--show-extra] [--json FILE]
# Needs ../shared/eval/score_gold.py beside the clone (override with MANDATES_EVAL_DIR).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
unseen="$root/tests/data/unseen"
eval_dir="${MANDATES_EVAL_DIR:-$root/../shared/eval}"
[ -f "$eval_dir/score_gold.py" ] || {
  echo "no scorer at $eval_dir/score_gold.py: put the shared/ folder beside the clone or set MANDATES_EVAL_DIR" >&2
  exit 2
}
mandates=mandates; [ -x "$root/.venv/bin/mandates" ] && mandates="$root/.venv/bin/mandates"
command -v "$mandates" >/dev/null || { echo "no mandates command: install the project first (README)" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/docs" && cp "$unseen"/*.txt "$tmp/docs/"   # only the documents: the folder also holds gold and a README
refs=(); for ttl in "$unseen"/*.ttl; do refs+=(--reference "$ttl"); done
"$mandates" --store "$tmp/store" "${refs[@]}" load "$tmp/docs" >"$tmp/load.log" 2>&1 \
  || { echo "unseen: load failed:"; tail -5 "$tmp/load.log"; exit 1; }
"$mandates" --store "$tmp/store" export --format nquads >"$tmp/unseen.nq"
echo "== unseen"
python3 "$eval_dir/score_gold.py" "$tmp/unseen.nq" "$unseen"/*.jsonl \
  --keys "$eval_dir/gold/keys.json" --keys "$unseen/keys.json" "$@"
