"""A table of the yearly report (agreements.report), which each content app
with a `report` module may add to: `yearly_report_tables(year, on_day)`
returns a list of them."""

from dataclasses import dataclass, field


@dataclass
class Table:
    title: str
    headers: list
    rows: list = field(default_factory=list)

    @property
    def totals(self):
        """The sum of each column after the first (the row names)."""
        if not self.rows:
            return [0] * (len(self.headers) - 1)
        return [sum(row[index] for row in self.rows) for index in range(1, len(self.headers))]
