"""Response tracker: cases from dispatch to closure, the 5 h / 24 h / 48 h rules, reminders,
overdue marking and the timeliness review.

Its commands are in :mod:`tracker.cli`; it has no process of its own: its deadline job
(:func:`tracker.jobs.deadline_jobs`) runs inside ``yuqing alert``, and the web service reaches it
through :mod:`tracker.ports`.
"""
