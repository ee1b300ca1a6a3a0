"""What the tool shows: Rich tables, JSON/CSV/Markdown views, and spreadsheets."""
