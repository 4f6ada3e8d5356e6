"""The credit check: find the applicant's file, then decide from its score and history.

    find:    the file with the applicant's given and family name (case and spaces ignored) at the address
             (postcode + house number, any address of their history). A name alone never decides.
    decide:  found, but the date of birth given contradicts the file     -> review (possible impersonation)
             found, score <  decline_below                               -> decline
             found, score <  refer_below                                 -> refer (a person decides)
             found, score <  accept_from, or history < thin_file_months  -> deposit (deposit_gbp)
             found, otherwise                                            -> accept
             no file at all                                              -> no_file_outcome (a setting)

No file is not a bad file (young people, people new to the UK): the operator's policy for it is a setting,
MOCKS_CREDIT_NO_FILE_OUTCOME, `accept` by default, with velocity checks (tmf622/validation.py) watching.
"""

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from mock_backends.credit_bureau.people import Person, people

Outcome = Literal["accept", "deposit", "refer", "decline", "review"]


@dataclass(frozen=True)
class Policy:
    decline_below: int = 450
    refer_below: int = 560
    accept_from: int = 700
    thin_file_months: int = 36
    deposit_gbp: float = 100.0
    no_file_outcome: Literal["accept", "deposit", "refer"] = "accept"


@dataclass(frozen=True)
class Applicant:
    given_name: str
    family_name: str
    birth_date: date | None
    postcode: str
    street_nr: str


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    reason: str  # for the operator's staff, never shown to the customer
    file_id: str | None = None
    deposit_gbp: float | None = None


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def find(applicant: Applicant) -> Person | None:
    """The applicant's file: their name at the address, now or in their history."""
    wanted = (_key(applicant.given_name), _key(applicant.family_name))
    where = (_key(applicant.postcode), _key(applicant.street_nr))
    return next(
        (
            person
            for person in people()
            if (_key(person.given_name), _key(person.family_name)) == wanted
            and any((_key(r.postcode), _key(r.street_nr)) == where for r in person.addresses)
        ),
        None,
    )


def history_months(person: Person, today: date) -> int:
    """How long the bureau has known the person at an address, in whole months."""
    earliest = min(residence.since for residence in person.addresses)
    return (today.year - earliest.year) * 12 + today.month - earliest.month


def decide(applicant: Applicant, policy: Policy, today: date | None = None) -> Decision:
    person = find(applicant)
    if person is None:
        deposit = policy.deposit_gbp if policy.no_file_outcome == "deposit" else None
        return Decision(
            policy.no_file_outcome, "No file at the bureau for this name and address", None, deposit
        )
    if applicant.birth_date is not None and applicant.birth_date != person.birth_date:
        return Decision("review", "The date of birth given does not match the bureau's file", person.id)
    months = history_months(person, today or date.today())
    if person.score < policy.decline_below:
        return Decision("decline", f"Score {person.score} is below {policy.decline_below}", person.id)
    if person.score < policy.refer_below:
        return Decision("refer", f"Score {person.score} is below {policy.refer_below}", person.id)
    if person.score < policy.accept_from:
        reason = f"Score {person.score} is below {policy.accept_from}"
        return Decision("deposit", reason, person.id, policy.deposit_gbp)
    if months < policy.thin_file_months:
        reason = f"Thin file: {months} months of address history, under {policy.thin_file_months}"
        return Decision("deposit", reason, person.id, policy.deposit_gbp)
    return Decision("accept", f"Score {person.score}", person.id)
