"""Logic with no Qt: exports, assistant import/validation, titles, grouping, footers, reply parts, tools."""
