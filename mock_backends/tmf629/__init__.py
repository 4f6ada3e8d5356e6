"""TMF629 Customer Management v4: customer create, list, retrieve, patch, delete."""
