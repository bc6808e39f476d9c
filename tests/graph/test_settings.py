"""Settings declared once (`graph.settings.SETTINGS`), parsed once, documented where users look."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from mandate_graph.graph.settings import DEFAULT_BASE_IRI, SETTINGS, Settings

ROOT = Path(__file__).resolve().parent.parent.parent


def test_the_table_and_the_dataclass_agree() -> None:
    fields = dataclasses.fields(Settings)
    assert [f.name for f in fields] == [s.name for s in SETTINGS]
    defaults = Settings()
    for setting in SETTINGS:
        assert getattr(defaults, setting.name) == setting.default, setting.name
        assert setting.env.startswith("MANDATES_") and setting.help


def test_options_win_over_the_environment_which_wins_over_defaults() -> None:
    environ = {
        "MANDATES_STORE": "memory",
        "MANDATES_BASE_IRI": "https://example.org/env/",
        "MANDATES_MAX_ROWS": "0",
        "MANDATES_QUERY_TIMEOUT": "2.5",
        "MANDATES_ALLOW_NETWORK": "yes",
        "MANDATES_SPARQL_QUERY_AUTH": "1",
        "MANDATES_REFERENCE": "a.ttl:b",
    }
    settings = Settings.from_env(environ, base_iri="https://example.org/option/", store=None)
    assert settings.base_iri == "https://example.org/option/"  # the option
    assert settings.store == "memory"  # None is "not given": the environment's
    assert settings.max_rows is None and settings.query_timeout == 2.5
    assert settings.allow_network and settings.sparql_query_auth
    assert settings.reference_paths == (Path("a.ttl"), Path("b"))
    assert settings.query_workers == 3 and settings.sparql_auth == "digest"  # defaults
    assert Settings.from_env({}) == Settings()


@pytest.mark.parametrize(
    "environ, named",
    [
        ({"MANDATES_QUERY_WORKERS": "many"}, "MANDATES_QUERY_WORKERS"),
        ({"MANDATES_ALLOW_NETWORK": "perhaps"}, "MANDATES_ALLOW_NETWORK"),
        ({"MANDATES_BASE_IRI": "https://example.org/no-slash"}, "MANDATES_BASE_IRI"),
        ({"MANDATES_SPARQL_AUTH": "kerberos"}, "MANDATES_SPARQL_AUTH"),
    ],
)
def test_a_bad_value_names_its_variable(environ: dict[str, str], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        Settings.from_env(environ)


def test_settings_are_frozen_and_unknown_options_refused() -> None:
    settings = Settings()
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.base_iri = DEFAULT_BASE_IRI  # type: ignore[misc]
    with pytest.raises(TypeError, match="no_such_setting"):
        Settings.from_env({}, no_such_setting=1)


def test_every_setting_is_documented() -> None:
    docs = (ROOT / "README.md").read_text() + "".join(p.read_text() for p in (ROOT / "docs").glob("*.md"))
    missing = [s.env for s in SETTINGS if f"`{s.env}`" not in docs]
    assert not missing, f"add these to the settings tables of README.md or docs/: {missing}"
