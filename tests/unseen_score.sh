#!/usr/bin/env bash
# Extraction measured on a folder of fictional test documents with their own gold, by default the
# unseen documents (tests/data/unseen/, see its README); tests/holdout_score.sh calls it on the
# held-out set (tests/data/holdout/). Loads the folder's documents into a fresh store with the
# project's own command line and the folder's reference data (*.ttl), exports N-Quads and scores
# the export against the folder's gold facts (*.jsonl, keys.json) with the shared scorer, exactly
# as ../shared/eval/score does for the corpus and dev sets.
#   tests/unseen_score.sh [FOLDER] [--show-miss] [--show-extra] [--json FILE]
# Needs ../shared/eval/score_gold.py beside the clone (override with MANDATES_EVAL_DIR).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
set_dir="$root/tests/data/unseen"
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  [ -d "$1" ] || { echo "no folder $1: give a folder of documents with their gold (e.g. tests/data/holdout)" >&2; exit 2; }
  set_dir="$(cd "$1" && pwd)"; shift
fi
set_name="$(basename "$set_dir")"
eval_dir="${MANDATES_EVAL_DIR:-$root/../shared/eval}"
[ -f "$eval_dir/score_gold.py" ] || {
  echo "no scorer at $eval_dir/score_gold.py: put the shared/ folder beside the clone or set MANDATES_EVAL_DIR" >&2
  exit 2
}
for needed in "$set_dir"/*.txt "$set_dir"/*.jsonl "$set_dir/keys.json"; do
  [ -e "$needed" ] || { echo "$set_name: no $(basename "$needed") in $set_dir (documents, gold and keys.json expected)" >&2; exit 2; }
done
mandates=mandates; [ -x "$root/.venv/bin/mandates" ] && mandates="$root/.venv/bin/mandates"
command -v "$mandates" >/dev/null || { echo "no mandates command: install the project first (README)" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/docs" && cp "$set_dir"/*.txt "$tmp/docs/"   # only the documents: the folder also holds gold and a README
refs=(); for ttl in "$set_dir"/*.ttl; do [ -e "$ttl" ] && refs+=(--reference "$ttl"); done
"$mandates" --store "$tmp/store" ${refs[@]+"${refs[@]}"} load "$tmp/docs" >"$tmp/load.log" 2>&1 \
  || { echo "$set_name: load failed:"; tail -5 "$tmp/load.log"; exit 1; }
"$mandates" --store "$tmp/store" export --format nquads >"$tmp/$set_name.nq"
echo "== $set_name"
python3 "$eval_dir/score_gold.py" "$tmp/$set_name.nq" "$set_dir"/*.jsonl \
  --keys "$eval_dir/gold/keys.json" --keys "$set_dir/keys.json" "$@"
