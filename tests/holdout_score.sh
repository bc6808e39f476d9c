#!/usr/bin/env bash
# Extraction measured on the held-out documents (tests/data/holdout/, fictional): the same load,
# export and shared scorer as tests/unseen_score.sh, over the held-out folder.
# Never tune extraction on this set: report its figures, do not read its misses to write rules
# (tests/data/holdout/README.md says why and what to do once it has been looked at).
#   tests/holdout_score.sh [--show-miss] [--show-extra] [--json FILE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec "$here/unseen_score.sh" "$here/data/holdout" "$@"
