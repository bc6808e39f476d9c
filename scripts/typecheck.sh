#!/usr/bin/env bash
# Type-check the package with mypy (configuration: [tool.mypy] in pyproject.toml).
#
# The folders stay at the top of the repository and install as `mandate_graph.*` through
# setuptools' package-dir; mypy cannot follow an editable install's import hook, so it reads
# the package through a tree of symbolic links that has the installed shape. Arguments are
# passed on (e.g. a module: `scripts/typecheck.sh -m mandate_graph.graph.entities`);
# without any, the whole package is checked.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tree="$(mktemp -d)"
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree/mandate_graph"
for folder in graph api cli loaders ontology queries; do
  ln -s "$root/$folder" "$tree/mandate_graph/$folder"
done
mypy="${MYPY:-$root/.venv/bin/mypy}"
cd "$tree"
if [ "$#" -eq 0 ]; then
  set -- -p mandate_graph
fi
"$mypy" --config-file "$root/pyproject.toml" --cache-dir "$root/.mypy_cache" "$@"
