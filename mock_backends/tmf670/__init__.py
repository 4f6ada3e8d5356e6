"""TMF670 Payment Method v4: direct debits checked by the UK modulus rules, card tokens it issues."""
