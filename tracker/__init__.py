"""Response tracker: cases from dispatch to closure, the 5 h / 24 h / 48 h rules, reminders,
overdue marking and the timeliness review."""
