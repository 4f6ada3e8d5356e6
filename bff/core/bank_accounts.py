"""UK bank details: the format of a sort code and account number, and Vocalink's modulus check.

The check is `uk-mod-check` (PyPI), which ships Vocalink's published weight table and substitution table and
passes Vocalink's published test vectors (tests/unit/test_bank_accounts.py). A sort code the table does not
list cannot be checked, and Vocalink's rule is to accept it; the payment provider (TMF670) checks again.
Nothing here keeps or logs the account number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import uk_mod_check  # type: ignore[import-untyped]  # ships no type information

Problem = Literal["sort_code", "account_number", "modulus"]

MESSAGES: dict[Problem, str] = {
    "sort_code": "Enter the sort code: 6 digits, like 12-34-56.",
    "account_number": "Enter the account number: 8 digits (6 or 7 if your bank gave you fewer).",
    "modulus": "These bank details don't match: please check the sort code and account number.",
}


@dataclass(frozen=True)
class BankAccount:
    sort_code: str  # 6 digits
    account_number: str  # 8 digits

    @property
    def sort_code_display(self) -> str:
        return f"{self.sort_code[:2]}-{self.sort_code[2:4]}-{self.sort_code[4:]}"


@dataclass(frozen=True)
class BankCheck:
    account: BankAccount | None
    problem: Problem | None

    @property
    def message(self) -> str:
        return MESSAGES[self.problem] if self.problem else ""


def normalise(sort_code: str, account_number: str) -> BankAccount | Problem:
    """Digits only (spaces and dashes dropped); a 6 or 7-digit account is padded with zeros, as banks do."""
    code = re.sub(r"[\s-]", "", sort_code)
    if not re.fullmatch(r"\d{6}", code):
        return "sort_code"
    number = re.sub(r"[\s-]", "", account_number)
    if not re.fullmatch(r"\d{6,8}", number):
        return "account_number"
    return BankAccount(code, number.rjust(8, "0"))


def passes_modulus_check(account: BankAccount) -> bool:
    return bool(uk_mod_check.validate(int(account.sort_code), int(account.account_number)).result)


def check_bank_account(sort_code: str, account_number: str) -> BankCheck:
    found = normalise(sort_code, account_number)
    if not isinstance(found, BankAccount):
        return BankCheck(None, found)
    return BankCheck(found, None if passes_modulus_check(found) else "modulus")
