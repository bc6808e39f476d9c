"""A presidential statement loaded with `mandates load` and asked for by SPARQL (E160): its
requests are an instrument's, and its node is also the document of its symbol."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import mandates

STATEMENT = (
    "United Nations\tS/PRST/2034/4\nSecurity Council\tDistr.: General\n14 May 2034\n\nOriginal: English\n\n"
    "Statement by the President of the Security Council\n\n"
    "At the 11050th meeting of the Security Council, held on 14 May 2034, in connection with the Council's "
    'consideration of the item entitled "Youth in conflict", the President of the Security Council made the '
    "following statement on behalf of the Council:\n\n"
    '"The Security Council recalls its resolution 2250 (2015).\n\n'
    '"The Security Council requests the Secretary-General to include in his next report an assessment of the '
    "participation of young people in peace processes.\n\n"
    '"The Security Council decides to remain seized of the matter."\n'
)

QUERY = """
PREFIX mg: <https://w3id.org/mandate-graph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?symbol ?addressee ?day WHERE {
  ?statement a mg:Instrument, mg:Document ; skos:notation ?symbol ; mg:requests ?addressee ; mg:adoptedOn ?day .
  ?mandate a mg:Mandate ; mg:instrument ?statement ; mg:addressee ?addressee .
}
"""


def test_a_loaded_statement_requests_as_an_instrument(tmp_path: Path) -> None:
    source = tmp_path / "prst.txt"
    source.write_text(STATEMENT, encoding="utf-8")
    store = tmp_path / "store"
    mandates(store, "load", str(source))
    rows = json.loads(mandates(store, "query", QUERY, "--format", "json").stdout)["results"]["bindings"]
    assert [(r["symbol"]["value"], r["addressee"]["value"].rsplit("/", 1)[-1], r["day"]["value"]) for r in rows] == [
        ("S/PRST/2034/4", "secretary-general", "2034-05-14")
    ]
    validated = mandates(store, "validate", check=False)
    assert validated.returncode == 0 and "conforms" in validated.stdout, validated.stdout + validated.stderr
