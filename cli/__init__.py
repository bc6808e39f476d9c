"""The `mandates` command line (typer + rich): `cli.main` holds the app and its commands."""
