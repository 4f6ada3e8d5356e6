"""TMF679 Product Offering Qualification v4 mock."""
