"""Fault injection per TMF API (latency, errors, time-outs, dropped connections), off by default.

Benchmarks and the reliability suites turn it on with MOCKS_FAULTS or `PUT /admin/faults`.
"""
