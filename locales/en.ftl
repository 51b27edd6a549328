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

app-opening = Opening your ledger…
app-nav-label = Screens
app-nav-account = My account
app-nav-contributions = Contributions
app-nav-members = Members & funds
app-nav-projects = Projects
app-nav-kinds = Kinds & rates
app-nav-equations = Equations
app-nav-resources = Resources
app-nav-give = GIVE
app-nav-tokens = Tokens
app-nav-revenues = Revenues
app-nav-payouts = Payouts
app-nav-balances = Balances
app-nav-import = Import
app-nav-export = Reports & export
app-nav-sync = Sync & laptops
app-nav-ledger = Ledger & backup
app-nav-conflicts = { $count ->
    [one] conflict
   *[other] conflicts
}
app-nav-sync-failed = The last sync failed
app-sign-out = Sign out
app-cancel = Cancel
app-event-question = Turn this laptop into a kiosk? Only the members' grid stays reachable; a coordinator's passphrase leaves it.
app-event-start = Start event mode
app-event-title = A kiosk for a shared laptop at an event
app-event-button = Event mode…
app-currency-approvals = { $count ->
    [one] { $code } · { $count } approval needed
   *[other] { $code } · { $count } approvals needed
}
app-language-label = Language
app-read-only-title = Read-only on this computer.
app-read-only-text = This ledger file was copied from another computer, and the key that signs its entries stays there. You can read, verify and export. To record entries here, make this copy a new laptop of the cooperative; an admitted laptop then admits it when it syncs.
app-new-device-name = Name of this laptop
app-new-device-placeholder = Marta's laptop
app-new-device-confirm = Make it a new laptop
app-new-device-open = Make this copy a new laptop…
app-new-device-done = This copy now writes as a new laptop (id { $id }). Sync it: an admitted laptop's Sync screen then offers to admit it.
app-synced-folder-title = The ledger file is inside a folder { $service } synchronises.
app-synced-folder-text = { $service } could copy the file while OpenValue writes it and damage the books on every laptop. Quit OpenValue, move the file to a folder that is not synchronised (your Documents folder, for example) and open it from there; share only the sync folder between laptops.
app-backup-now = Back up now

app-close = Close
app-loading = Loading…
app-total = Total
app-chart-save-title = Save the chart (.png or .svg)
app-chart-saved = Saved { $path }.
app-chart-save = Save as PNG or SVG…
app-history-of = History of { $id }
app-error-file-problems = The file has problems:
app-error-please-fix = Please fix:
app-pager-first = First
app-pager-previous = Previous
app-pager-next = Next
app-pager-last = Last
app-pager-range = { $first }–{ $last } of { $total }
app-plan-revenue = Revenue
app-plan-equation = equation “{ $name }”
app-plan-bucket = Bucket
app-plan-recipient = Recipient
app-plan-amount = Amount
app-plan-weight = Weight
app-plan-share = Share of bucket
app-plan-capped-title = Held at the bucket's cap: the rest of their share went to the others by their weights
app-plan-capped = at cap
app-plan-stage-title = Part of this weight was counted at the stage's percent
app-plan-stage = stage { $stage }
app-plan-exact-weight = exact weight: { $weight }
app-plan-hide = Hide
app-plan-why = Why?
app-plan-behind = Contributions behind { $recipient }’s weight in “{ $bucket }”:
app-plan-formula = value = quantity × rate × multiplier
app-plan-formula-stage = { " " }× stage
app-plan-formula-decay = { " " }× weekly decay
app-plan-none-eligible = No eligible contributions.
app-plan-col-contribution = Contribution
app-plan-col-date = Date
app-plan-col-kind = Kind
app-plan-col-quantity = Quantity
app-plan-col-rate = Rate
app-plan-col-multiplier = Multiplier
app-plan-col-value = Value
app-plan-col-decay = Decay
app-plan-col-stage = Stage
app-plan-col-left = Left
app-plan-nothing-placed = nothing placed
app-plan-totals = Totals by recipient

app-project = Project
app-all-projects = all projects
app-from = From
app-to = To
app-file = File
app-choose = Choose…
app-choose-a-file = choose a file
app-save = Save
app-never = never
app-whole-number = a whole number, 0 or more

app-balances-title = Balances owed
app-balances-intro = Earned is what committed, non-reversed distributions allocated; owed = earned − paid. Amounts in { $code }.
app-balances-which = Which balances
app-balances-as-of = As of
app-balances-as-of-placeholder = YYYY-MM-DD (today)
app-balances-scope-now = Everything up to now
app-balances-scope-date = Revenues and payouts dated up to { $date }
app-balances-scope-project = ; earned from { $project }'s distributions only.
app-balances-project-note = Payouts are made to an account, not for a project, so paid and owed cannot be split by project: this shows only what { $project }'s distributions allocated. Choose “all projects” to see paid and owed.
app-balances-account = Account
app-balances-name = Name
app-balances-type = Type
app-balances-type-member = member
app-balances-type-fund = fund
app-balances-earned = Earned
app-balances-paid = Paid
app-balances-owed = Owed
app-balances-pay = Pay…
app-balances-advance-title = Paid more than was earned: the difference is an advance on what { $account } earns next
app-balances-advance = paid { $amount } in advance
app-balances-none-project = Nothing distributed from { $project } yet.
app-balances-none = No accounts yet.

app-export-contributions = Contributions (CSV)
app-export-allocations = Allocations (CSV)
app-export-balances = Balances (CSV)
app-export-payouts = Payouts (CSV)
app-export-journal = Double-entry journal (CSV)
app-export-hledger = hledger journal (plain text)
app-export-save-title = Export { $report }
app-export-wrote = { $count ->
    [one] Wrote { $count } row to { $path }.
   *[other] Wrote { $count } rows to { $path }.
}
app-export-reports = Reports
app-export-chart = Chart
app-export-chart-contributions = Contributions by kind per month
app-export-chart-shares = Members’ cumulative value and share
app-export-chart-shares-alt = Cumulative value and share per member
app-export-title = Export
app-export-intro = For the accountant and the assembly: CSV in the separator and decimal mark your spreadsheet reads, or a plain-text accounting journal. Text that a spreadsheet could run as a formula is neutralised.
app-export-report = Report
app-export-locale = Locale
app-export-locale-point = { $locale } — “,” and “.”
app-export-locale-comma = { $locale } — “;” and “,”
app-export-bom = Byte order mark (Excel)
app-export-any = any
app-export-all = all
app-export-run = Export…

app-import-title = Import
app-import-intro = CSV in UTF-8 with a header row: comma separated with “.” decimals and dates as YYYY-MM-DD, or as a Spanish, Catalan, French, German, Italian, Portuguese or Dutch spreadsheet saves it (“;”, decimal comma, dates such as 31/03/2026) — the format is detected from the file. A whole file imports or nothing does; importing the same file again adds nothing.
app-import-detected = { $description } (as written in { $locales })
app-import-choose-title = Choose { $file }
app-import-file-type = File type
app-import-dry-run = Dry run (check only, write nothing)
app-import-ignore-unknown = Ignore unknown columns
app-import-check = Check file
app-import-run = Import
app-import-phase-reading = reading
app-import-phase-checking = checking
app-import-phase-writing = writing
app-import-phase-indexing = indexing
app-import-progress = { $phase }…
app-import-progress-of = { $count ->
    [one] { $phase } { $done } of { $total } row…
   *[other] { $phase } { $done } of { $total } rows…
}
app-import-progress-rows = { $count ->
    [one] { $phase } { $done } row…
   *[other] { $phase } { $done } rows…
}

app-ledger-backup-title = Back up the ledger
app-ledger-backed-up = Backed up to { $path }.
app-ledger-approvals-saved = { $count ->
    [one] Contributions now need { $count } approval to count.
   *[other] Contributions now need { $count } approvals to count.
}
app-ledger-cooperative = Cooperative
app-ledger-currency = Currency
app-ledger-currency-scale = { $count ->
    [one] { $code } ({ $count } decimal place)
   *[other] { $code } ({ $count } decimal places)
}
app-ledger-last-backup = Last backup
app-ledger-backup-when = { $count ->
    [one] { $when } ({ $count } day ago)
   *[other] { $when } ({ $count } days ago)
}
app-ledger-backup = Back up…
app-ledger-verify = Verify the books
app-ledger-switch = Open or create another ledger…
app-ledger-backup-hint = A backup is a consistent copy made while the ledger is open; keep it on another disk.
app-ledger-about = About
app-ledger-schema = ledger schema
app-ledger-about-text = a ledger written by an earlier version is brought up to this schema when it is opened; the command line shows the same version. Free software under the AGPL 3.0 or later.
app-ledger-approvals = Approvals
app-ledger-approvals-label = Approvals from other members a contribution needs to count
app-ledger-verify-ok = OK: { $entries } journal entries from { $devices ->
    [one] { $devices } device
   *[other] { $devices } devices
}, { $contributions ->
    [one] { $contributions } contribution
   *[other] { $contributions } contributions
}; every hash chain and derived table matches the journal.
app-ledger-verify-problems = { $count ->
    [one] Verify found { $count } problem:
   *[other] Verify found { $count } problems:
}

app-choose-dash = — choose —
app-first-scale-range = 0 to 4
app-first-open = Open a ledger
app-first-open-invitation = Open the invitation
app-first-where = Where to create the ledger
app-first-tagline = Open value accounting for small cooperatives: record contributions, value them by your own standards, and split revenue to the cent.
app-first-back = ← Back to { $name }
app-first-create = Create a ledger
app-first-name = Cooperative name
app-first-name-placeholder = Lab cooperative
app-first-decimals = Decimals
app-first-decimals-note = (non-ISO only)
app-first-approvals = Approvals needed
app-first-create-submit = Create ledger
app-first-open-hint = A .openvalue file on this computer or a shared drive.
app-first-open-submit = Open
app-first-join = Start from an invitation
app-first-join-hint = Another laptop of the cooperative invited this one: it wrote an invitation file (.ovinvite). This laptop gets its own copy of the ledger.
app-first-invitation = Invitation
app-first-join-path = Ledger file on this laptop
app-first-join-submit = Start this laptop
app-first-demo = Explore a demo
app-first-demo-hint = A made-up cooperative: twelve members and a commons fund, three projects, eighteen months of contributions, revenues and distributions.
app-first-demo-submit = Create demo ledger
app-first-demo-open = Open the existing file

app-eq-the-default = the ledger default
app-eq-saved = Saved for { $target } from the beginning.
app-eq-saved-from = Saved for { $target } from { $date }.
app-eq-intro = An equation splits a project’s revenue into buckets: a fund, reimbursements, or members by a policy (lifetime, period, recent, balanced, equal, or peer: by the GIVE members received). A project without its own equation uses the ledger default.
app-eq-for = For
app-eq-ledger-default = ledger default
app-eq-in-force-from = In force from
app-eq-beginning = beginning
app-eq-save = Save equation
app-eq-form = Form
app-eq-share = Share
app-eq-goes-to = Goes to
app-eq-kinds = Kinds
app-eq-kinds-title = Only these kinds, separated by commas; empty: every kind that counts
app-eq-cap = Cap
app-eq-cap-title = The most one person takes from this bucket: a percentage of it or an amount
app-eq-decay = Decay / among
app-eq-decay-title = recent: weekly decay · equal: who shares
app-eq-name-placeholder = name
app-eq-kind-policy = members
app-eq-kind-policy-title = split among members by a policy
app-eq-kind-fund = fund
app-eq-kind-fund-title = all of it to one fund
app-eq-kind-reimburse = reimburse
app-eq-kind-reimburse-title = pays back reimbursable expenses, oldest first
app-eq-kind-repay = repay
app-eq-kind-repay-title = pays back deferred work, oldest first
app-eq-choose-fund = — fund —
app-eq-oldest-first = oldest claims first
app-eq-all-kinds = all
app-eq-no-cap = none
app-eq-among-contributors = contributors
app-eq-among-members = members
app-eq-remove-bucket = Remove this bucket
app-eq-add-bucket = Add bucket
app-eq-form-help = Shares are percentages such as 10% or “rest” for what is left. A cap is a percentage of the bucket (25%) or an amount (400).
app-eq-form-error = The text is not an equation the form can show ({ $error }); fix it in the TOML view.
app-eq-line-column = line { $line }, column { $column }:
app-eq-valid = ✓ The equation is valid.
app-eq-versions-default = Versions of the default
app-eq-versions-of = Versions of { $project }
app-eq-no-default = No default yet.
app-eq-none-default-applies = None: the ledger default applies.
app-eq-load = Load
app-eq-preview-title = Preview on a revenue
app-eq-preview = Preview
app-eq-preview-hint = Shows what this text would give; nothing is written.

app-cancel-esc = Cancel (Esc)
app-date-placeholder = YYYY-MM-DD
app-contrib-unit-hours = hours
app-contrib-saved = Saved { $amount } of { $what } by { $member } on { $project } ({ $id }).
app-contrib-timer-refused = The timer logs hours; { $kind } is measured in { $unit }.
app-contrib-date = Date
app-contrib-member = Member
app-contrib-kind = Kind
app-contrib-quantity = Quantity
app-contrib-status = Status
app-contrib-note = Note
app-contrib-id = Id
app-contrib-actions = Actions
app-contrib-setup-members = Add members
app-contrib-setup-members-why = who contributes (and a fund, if part of the revenue goes to a common pot)
app-contrib-setup-projects = Add a project
app-contrib-setup-projects-why = what the work and the revenue are for
app-contrib-setup-kinds = Add kinds of contribution
app-contrib-setup-kinds-why = hours of work, money, words translated… each with the rate it is valued at
app-contrib-status-counts = counts
app-contrib-status-pending = pending
app-contrib-status-rejected = rejected
app-contrib-status-void = void
app-contrib-choose-reviewer-first = choose who is reviewing ("Review as") first
app-contrib-choose-valuer-first = choose who is valuing it ("Review as") first
app-contrib-voided = Voided { $quantity } of { $kind } by { $member } on { $date } ({ $id }). It stays listed, struck through; its history shows who voided it.
app-contrib-valued-zero = It stays 0 until members holding more than half of the reputation value it above 0: a member who gives no valuation counts as valuing 0.
app-contrib-valued = { $by } valued { $member }'s { $kind } of { $date } at { $amount }; its value is now { $value }.
app-contrib-own-value = nobody values their own contribution
app-contrib-getting-started = Getting started
app-contrib-getting-started-text = Contributions are logged by a member, on a project, as a kind of contribution with its rate. Set these up first:
app-contrib-done = done
app-contrib-then = Then log contributions here. The demo cooperative ({ $ledger } → { $switch } → { $demo }) shows all of it filled in.
app-contrib-log = Log a contribution
app-contrib-save = Save ⏎
app-contrib-timer-title = Start a timer; stopping it fills in the hours
app-contrib-timer-start = Start timer
app-contrib-timer-stop = Stop { $elapsed }
app-contrib-warnings-again = Press Save (or Enter) again to save it as it is, or change it.
app-contrib-filters = Filters
app-contrib-filter-all = all (void struck through)
app-contrib-filter-standing = all but void
app-contrib-search = Search notes
app-contrib-search-placeholder = text in the note
app-contrib-review-as = Review as
app-contrib-sort-title = Sort by { $column }; click again to reverse
app-contrib-valued-short = valued { $value }
app-contrib-status-title = { $approvals ->
    [one] { $approvals } approval
   *[other] { $approvals } approvals
}, { $rejections ->
    [one] { $rejections } rejection
   *[other] { $rejections } rejections
} since revision { $revision }
app-contrib-history = History
app-contrib-approve = Approve
app-contrib-reject = Reject
app-contrib-value-this = Value this
app-contrib-correct = Correct
app-contrib-void = Void…
app-contrib-void-question = Void { $quantity } of { $kind } by { $member } on { $date }?
app-contrib-void-text = It stops counting: distributions from now on leave it out, and its approvals no longer matter. It stays in this list, struck through, and its history records who voided it and when. A void cannot be undone — to count this work again, log it again.
app-contrib-void-confirm = Yes, void it
app-contrib-value-question = What is { $member }'s { $kind } of { $date } worth to you, in { $code }?
app-contrib-value-now = Its value is now
app-contrib-value-explained = : the members' valuations weighed by their reputation, the lowest value that at least half of the reputation reaches. A member who gives none counts as valuing 0; a later valuation of yours replaces this one.
app-contrib-your-valuation = Your valuation
app-contrib-their-valuation = { $who }'s valuation
app-contrib-choose-reviewer = (choose “Review as”)
app-contrib-value-it = Value it
app-contrib-reject-why-you = Why are you rejecting it?
app-contrib-reject-why = Why is { $who } rejecting it?
app-contrib-leave-empty = Leave a field empty to keep it.
app-contrib-save-correction = Save correction
app-contrib-none = No contributions match.

app-event-pins-differ = the two PINs differ: type the same PIN twice
app-event-pin-set = PIN set on this laptop. Now sign in with it.
app-event-shift-logged = Shift logged ({ $id }).
app-event-saved = Saved { $quantity } of { $kind } on { $project } ({ $id }).
app-event-mode = Event mode
app-event-leave-button = Leave event mode…
app-event-signed-in = Signed in:
app-event-done = Done — sign out
app-event-leave = Leave event mode
app-event-leave-hint = A coordinator (or higher) types their passphrase.
app-event-coordinator = Coordinator
app-event-passphrase = Passphrase
app-event-locked = Locked after too many wrong PINs: try again in { $seconds } s.
app-event-locked-short = locked { $seconds } s
app-event-your-pin = Your PIN
app-event-sign-in = Sign in
app-event-no-pin = No PIN on this laptop yet.
app-event-no-pin-passphrase = Type your passphrase once, then choose a PIN of 4 to 12 digits.
app-event-no-pin-choose = Choose a PIN of 4 to 12 digits.
app-event-new-pin = New PIN
app-event-pin-again = PIN again
app-event-set-pin = Set PIN
app-event-back = Back to everyone
app-event-find = Find your name
app-event-find-placeholder = Find your name…
app-event-nobody = Nobody matches “{ $search }”.
app-event-my-shift = My shift
app-event-shift-since = { $kind } on { $project }, since { $since }
app-event-stop = Stop and log my hours
app-event-start-shift = Start my shift
app-event-my-totals = My totals
app-event-value-counts = Value that counts:
app-event-owed = Owed to you:
app-event-contributions = Contributions:
app-event-waiting = ({ $count } waiting for approval)
app-event-measure-hours = hours
app-event-measure-money = money
app-event-measure-quantity = quantity


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

