"""The OpenID Connect provider of the storefront: sign-in, tokens, keys and the people who use them.

Runs as its own process (`python -m mock_backends.identity`, IDP_* settings) so the BFF and the TMF servers
can trust its tokens without sharing anything but its JWKS. Built on authlib's framework-agnostic
authorization server (`authorization_server.py` adapts it to FastAPI).
"""
