"""What can go wrong with one API, as configured (MOCKS_FAULTS or PUT /admin/faults)."""

from pydantic import BaseModel, Field, field_validator


class FaultRule(BaseModel):
    """Faults injected into the requests of one API; every rate is the chance per request (0 to 1)."""

    latency_ms: float = Field(0, ge=0, description="added to every request")
    jitter_ms: float = Field(0, ge=0, description="plus a uniform random 0..jitter_ms")
    error_rate: float = Field(0, ge=0, le=1, description="answer an error instead of the request")
    error_statuses: list[int] = Field(default_factory=lambda: [500, 503], description="drawn at random")
    retry_after_seconds: int = Field(1, ge=0, description="Retry-After sent with a 503")
    timeout_rate: float = Field(0, ge=0, le=1, description="hang, then answer 504")
    timeout_seconds: float = Field(30, ge=0, le=300, description="how long a time-out hangs")
    drop_rate: float = Field(0, ge=0, le=1, description="close the connection without an answer")
    seed: int | None = Field(None, description="seed of this rule's random draws, for reproducible runs")
    methods: list[str] = Field(
        default_factory=list, description="only requests with these HTTP methods (e.g. POST); empty: all"
    )

    @field_validator("methods")
    @classmethod
    def _upper_case(cls, methods: list[str]) -> list[str]:
        return [method.upper() for method in methods]
