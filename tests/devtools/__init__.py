"""Infrastructure for tests and benchmarks: throwaway PostgreSQL clusters from Debian's packages.

Not used by the running service.
"""
