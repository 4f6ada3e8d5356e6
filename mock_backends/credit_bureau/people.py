"""The bureau's files: people with a name, a date of birth, an address history and a score.

Deterministic: the same files on every start (no database, nothing random at run time). A few named people
are the personas of docs/architecture.md ("Credit bureau"), one per outcome; a few hundred more are drawn
from a fixed-seed generator at the seed address base's houses, so the bureau is not just its personas.
"""

import random
from dataclasses import dataclass
from datetime import date
from functools import cache

SEED = 20261207
GENERATED_PEOPLE = 300


@dataclass(frozen=True)
class Residence:
    """One address the person lived at, from `since` until `until` (None: lives there now)."""

    postcode: str
    street_nr: str
    since: date
    until: date | None = None


@dataclass(frozen=True)
class Person:
    id: str
    given_name: str
    family_name: str
    birth_date: date
    score: int  # 0-999, higher is better
    addresses: tuple[Residence, ...]


def _person(number: int, given: str, family: str, born: date, score: int, *addresses: Residence) -> Person:
    return Person(f"cb-{number:04d}", given, family, born, score, addresses)


# The personas: one per outcome (thresholds in mock_backends/config.py, MOCKS_CREDIT_*).
PERSONAS = (
    _person(1, "Amara", "Okafor", date(1984, 3, 12), 820, Residence("RG1 4AB", "5", date(2015, 6, 1))),
    _person(2, "Dylan", "Price", date(1992, 7, 30), 640, Residence("RG1 4AB", "7", date(2016, 2, 1))),
    _person(3, "Priya", "Raman", date(1990, 11, 2), 520, Residence("RG1 4AB", "9", date(2012, 9, 1))),
    _person(4, "Gareth", "Lloyd", date(1978, 5, 19), 380, Residence("LS6 2AB", "4", date(2010, 1, 1))),
    # A thin file: a good score, but at the bureau for less than the history asked for (MOCKS_CREDIT_...).
    _person(
        5,
        "Ellis",
        "Hart",
        date(2005, 1, 15),
        760,
        Residence("RG1 4AB", "11", date.today().replace(day=1, month=1)),
    ),
    _person(
        6,
        "Hannah",
        "Wells",
        date(1988, 8, 8),
        790,
        Residence("RG1 4AB", "3", date(2021, 4, 1)),
        Residence("LS6 2AB", "8", date(2014, 1, 1), date(2021, 3, 31)),
    ),
)

_GIVEN = ("Oliver", "Amelia", "Harry", "Isla", "Jack", "Ava", "George", "Mia", "Noah", "Grace", "Leo", "Ruby")
_FAMILY = ("Taylor", "Davies", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Green", "Hall")


def _generated(rng: random.Random, number: int, houses: list[tuple[str, str]]) -> Person:
    born = date(1950, 1, 1).toordinal() + rng.randrange(50 * 365)
    moved_in = date(2000, 1, 1).toordinal() + rng.randrange(25 * 365)
    postcode, street_nr = rng.choice(houses)
    return _person(
        number,
        rng.choice(_GIVEN),
        rng.choice(_FAMILY),
        date.fromordinal(born),
        rng.randrange(300, 950),
        Residence(postcode, street_nr, date.fromordinal(moved_in)),
    )


@cache
def people() -> tuple[Person, ...]:
    """Every file the bureau holds: the personas, then the generated people."""
    # Here, not at the top: the seed package imports the order manager, which imports the bureau.
    from mock_backends.seed.addresses import STREETS

    rng = random.Random(SEED)
    # Not in Orchard Close (RG1 4AB), the personas' street, where the journeys register people at will.
    houses = [
        (street.postcode, number)
        for street in STREETS
        if street.postcode != "RG1 4AB"
        for number in street.house_numbers
    ]
    first = len(PERSONAS) + 1
    return PERSONAS + tuple(
        _generated(rng, number, houses) for number in range(first, first + GENERATED_PEOPLE)
    )
