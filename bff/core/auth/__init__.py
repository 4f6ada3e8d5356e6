"""Who is calling a channel and what they may do (OpenID Connect access tokens from the identity provider)."""
