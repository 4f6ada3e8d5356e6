"""UK modulus checks (bff/core/bank_accounts.py) against the test vectors Vocalink publishes with its
"Validating account numbers" specification: each exception rule, passing and failing."""

import pytest

from bff.core.bank_accounts import BankAccount, check_bank_account, normalise

PUBLISHED_VECTORS = [
    ("089999", "66374958", True, "passes modulus 10, 11 and double alternate"),
    ("107999", "88837491", True, "passes modulus 11 and double alternate"),
    ("202959", "63748472", True, "passes modulus 11 and double alternate (exceptions 12/13 not met)"),
    ("871427", "46238510", True, "exception 10 and 11: first check passes, second fails"),
    ("872427", "46238510", True, "exception 10 and 11: first check fails, second passes"),
    ("871427", "09123496", True, "exception 10: ab = 09, g = 9; first passes, second fails"),
    ("871427", "99123496", True, "exception 10: ab = 99, g = 9; first passes, second fails"),
    ("820000", "73688637", True, "exception 3: c = 6, second check ignored"),
    ("827999", "73988638", True, "exception 3: c = 9, second check ignored"),
    ("827101", "28748352", True, "exception 3: c is neither 6 nor 9, both checks pass"),
    ("134020", "63849203", True, "exception 4: remainder equals the check digit"),
    ("118765", "64371389", True, "exception 1: 27 added to the total"),
    ("200915", "41011166", True, "exception 6: foreign currency account failing the standard check"),
    ("938611", "07806039", True, "exception 5: passes"),
    ("938600", "42368003", True, "exception 5: passes with the sort code substituted"),
    ("938063", "55065200", True, "exception 5: both checks give remainder 0"),
    ("772798", "99345694", True, "exception 7: passes where the standard check would fail"),
    ("086090", "06774744", True, "exception 8: passes"),
    ("309070", "02355688", True, "exception 2 and 9: first check passes"),
    ("309070", "12345668", True, "exception 2 and 9: first fails, second passes with substitution"),
    ("309070", "12345677", True, "exception 2 and 9: a != 0, g != 9, passes"),
    ("309070", "99345694", True, "exception 2 and 9: a != 0, g = 9, passes"),
    ("938063", "15764273", False, "exception 5: first check digit correct, second incorrect"),
    ("938063", "15764264", False, "exception 5: first check digit incorrect, second correct"),
    ("938063", "15763217", False, "exception 5: first check digit incorrect with remainder 1"),
    ("118765", "64371388", False, "exception 1: fails the double alternate check"),
    ("203099", "66831036", False, "passes modulus 11, fails double alternate"),
    ("203099", "58716970", False, "fails modulus 11, passes double alternate"),
    ("089999", "66374959", False, "fails modulus 10"),
    ("107999", "88837493", False, "fails modulus 11"),
    ("074456", "12345112", True, "exception 12/13: passes modulus 11, fails modulus 10"),
    ("070116", "34012583", True, "exception 12/13: passes modulus 11, fails modulus 10"),
    ("074456", "11104102", True, "exception 14: first check fails, second passes"),
    ("180002", "00000190", True, "exception 14: passes with the account number shifted"),
]


@pytest.mark.parametrize(
    ("sort_code", "account_number", "valid"),
    [vector[:3] for vector in PUBLISHED_VECTORS],
    ids=[f"{vector[0]}-{vector[1]}" for vector in PUBLISHED_VECTORS],
)
def test_published_vector(sort_code: str, account_number: str, valid: bool) -> None:
    check = check_bank_account(sort_code, account_number)
    assert (check.problem is None) is valid
    assert check.problem in (None, "modulus")


def test_dashes_and_spaces_are_ignored() -> None:
    assert normalise("08-99-99", "6637 4958") == BankAccount("089999", "66374958")


def test_a_short_account_number_is_padded_with_zeros() -> None:
    assert normalise("089999", "374958") == BankAccount("089999", "00374958")


@pytest.mark.parametrize(
    ("sort_code", "account_number", "problem"),
    [
        ("08999", "66374958", "sort_code"),
        ("0899991", "66374958", "sort_code"),
        ("089999", "12345", "account_number"),
        ("089999", "1234567890", "account_number"),
        ("ab-cd-ef", "66374958", "sort_code"),
    ],
)
def test_malformed_details_say_which_field(sort_code: str, account_number: str, problem: str) -> None:
    check = check_bank_account(sort_code, account_number)
    assert (check.problem, check.account) == (problem, None)
    assert check.message


def test_a_sort_code_the_table_does_not_list_cannot_be_checked_and_passes() -> None:
    assert check_bank_account("000001", "12345678").problem is None  # Vocalink's rule for unlisted codes
