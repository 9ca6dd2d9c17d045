"""safecommit: keep personal data, secrets and protective markings out of git commits."""

__version__ = "0.1.0"
