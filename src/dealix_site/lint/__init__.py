"""The claims linter: policy -> compile -> normalize -> extract -> match -> decide -> report.

Plain Python; nothing here imports MkDocs."""
