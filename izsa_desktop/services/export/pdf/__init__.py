"""PDF documents drawn with fpdf2 (no Qt, no network): the VLR-style report and project case studies."""
