"""Loads a beancount file as bean-check does and prints the closing
balance of every account as JSON ({"Assets:Bank": "24850.50", ...}).

Exits 1, printing the errors, when beancount finds any. Run by
tests/interchange.rs with the Python of the test set-up (`make pytools`).
"""

import json
import sys
from decimal import Decimal

from beancount import loader
from beancount.core import data
from beancount.parser import printer


def main(path):
    entries, errors, _options = loader.load_file(path)
    if errors:
        printer.print_errors(errors, file=sys.stderr)
        return 1
    totals = {}
    for entry in entries:
        if isinstance(entry, data.Transaction):
            for posting in entry.postings:
                totals.setdefault(posting.account, Decimal(0))
                totals[posting.account] += posting.units.number
    print(json.dumps({account: str(total) for account, total in sorted(totals.items())}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
