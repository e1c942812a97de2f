"""Spreadsheets for staff and for the public: what people typed stays text.

Spreadsheet programs run a cell that starts with "=", "+", "-" or "@" (and, in some, a tab
or carriage return) as a formula: `=HYPERLINK(...)` typed into a comment would become a
live link in an evaluator's spreadsheet ("CSV injection"). Wagtail's XLSX export already
forces text; its CSV export, our own CSV files and every future one go through
`spreadsheet_text`."""

#: The characters spreadsheet programs read as the start of a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value):
    """Text that starts like a formula gets a leading apostrophe, which spreadsheets show
    as text; anything that is not text (numbers, None) is left as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return f"'{value}"
    return value


class SafeCsvExportMixin:
    """For Wagtail index views with `list_export`: their CSV cells through
    `spreadsheet_text`."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: spreadsheet_text(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )
