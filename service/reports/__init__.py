"""Daily and weekly briefs (日报/周报) as docx and xlsx, and the review workbook."""
