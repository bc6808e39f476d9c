"""The two ways users reach the system: the HTTP service (`api.app`) and the command line (`api.cli`)."""
