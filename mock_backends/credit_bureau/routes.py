"""The bureau's own API (not a TMF API): a credit check, as the order manager makes it in process.

    POST /creditBureau/v1/creditCheck  {givenName, familyName, birthDate?, postcode, streetNr}
         -> 200 {outcome, reason, fileId, deposit: {unit, value} | null}

Guarded by the same bearer tokens as the TMF APIs (auth/middleware.py).
"""

from datetime import date
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from mock_backends.credit_bureau import service
from mock_backends.deps import SettingsDep

API_PATH = "/creditBureau/v1"

router = APIRouter(prefix=API_PATH, tags=["Credit bureau"])


class CreditCheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    given_name: str = Field(alias="givenName", min_length=1, max_length=100)
    family_name: str = Field(alias="familyName", min_length=1, max_length=100)
    birth_date: date | None = Field(None, alias="birthDate")
    postcode: str = Field(min_length=2, max_length=10)
    street_nr: str = Field(alias="streetNr", min_length=1, max_length=20)


@router.post("/creditCheck", operation_id="createCreditCheck")
def credit_check(body: CreditCheckRequest, settings: SettingsDep) -> dict[str, Any]:
    applicant = service.Applicant(
        body.given_name, body.family_name, body.birth_date, body.postcode, body.street_nr
    )
    decision = service.decide(applicant, settings.credit_policy())
    deposit = {"unit": "GBP", "value": decision.deposit_gbp} if decision.deposit_gbp is not None else None
    return {
        "outcome": decision.outcome,
        "reason": decision.reason,
        "fileId": decision.file_id,
        "deposit": deposit,
    }
