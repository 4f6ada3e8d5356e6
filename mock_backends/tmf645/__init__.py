"""TMF645 Service Qualification Management v4: checkServiceQualification against the seeded address base."""
