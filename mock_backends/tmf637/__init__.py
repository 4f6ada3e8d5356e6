"""TMF637 Product Inventory Management v4: product create, list, retrieve, patch, delete."""
