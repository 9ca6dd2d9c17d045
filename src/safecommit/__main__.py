from safecommit.cli import console

raise SystemExit(console())
