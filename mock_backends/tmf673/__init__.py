"""TMF673 Geographic Address Management v4: the address base (with flats) and address validation."""
