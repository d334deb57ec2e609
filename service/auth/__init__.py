"""Accounts, passwords, sessions and login rate limiting."""
