"""Options shared by the whole suite (pytest reads option hooks only from the top conftest)."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("e2e", "end-to-end journeys")
    group.addoption("--base-url", help="storefront of an existing deployment (no local processes started)")
    group.addoption("--bff-url", help="web BFF of that deployment")
    group.addoption("--tmf-url", help="base of its TMF APIs, e.g. https://tmf.example.com/tmf-api")
    group.addoption(
        "--stack-profile",
        choices=("embedded", "production"),
        default="embedded",
        help="locally started stack: embedded defaults (SQLite, disk state) or production "
        "(PostgreSQL, Redis, several storefront workers)",
    )
    group.addoption(
        "--serviceable-address",
        default="RG1 4AB/12",
        help="postcode/house number of an address with fibre, as POSTCODE/NUMBER",
    )
