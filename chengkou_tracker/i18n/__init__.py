"""Every sentence the tool prints, by key, in English and Chinese."""
