"""Documents printed to PDF with Qt's own printing (QTextDocument and QPdfWriter)."""
