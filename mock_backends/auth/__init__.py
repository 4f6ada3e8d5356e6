"""Bearer tokens on the TMF servers: every `/tmf-api/...` and `/admin/...` call needs an access token of the
identity provider for the TMF APIs' audience (MOCKS_AUTH_REQUIRED, on by default)."""
