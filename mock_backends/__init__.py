"""TMF Open API mock servers (TMF620, TMF622, TMF645, TMF648) sharing one document store.

Run `python -m mock_backends`; settings come from `MOCKS_*` environment variables (see `config.py`).
"""
