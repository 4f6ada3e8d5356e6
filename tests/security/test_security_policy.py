"""Issue 21, "Also": SECURITY.md says what is protected, the production checklist, and how to report."""

from pathlib import Path

POLICY = Path(__file__).parents[2] / "SECURITY.md"


def test_security_policy_covers_reporting_protection_and_the_production_checklist() -> None:
    text = POLICY.read_text(encoding="utf-8")
    for heading in (
        "## Reporting a vulnerability",
        "## What is protected, and how",
        "## Production checklist",
    ):
        assert heading in text
    for point in ("**Secrets.**", "**Demo data off.**", "**TLS in front.**", "**Allowed origins.**"):
        assert point in text
    for setting in ("STACK_DEMO=true", "_FILE", "IDP_BFF_CLIENT_SECRET", "tmf.read", "tests/security/"):
        assert setting in text
