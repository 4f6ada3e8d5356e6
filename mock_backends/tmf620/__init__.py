"""TMF620 Product Catalog Management v4: the catalogue, read-only for now."""
