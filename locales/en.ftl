# OpenValue's catalogue (en). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = English

## The app's shell, shared parts, and the screens Balances … Ledger

app-error-no-ledger = no ledger is open: create or open one first

app-quantity-hours = { $count ->
    [one] { $quantity } hour
   *[other] { $quantity } hours
}

app-history-by = by { $author }, on { $device }
app-history-on = on { $device }
app-history-first = as first logged
app-history-after-correction = after correction { $revision }
app-history-quantity-of = { $quantity } of { $kind }
app-history-quantity-unit = { $quantity } { $unit }
app-history-quantity-unit-of = { $quantity } { $unit } of { $kind }
app-history-logged = Logged for { $member }
app-history-logged-detail = { $amount } on { $project }, dated { $date }
app-history-logged-detail-note = { $amount } on { $project }, dated { $date } — “{ $note }”
app-history-approved = Approved by { $by }
app-history-approved-stale = { $revision }; a later correction needs new approvals
app-history-rejected = Rejected by { $by }
app-history-reason = Reason: { $reason }
app-history-reason-stale = Reason: { $reason } ({ $revision }; corrected since)
app-history-corrected = Corrected (correction { $revision })
app-history-no-change = no field changed
app-history-change = { $field } { $from } → { $to }
app-history-empty = (empty)
app-history-field-quantity = quantity
app-history-field-date = date
app-history-field-kind = kind
app-history-field-note = note
app-history-voided = Voided
app-history-voided-detail = it no longer counts

app-warn-future-date = { $date } is after today: contributions are usually logged once the work is done.
app-warn-many-hours = { $quantity } hours in one entry is more than a whole day: log each day's hours, or check the number.
app-warn-member-left = { $member } has left the cooperative: log this only for work done before they left.
app-warn-multiplier-high = With a multiplier of { $multiplier }, one unit of this kind counts as much as { $multiplier } units of plain work.
app-warn-multiplier-low = With a multiplier of { $multiplier }, this kind counts for almost nothing.

app-backup-never = This ledger has never been backed up.
app-backup-old = { $days ->
    [one] The last backup is { $days } day old.
   *[other] The last backup is { $days } days old.
}

app-shortcuts-help = Alt+1–9 screens · Alt+N new contribution · / search notes

app-check-required = required
app-check-handle = use 1 to 32 lowercase letters, digits, "_" or "-"
app-check-date-format = use YYYY-MM-DD, such as 2026-03-31
app-check-not-a-date = { $text } is not a date
app-check-decimal = write digits with an optional "." and fraction, such as 12.5
app-check-no-decimals = no decimal places allowed
app-check-max-decimals = { $places ->
    [one] at most { $places } decimal place
   *[other] at most { $places } decimal places
}
app-check-positive = must be greater than zero
app-check-currency = use 3 to 10 capital letters such as EUR

app-sync-none-yet = No other laptop has synced through this folder yet.
app-sync-nothing-new = Nothing new from the other laptops.
app-sync-took = { $count ->
    [one] Took { $count } new entry from { $from }.
   *[other] Took { $count } new entries from { $from }.
}
app-sync-wrote = { $count ->
    [one] Wrote this laptop's file ({ $count } entry) to the folder.
   *[other] Wrote this laptop's file ({ $count } entries) to the folder.
}
app-sync-skipped = { $count ->
    [one] { $count } file was skipped (see below).
   *[other] { $count } files were skipped (see below).
}
app-sync-conflicts = { $count ->
    [one] { $count } conflict in the books.
   *[other] { $count } conflicts in the books.
}
app-sync-conflicts-new = { $count ->
    [one] { $count } conflict in the books ({ $fresh } new).
   *[other] { $count } conflicts in the books ({ $fresh } new).
}
app-sync-future = { $count ->
    [one] { $count } entry is dated more than an hour ahead of this computer's clock: check the laptops' clocks.
   *[other] { $count } entries are dated more than an hour ahead of this computer's clock: check the laptops' clocks.
}
app-ago-now = just now
app-ago-minutes = { $count } min ago
app-ago-hours = { $count } h ago
app-ago-yesterday = yesterday
app-ago-days = { $count } days ago

app-totals-contributions = { $count ->
    [one] { $shown } contribution
   *[other] { $shown } contributions
}
app-totals-hours = { $count ->
    [one] { $shown } hour
   *[other] { $shown } hours
}
app-totals-value = value { $amount } { $code }
app-totals-voided = { $count ->
    [one] ({ $count } voided one not counted)
   *[other] ({ $count } voided ones not counted)
}
app-overpay-owed = { $amount } is { $excess } more than the { $owed } owed to { $account }: { $account } would be paid { $excess } in advance. Record it anyway?
app-overpay-nothing = Nothing is owed to { $account }: all of { $amount } would be paid in advance. Record it anyway?
app-overpay-advance = Nothing is owed to { $account }, who was already paid { $advance } in advance: after { $amount } more, { $account } will have been paid { $excess } in advance. Record it anyway?


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

