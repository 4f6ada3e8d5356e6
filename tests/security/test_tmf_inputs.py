"""Issue 21, Low: what the TMF servers and the identity provider accept as input. Non-finite numbers,
oversized bodies and text, control and bidirectional characters in names are refused with a TMF Error
that does not echo the input; every answer carries nosniff; `.regex` filters run in linear time."""

import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from mock_backends.identity.testing import idp_settings, running_idp
from mock_backends.testing import running_app, sqlite_settings

INDIVIDUALS = "/tmf-api/party/v4/individual"
CANCELS = "/tmf-api/productOrderingManagement/v4/cancelProductOrder"
ADDRESSES = "/tmf-api/geographicAddressManagement/v4/geographicAddress"
JSON = {"content-type": "application/json"}


@pytest.fixture
async def tmf(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with running_app(sqlite_settings(tmp_path, order_pace="off")) as client:
        yield client


def assert_tmf_error(answer: httpx.Response, status: int, code: str) -> None:
    assert answer.status_code == status, answer.text[:500]
    assert answer.headers["content-type"].startswith("application/json")
    body = answer.json()
    assert body["code"] == code and body["message"], body
    assert len(answer.content) < 2000  # nothing sent is echoed back


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
async def test_non_finite_numbers_are_a_422(tmf: httpx.AsyncClient, number: str) -> None:
    body = '{"givenName": "Ada", "familyName": "Lovelace", "extra": {"n": NUMBER}}'.replace("NUMBER", number)
    assert_tmf_error(await tmf.post(INDIVIDUALS, content=body, headers=JSON), 422, "INVALID_NUMBER")


async def test_non_finite_numbers_are_a_422_at_the_identity_provider(tmp_path: Path) -> None:
    async with running_idp(idp_settings(tmp_path)) as idp:
        answer = await idp.post("/token", content='{"grant_type": NaN}', headers=JSON)
    assert_tmf_error(answer, 422, "INVALID_NUMBER")


async def test_a_body_above_the_limit_is_a_413(tmf: httpx.AsyncClient) -> None:
    huge = '{"givenName": "' + "a" * (2 * 1024 * 1024) + '", "familyName": "x"}'
    assert_tmf_error(await tmf.post(INDIVIDUALS, content=huge, headers=JSON), 413, "BODY_TOO_LARGE")


async def test_a_body_above_the_limit_is_a_413_at_the_identity_provider(tmp_path: Path) -> None:
    async with running_idp(idp_settings(tmp_path)) as idp:
        answer = await idp.post("/register", data={"given_name": "a" * (100 * 1024)})
    assert_tmf_error(answer, 413, "BODY_TOO_LARGE")


async def test_long_free_text_is_refused_without_echoing_it(tmf: httpx.AsyncClient) -> None:
    reason = "x" * 50_000
    answer = await tmf.post(
        CANCELS, json={"productOrder": {"id": "po-1"}, "cancellationReason": reason}, headers=JSON
    )
    assert_tmf_error(answer, 400, "TEXT_TOO_LONG")
    assert "cancellationReason" in answer.json()["message"]


@pytest.mark.parametrize("name", ["Jane\u202eeoD", "Jane\x00Doe", "Ja\u2066ne"])
async def test_names_with_control_or_bidi_characters_are_refused(tmf: httpx.AsyncClient, name: str) -> None:
    answer = await tmf.post(INDIVIDUALS, json={"givenName": name, "familyName": "Doe"})
    assert_tmf_error(answer, 400, "INVALID_CHARACTER")
    assert "givenName" in answer.json()["message"]


async def test_ordinary_names_and_multiline_text_pass(tmf: httpx.AsyncClient) -> None:
    answer = await tmf.post(INDIVIDUALS, json={"givenName": "Zoë", "familyName": "O'Brien-Łódź 李"})
    assert answer.status_code == 201, answer.text


async def test_every_json_answer_says_nosniff(tmf: httpx.AsyncClient, tmp_path: Path) -> None:
    answers = [
        await tmf.get(INDIVIDUALS),
        await tmf.get(f"{INDIVIDUALS}/missing"),
        await tmf.post(INDIVIDUALS, json={}),
        await tmf.get("/health"),
    ]
    async with running_idp(idp_settings(tmp_path / "idp")) as idp:
        answers += [await idp.get("/.well-known/openid-configuration"), await idp.post("/token", data={})]
    for answer in answers:
        assert answer.headers.get("x-content-type-options") == "nosniff", answer.request.url


async def test_regex_filter_with_nested_quantifiers_does_not_stall(tmf: httpx.AsyncClient) -> None:
    # Python's `re` takes seconds (doubling per character) on this pattern against this text.
    await tmf.post(INDIVIDUALS, json={"givenName": "x-" + "a" * 26 + "!", "familyName": "Doe"})
    start = time.perf_counter()
    answer = await tmf.get(INDIVIDUALS, params={"givenName.regex": "^x-(a+)+$"})
    elapsed = time.perf_counter() - start
    assert answer.status_code == 200
    assert answer.json() == []
    assert elapsed < 1.0, elapsed


async def test_regex_filter_still_matches(tmf: httpx.AsyncClient) -> None:
    await tmf.post(INDIVIDUALS, json={"givenName": "Orchid", "familyName": "Doe"})
    answer = await tmf.get(INDIVIDUALS, params={"givenName.regex": "^orch"})
    assert [person["givenName"] for person in answer.json()] == ["Orchid"]
    refused = await tmf.get(INDIVIDUALS, params={"givenName.regex": r"(a)\1"})
    assert_tmf_error(refused, 400, "INVALID_FILTER")
