"""Generate pydantic v2 models for the TMF v4 APIs from the official Swagger files in specs/tmf.

Swagger 2.0 `definitions` are JSON Schema (draft 4) with `#/definitions/` references, so each file's
definitions are handed to datamodel-code-generator as a JSON Schema document. Unknown properties are kept
(`extra="allow"`) because TMF resources are extensible through `@type`/`@schemaLocation`, and the mocks and
the BFF must round-trip them unchanged.

Run: python scripts/generate_tmf_models.py   (rewrites tmf_models/tmfNNN.py; commit the result)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs" / "tmf"
OUT = ROOT / "tmf_models"

SOURCES = {
    "tmf620": "TMF620-ProductCatalog-v4.0.0.swagger.json",
    "tmf622": "TMF622-ProductOrdering-v4.0.0.swagger.json",
    "tmf629": "TMF629-CustomerManagement-v4.0.0.swagger.json",
    "tmf632": "TMF632-PartyManagement-v4.0.0.swagger.json",
    "tmf637": "TMF637-ProductInventory-v4.0.0.swagger.json",
    "tmf645": "TMF645-ServiceQualification-v4.0.0.swagger.json",
    "tmf646": "TMF646-AppointmentManagement-v4.0.0.swagger.json",
    "tmf648": "TMF648-QuoteManagement-v4.0.0.swagger.json",
    "tmf666": "TMF666-AccountManagement-v4.0.0.swagger.json",
    "tmf670": "TMF670-PaymentMethod-v4.0.0.swagger.json",
    "tmf673": "TMF673-GeographicAddress-v4.0.1.swagger.json",
    "tmf679": "TMF679-ProductOfferingQualification-v4.0.0.swagger.json",
}


def generate(module: str, spec_file: str) -> None:
    spec = json.loads((SPECS / spec_file).read_text())
    schema = {"$schema": "http://json-schema.org/draft-04/schema#", "definitions": spec["definitions"]}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(schema, handle)
    target = OUT / f"{module}.py"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            handle.name,
            "--input-file-type",
            "jsonschema",
            "--output",
            str(target),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.11",
            "--use-annotated",
            "--field-constraints",
            "--snake-case-field",
            "--allow-population-by-field-name",
            "--extra-fields",
            "allow",
            "--use-standard-collections",
            "--use-union-operator",
            "--use-double-quotes",
            "--disable-timestamp",
            "--keep-model-order",
            "--formatters",
            "ruff-format",
            "--custom-file-header",
            f"# Generated from specs/tmf/{spec_file} by scripts/generate_tmf_models.py. Do not edit.",
        ],
        check=True,
    )
    Path(handle.name).unlink()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for module, spec_file in SOURCES.items():
        generate(module, spec_file)
        print(f"generated tmf_models/{module}.py from {spec_file}")


if __name__ == "__main__":
    main()
