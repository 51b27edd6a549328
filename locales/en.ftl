# OpenValue's catalogue (en). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = English

## The app's shell, shared parts, and the screens Balances … Ledger

# Undo of the last action (components/UndoBar.svelte)
app-undo-button = Undo last action…
app-undo-logged = { $count ->
    [one] void contribution { $ids }
   *[other] void contributions { $ids }
}
app-undo-revenue = { $count ->
    [one] void revenue { $ids }
   *[other] void revenues { $ids }
}
app-undo-distributed = reverse distribution { $ids }
app-undo-paid = void payout { $ids }
app-undo-question = Undo the last action on this laptop: { $what }? It stays in the history.
app-undo-confirm = Undo it
app-undo-keep = Keep it
app-undo-done = Done: { $what }.

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
app-balances-as-of-placeholder = Leave it empty for today
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

# Numbers typed in a field (ui/src/lib/numbers.ts).
app-input-required = required
app-input-negative = must not be negative: write it without a sign
app-input-not-a-number = write a number, such as { $example }
app-input-wrong-separator = “{ $symbol }” is not used here: write the decimals after “{ $decimal }”, such as { $example }
app-input-bad-grouping = group thousands in threes, or write no groups, such as { $example }
app-input-whole = no decimal places allowed
app-input-places = { $places ->
    [one] at most { $places } decimal place
   *[other] at most { $places } decimal places
}
app-input-positive = must be greater than zero
app-input-field-problem = { $field }: { $problem }
app-input-handle = use 1 to 32 lowercase letters, digits, "_" or "-"
app-input-date-format = use YYYY-MM-DD, such as 2026-03-31
app-input-date-missing = { $date } is not a date

# Projects
app-projects-title = Projects
app-projects-add-title = Add a project
app-projects-code = Code
app-projects-code-placeholder = festival
app-projects-name = Name
app-projects-name-placeholder = Summer festival
app-projects-parent = Parent
app-projects-parent-none = (none)
app-projects-add = Add
app-projects-added = Added project { $code }.
app-projects-empty = No projects yet.
app-projects-parent-note = A parent project passes nothing on: each project’s revenue is split by its own contributions and equation.

# Sign-in
app-signin-title = Sign in to { $ledger }
app-signin-intro = This cooperative signs every change with the name of the member who makes it.
app-signin-who = Who are you?
app-signin-choose = — choose your name —
app-signin-passphrase = Passphrase
app-signin-checking = Checking…
app-signin-submit = Sign in
app-signin-switch = Open another ledger…

# Payouts
app-payouts-title = Payouts
app-payouts-record-title = Record money paid
app-payouts-to = To
app-payouts-choose = — choose —
app-payouts-account-option = { $handle } ({ $type })
app-payouts-type-member = member
app-payouts-type-fund = fund
app-payouts-amount-in = Amount ({ $currency })
app-payouts-amount = Amount
app-payouts-date = Date
app-payouts-method = Method
app-payouts-method-default = transfer
app-payouts-note = Note
app-payouts-status = Status
app-payouts-record = Record payout
app-payouts-recorded = Recorded a payout of { $amount } { $currency } to { $account }.
app-payouts-overpay-title = This payout is more than what is owed.
app-payouts-overpay-yes = Yes, record it
app-payouts-cancel = Cancel (Esc)
app-payouts-status-void = void
app-payouts-status-paid = paid
app-payouts-void = Void…
app-payouts-void-question = Void the payout of { $amount } { $currency } to { $account } on { $date }?
app-payouts-void-explain = Do this for a payout recorded by mistake (the money never left). It will no longer count as paid, so { $account } is owed { $amount } more. It stays listed, struck through. A void cannot be undone: if the money was paid after all, record the payout again.
app-payouts-void-yes = Yes, void it
app-payouts-voided = Voided the payout of { $amount } { $currency } to { $account } on { $date }: it no longer counts as paid, so { $account } is owed that much again. It stays listed, struck through.
app-payouts-empty = No payouts yet.

# Revenues
app-revenues-title = Revenues
app-revenues-record-title = Record a revenue
app-revenues-project = Project
app-revenues-choose = — choose —
app-revenues-amount-in = Amount ({ $currency })
app-revenues-amount = Amount
app-revenues-date = Date
app-revenues-id = Id
app-revenues-id-placeholder = optional
app-revenues-note = Note
app-revenues-record = Record
app-revenues-recorded = Recorded revenue { $id }.
app-revenues-status = Status
app-revenues-status-distributed = distributed
app-revenues-status-open = open
app-revenues-status-reversed = reversed
app-revenues-reversed-title = Distributions reversed: { $ids }
app-revenues-reversed-count = { $count } reversed
app-revenues-empty = No revenues yet.
app-revenues-choose-one = Choose a revenue to preview, commit or reverse its distribution.
app-revenues-reversed-line = ({ $equation }) — its allocations no longer count
app-revenues-distributed-as = Distributed as
app-revenues-reverse = Reverse…
app-revenues-reverse-question = Reverse distribution { $id }?
app-revenues-reverse-explain = Its allocations are cancelled: what it gave each member and fund no longer counts towards what they are owed (payouts already made stay). The revenue can then be distributed again. The reversed distribution stays listed here as reversed.
app-revenues-reverse-yes = Yes, reverse
app-revenues-reverse-keep = Keep it (Esc)
app-revenues-reversed-notice = Reversed distribution { $id }: its allocations no longer count, and the revenue can be distributed again. It stays listed below as reversed.
app-revenues-chart-distribution = Split of this distribution by recipient and bucket
app-revenues-preview = Preview distribution
app-revenues-commit = Commit this distribution
app-revenues-preview-note = Preview: nothing is written until you commit.
app-revenues-chart-preview = Preview: split of this revenue by recipient and bucket

# Resources
app-resources-title = Resources
app-resources-intro = Equipment the cooperative's members or funds own, such as a laser cutter. A use on a project is worth quantity × rate, split among the owners by their shares: members earn from the project's revenue with it like any contribution, a fund's part is paid back by a repay bucket.
app-resources-code = Code
app-resources-code-placeholder = laser
app-resources-name = Name
app-resources-name-placeholder = Laser cutter
app-resources-rate = Rate
app-resources-unit = Unit
app-resources-unit-default = hours
app-resources-owners = Owners
app-resources-owners-shares = Owners (shares)
app-resources-owners-title = Members or funds, each with a whole-number share (default 1): ana:2, ben, commons
app-resources-owners-placeholder = ana:2, ben, commons
app-resources-empty = No resources yet.
app-resources-add-title = Add a resource
app-resources-add = Add
app-resources-added = Added resource { $code }.
app-resources-log-title = Log a use
app-resources-resource = Resource
app-resources-project = Project
app-resources-quantity = Quantity
app-resources-date = Date
app-resources-date-empty = Empty: today
app-resources-by = By
app-resources-by-none = not recorded
app-resources-log = Log use
app-resources-logged = Logged a use: { $quantity } { $unit } of { $resource } on { $project }.
app-resources-uses = Uses
app-resources-quantity-rate = Quantity × rate
app-resources-credits = Credits
app-resources-uses-empty = No uses yet.

# Tokens
app-tokens-title = Tokens
app-tokens-intro = A community token is earned by contributing — so many per unit of the value of one's counted work — and sent between members for their services. It is never money: it is not in balances, payouts or the accounting exports.
app-tokens-empty = No tokens yet.
app-tokens-define-below = Define one below.
app-tokens-token = Token
app-tokens-about = { $perValue } { $code } per unit of counted value; amounts with { $scale } decimal places. A void or a rejection takes back what the work earned.
app-tokens-member = Member
app-tokens-balance = Balance
app-tokens-send-title = Send { $code }
app-tokens-from = From
app-tokens-to = To
app-tokens-amount = Amount
app-tokens-date = Date
app-tokens-date-empty = Empty: today
app-tokens-note = Note
app-tokens-note-placeholder = bike repair
app-tokens-sender-has = { $sender } has { $balance } { $code }.
app-tokens-send = Send
app-tokens-sent-notice = { $sender } sent { $amount } { $token } to { $to }.
app-tokens-history = History
app-tokens-show-earned = Also what each contribution earned ({ $count })
app-tokens-what = What
app-tokens-move-earned = earned by contribution
app-tokens-move-sent = sent
app-tokens-contribution = contribution
app-tokens-moves-empty-all = Nothing earned or sent yet.
app-tokens-moves-empty = Nothing sent yet.
app-tokens-chart = Balances of { $name } over time
app-tokens-define-title = Define a token
app-tokens-define-note = A definition never changes. Every member's counted work earns it, past work included.
app-tokens-code = Code
app-tokens-code-placeholder = eco
app-tokens-name = Name
app-tokens-name-placeholder = Ecos
app-tokens-decimals = Decimals
app-tokens-decimals-title = Decimal places of its amounts
app-tokens-per-value = Per unit of value
app-tokens-per-value-title = Tokens per unit of counted value (at most 4 decimals)
app-tokens-define = Define
app-tokens-defined = Defined token { $code }: members earn { $perValue } per unit of counted value, from all their past work too.

# Kinds and rates
app-kinds-title = Kinds & rates
app-kinds-intro = A new rate or multiplier takes an effective date: it values contributions dated on or after it, and never revalues older ones.
app-kinds-code = Code
app-kinds-code-placeholder = care
app-kinds-name = Name
app-kinds-name-placeholder = Care work
app-kinds-measure = Measure
app-kinds-measure-hours = hours
app-kinds-measure-money = money
app-kinds-measure-quantity = quantity
app-kinds-flags = Flags
app-kinds-flag-gift = gift
app-kinds-flag-reimbursable = reimbursable
app-kinds-flag-deferred = deferred
app-kinds-flag-peers = valued by peers
app-kinds-history = Rate history (from → rate × multiplier)
app-kinds-beginning = beginning
app-kinds-new-rate = New rate…
app-kinds-rate = Rate
app-kinds-rate-by-peers = by peers
app-kinds-multiplier = Multiplier
app-kinds-multiplier-high = With a multiplier of { $multiplier }, one unit of this kind counts as much as { $multiplier } units of plain work.
app-kinds-multiplier-low = With a multiplier of { $multiplier }, this kind counts for almost nothing.
app-kinds-effective-from = Effective from
app-kinds-add-rate = Add rate
app-kinds-cancel = Cancel
app-kinds-empty = No kinds yet: add the kinds of contribution your cooperative recognises.
app-kinds-add-title = Add a kind
app-kinds-unit = Unit
app-kinds-unit-placeholder = words
app-kinds-from = From
app-kinds-from-empty = Empty: from the beginning
app-kinds-gift = Gift (valued, earns no share)
app-kinds-reimbursable = Reimbursable (money owed back)
app-kinds-deferred = Deferred (paid back later by a repay bucket)
app-kinds-deferred-title = Valued now, paid back later from revenue by a repay bucket (oldest first); earns no share
app-kinds-peers = Valued by peers (no rate)
app-kinds-peers-title = No rate: the other members value each contribution (Value this on the Contributions screen), and it is worth the median of their valuations weighted by reputation
app-kinds-add = Add kind
app-kinds-added = Added kind { $code }.
app-kinds-peers-no-rate = a kind valued by peers has no rate: leave it empty
app-kinds-only-money-reimbursable = only money kinds can be reimbursable
app-kinds-one-of-flags = a kind is at most one of gift, reimbursable or deferred

# Members and funds
app-members-title = Members & funds
app-members-add-title = Add a member or fund
app-members-handle = Handle
app-members-handle-placeholder = ana
app-members-name = Name
app-members-name-placeholder = Ana Puig
app-members-type = Type
app-members-type-member = member
app-members-type-fund = fund
app-members-joined = Joined
app-members-add = Add
app-members-added-member = Added member { $handle }.
app-members-added-fund = Added fund { $handle }.
app-members-members-count = Members ({ $count })
app-members-status = Status
app-members-status-active = active
app-members-status-left = left
app-members-stage-today = Stage today
app-members-reputation = Reputation
app-members-reputation-title = 1 + the whole value of the member's counted work (not gifts, expenses or peer-valued work), today: it weighs their valuations of others' peer-valued work
app-members-leaves = Leaves the cooperative…
app-members-rejoins = Rejoins…
app-members-rejoin-explain = { $name } becomes an active member again. Work dated from then on counts normally; what was re-rated before stays so.
app-members-leave-explain = { $name } leaves the cooperative. Why they leave decides what their past work earns from later revenues:
app-members-good-reason = With good reason
app-members-good-reason-explain = everything they contributed keeps its value in every later split.
app-members-bad-reason = Without good reason
app-members-bad-reason-explain = for revenues from this date on, only the money they put in counts, at its plain value (multiplier 1); their hours and other work no longer earn a share.
app-members-active-again-from = Active again from
app-members-left-on = Left on
app-members-date-empty = Empty: today
app-members-today = today
app-members-rejoin = Rejoin
app-members-confirm-leaving = Confirm leaving
app-members-cancel = Cancel
app-members-empty = No members yet.
app-members-stages = Stages
app-members-stages-intro = A stage values a member's work of some kinds at a percent while they are in it — a new member's “dating” phase at 50 %, then 75 %. Contributions are valued by the stage in force on their date.
app-members-stage = Stage
app-members-percent = Percent
app-members-kinds = Kinds
app-members-members-today = Members today
app-members-stage-since = { $code } ({ $percent }%) since { $since }
app-members-member-since = { $member } (since { $since })
app-members-stages-empty = No stages: every contribution counts at 100 %.
app-members-stage-history = Stage history
app-members-member = Member
app-members-from = From
app-members-stage-none = none (100 %)
app-members-define-stage-title = Define a stage
app-members-code = Code
app-members-stage-code-placeholder = dating
app-members-kinds-placeholder = all that earn shares
app-members-define = Define
app-members-stage-defined = Stage { $code } defined.
app-members-put-in-stage-title = Put a member in a stage
app-members-set = Set
app-members-no-stage-from = { $member } has no stage from { $from }.
app-members-in-stage-from = { $member } is in stage { $stage } from { $from }.
app-members-funds-count = Funds ({ $count })
app-members-funds-empty = No funds yet. A commons fund receives a share of revenue through an equation.

# GIVE circles
app-give-intro = In an epoch each member gives a budget of GIVE to the others for their part in a project. When the epoch has ended and is closed, a peer bucket in the project's equation splits revenue by the GIVE each member received. GIVE a member does not give is lost at the close.
app-give-no-epochs = No epochs yet.
app-give-open-below = Open one below.
app-give-epoch = Epoch
app-give-epoch-option = { $epoch } — { $project }, { $from } to { $to }
app-give-epoch-option-closed = { $epoch } — { $project }, { $from } to { $to } (closed)
app-give-state-closed = closed
app-give-state-ended = ended, not closed
app-give-state-open = open
app-give-project = Project
app-give-epoch-terms = { $from } to { $to }; each member gives { $give } GIVE.
app-give-ended-close-it = It has ended: close it so its GIVE counts in distributions (a distribution with a peer bucket is refused while it stays open).
app-give-close-from = It can be closed from the day after { $to }.
app-give-close = Close the epoch
app-give-closed-notice = Closed { $epoch }: its GIVE now counts in the { $project } project's peer buckets.
app-give-your-gifts = Your gifts
app-give-gifts = Gifts
app-give-who-gives = Who gives
app-give-no-receivers = There is no other active member to give to.
app-give-left = { $remaining } of { $give } GIVE left to give
app-give-over = { $over } GIVE over the budget of { $give }: lower a gift
app-give-to = To
app-give-or-slide = …or slide
app-give-thanks = A word of thanks (only they see it)
app-give-thanks-placeholder = for the night shifts
app-give-amount-to = GIVE to { $to }
app-give-slide-to = Slide GIVE to { $to }
app-give-bad-amount = GIVE to { $to }: type a whole number, such as 20 (0 gives nothing).
app-give-save = Save gifts
app-give-saved = Saved { $giver }'s gifts in { $epoch }: { $given } of { $give } GIVE given{ $remaining ->
    [0] .
   *[other] , { $remaining } left unspent (GIVE not given is lost when the epoch closes).
}
app-give-received = Received
app-give-hidden = Others' gifts stay hidden until the epoch closes; you see only your own.
app-give-member = Member
app-give-received-col = GIVE received
app-give-share = Share
app-give-nobody-yet = Nobody has given GIVE yet.
app-give-who-gave-whom = Who gave whom ({ $count })
app-give-chart = GIVE received per epoch of { $project }
app-give-open-title = Open an epoch
app-give-from = From
app-give-until = To
app-give-each = GIVE each
app-give-each-title = Whole GIVE each member gives to the others
app-give-id = Id
app-give-id-placeholder = automatic
app-give-open = Open
app-give-opened = Opened epoch { $epoch }: each member has { $give } GIVE to give until { $to }.

# My account
app-myaccount-title-own = My account
app-myaccount-title-other = A member's account
app-myaccount-member = Member
app-myaccount-choose = — choose —
app-myaccount-role-member = member
app-myaccount-role-coordinator = coordinator
app-myaccount-role-treasurer = treasurer
app-myaccount-role-admin = admin
app-myaccount-statement-placeholder = statement file (.pdf or .html), or choose…
app-myaccount-statement-title = Where to save the statement: a .pdf or .html file; leave empty to choose in a dialog
app-myaccount-save-statement = Save statement…
app-myaccount-save-dialog = Save the statement
app-myaccount-statement-saved = Statement saved to
app-myaccount-value-counts = Value that counts
app-myaccount-reputation = Reputation
app-myaccount-reputation-title = 1 + the whole value of your counted work (not gifts, expenses or peer-valued work): it weighs your valuations of others' peer-valued work
app-myaccount-earned = Earned
app-myaccount-paid = Paid
app-myaccount-owed = Owed to you
app-myaccount-shares-title = My share of each distribution
app-myaccount-shares-empty = No distribution has given you a share yet.
app-myaccount-revenue = Revenue
app-myaccount-date = Date
app-myaccount-project = Project
app-myaccount-bucket = Bucket
app-myaccount-amount = Amount
app-myaccount-weight = Weight
app-myaccount-reversed = reversed
app-myaccount-hide = Hide
app-myaccount-why = Why?
app-myaccount-bucket-no-weights = This bucket does not weigh contributions (a fund or a fixed share).
app-myaccount-contribution = Contribution
app-myaccount-kind = Kind
app-myaccount-quantity = Quantity
app-myaccount-rate = Rate
app-myaccount-value = Value
app-myaccount-contributions-title = My contributions
app-myaccount-contributions-empty = No contributions yet.
app-myaccount-status = Status
app-myaccount-why-rejected = Why rejected / note
app-myaccount-id = Id
app-myaccount-status-counts = counts
app-myaccount-status-pending = pending
app-myaccount-status-rejected = rejected
app-myaccount-status-void = void
app-myaccount-payouts-title = Payouts to me
app-myaccount-payouts-empty = Nothing paid out yet.
app-myaccount-method = Method
app-myaccount-passphrase-own = My passphrase
app-myaccount-passphrase-other = { $name }'s passphrase
app-myaccount-passphrase-about-own = It signs you in and sets a PIN on an event laptop. At least 8 characters; nobody can read it back.
app-myaccount-passphrase-about-other = It signs { $name } in and sets a PIN on an event laptop. At least 8 characters; nobody can read it back.
app-myaccount-new-passphrase = New passphrase
app-myaccount-again = Again
app-myaccount-set-passphrase = Set passphrase
app-myaccount-passphrase-done = Passphrase set.
app-myaccount-passphrases-differ = the two passphrases differ: type the same one twice

# Sync between laptops
app-sync-title = Sync between laptops
app-sync-intro = Each laptop keeps its own copy of the ledger. They exchange entries through a shared folder (Syncthing, Nextcloud, a USB stick): each laptop writes only its own file there and reads the others'.
app-sync-joined = This laptop started from the invitation { $invitation }. Delete that file now: it holds this laptop's key, and nobody else should start from it. Then choose the shared folder below.
app-sync-shared-folder = Shared folder
app-sync-folder = Folder
app-sync-folder-placeholder = /home/you/Sync/cooperative
app-sync-folder-required = choose the folder the laptops share
app-sync-folder-dialog = The folder the laptops share
app-sync-choose = Choose…
app-sync-syncing = Syncing…
app-sync-now = Sync now
app-sync-last = Last sync { $at } ({ $ago }).
app-sync-every-minute = OpenValue syncs through this folder every minute while it is open.
app-sync-choose-then-sync = Choose the folder the laptops share, then sync: OpenValue then syncs every minute while it is open.
app-sync-not-admitted = Laptop { $id } is not admitted yet
app-sync-not-admitted-rest = , so its entries were not taken.
app-sync-laptop-id = laptop { $id }
app-sync-admit-this = Admit this laptop…
app-sync-file-skipped = { $file } was skipped: { $why }
app-sync-revoke-question = Revoke { $name }?
app-sync-revoke-explain = Do this for a lost or replaced laptop. Its entries so far keep counting; anything it writes from now on is kept but never applied, on every laptop that syncs. It cannot be undone: to use that laptop again, invite it again.
app-sync-admit-question = Admit { $name }?
app-sync-admit-explain = Only if you know this laptop: its Sync screen shows its id, { $id }. Once admitted, its entries count like this laptop's.
app-sync-revoke-name = Revoke { $name }
app-sync-admit-name = Admit { $name }
app-sync-cancel = Cancel (Esc)
app-sync-revoked-notice = Revoked { $name }: its entries up to number { $last } count; anything it writes from now on is kept but never applied, on every laptop that syncs.
app-sync-admitted-notice = Admitted { $name }. Its entries come in with the next sync.
app-sync-conflicts-heading = Conflicts
app-sync-no-conflicts = No conflicts: every laptop's entries apply.
app-sync-conflicts-intro = An entry that the rules refuse where it falls in the shared order is kept but not applied. Every laptop lists the same conflicts. They are settled with new entries, never by editing.
app-sync-from = from
app-sync-this-laptop-paren = (this laptop)
app-sync-concerns = concerns
app-sync-what-happened = What happened
app-sync-what-to-do = What to do
app-sync-open-revenue = Open revenue { $id }
app-sync-books-record = The books record:
app-sync-entry = entry
app-sync-laptops = Laptops
app-sync-this-laptop-label = This laptop:
app-sync-id = id
app-sync-laptop = Laptop
app-sync-admitted = Admitted
app-sync-entries = Entries
app-sync-last-entry = Last entry written
app-sync-last-sync = Last sync
app-sync-this-laptop = this laptop
app-sync-revoked = revoked
app-sync-revoked-title = Its entries up to number { $last } count; anything later is kept but never applied
app-sync-never = never
app-sync-revoke = Revoke…
app-sync-devices-note = Entries counts what each laptop has written that this laptop holds; last sync is when it last wrote its file to the shared folder.
app-sync-invite-title = Invite a laptop
app-sync-invite-intro = Writes an invitation file that starts the ledger on one more laptop. Carry it there (a USB stick, a message to yourself) and choose
app-sync-invite-intro-choice = Start from an invitation
app-sync-invite-intro-end = when OpenValue first opens on that laptop.
app-sync-invite-label = Name of the new laptop
app-sync-invite-label-placeholder = Marta's laptop
app-sync-invite-label-required = give the new laptop a name, such as 'Marta's laptop'
app-sync-invite-path = Invitation file
app-sync-invite-path-required = choose where to save the invitation
app-sync-invitation-dialog = Save the invitation
app-sync-invite-submit = Write invitation
app-sync-invited = Invitation for { $label } written to { $path }. It holds that laptop's key: give it to that laptop only, and delete it once the laptop has started from it.


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################


## Things the books hold, as messages name them

thing-account = account
thing-member = member
thing-project = project
thing-kind = kind
thing-contribution = contribution
thing-revenue = revenue
thing-distribution = distribution
thing-payout = payout
thing-token = token
thing-epoch = epoch
thing-stage = stage
thing-resource = resource
thing-resource_use = use of a resource

## Refusals: the rules of the books (refusal-CODE, one per Refusal::code)

refusal-already_exists = { $named ->
    [named] { $thing } '{ $id }' already exists
   *[id] a { $thing } with id '{ $id }' already exists
}
refusal-unknown = unknown { $thing } { $id }{ $hinted ->
    [yes] {" "}— did you mean '{ $hint }'?
   *[no] {""}
}
refusal-fund_cannot = '{ $handle }' is a fund; only members { $action }
refusal-no_rate_on_date = kind '{ $kind }' has no rate in force on { $date } (its first version is from { $first })
refusal-version_exists = kind '{ $kind }' already has a version { $date ->
    [none] from the beginning
   *[other] effective from { $date }
}; versions are never rewritten — choose another effective date
refusal-void = contribution { $contribution } is void
refusal-self_review = { $member } cannot { $verdict } their own contribution { $contribution }; another member must review it
refusal-already_reviewed = { $member } already gave '{ $verdict }' to contribution { $contribution } since its latest correction
refusal-measure_change = kind '{ $kind }' is measured in { $measure }, but contribution { $contribution } is in { $old_measure }; void it and log a new one
refusal-already_distributed = revenue '{ $revenue }' is already distributed by { $distribution }; reverse that distribution first
refusal-already_reversed = distribution { $distribution } is already reversed
refusal-distribution_mismatch = distribution { $distribution } does not fit revenue '{ $revenue }': { $detail }
refusal-claim_overpaid = contribution { $contribution } would be paid { $paying } more, but only { $open } of its claim of { $claim } is still open
refusal-out_of_bounds = { $field }: { $detail }
refusal-stage_kind = stage '{ $stage }' cannot scale kind '{ $kind }': it is { $why }; a stage scales only kinds that earn policy shares
refusal-status_unchanged = '{ $handle }' { $why }
refusal-not_a_claim = contribution { $contribution } is not an open reimbursable or deferred claim
refusal-differs = { $named ->
    [named] { $thing } '{ $id }' already exists
   *[id] a { $thing } with id '{ $id }' already exists
} with other details ({ $detail })
refusal-changed_since = contribution { $id } changed since: this corrects revision { $revision }, but revision { $current } is current
refusal-depends_on = depends on entry { $entry }, which is in conflict (it brings '{ $id }')
refusal-epoch_closed = epoch { $epoch } is closed
refusal-not_peer_valued = contribution { $contribution } is of kind '{ $kind }', which is valued by its rate, not by peers
refusal-self_valuation = { $member } cannot value contribution { $contribution }: it is their own; other members value it
refusal-give_to_self = { $member } cannot give GIVE to themselves
refusal-give_budget = { $member } can give at most { $budget } GIVE in epoch { $epoch }: { $others } already given to others, so { $amount } more is too much
refusal-epoch_open = epoch { $epoch } of project '{ $project }' ended but is still open; close it before distributing with a peer bucket
refusal-token_to_self = { $member } cannot send tokens to themselves
refusal-token_overdraw = { $member } has { $balance } { $token }, not enough to send { $amount }
refusal-needs_sign_in = sign-in is on: every change names the member who makes it
refusal-role_needed = { $member } is { $role }; { $action } needs { $needed }
refusal-not_in_own_name = { $author } is signed in and cannot { $what } in { $by }'s name
refusal-member_signature = the review by { $member } of contribution { $contribution } carries no valid signature of { $member }'s key (forged, or made without signing in)
refusal-last_admin = { $member } is the last admin; make another member admin first
refusal-not_own_passphrase = only { $member } or an admin can set { $member }'s passphrase
refusal-device_state = device { $device } { $state }
refusal-already_void = { $thing } '{ $id }' is void
refusal-revenue_distributed = revenue '{ $revenue }' has an active distribution, { $distribution }; reverse that distribution first, then correct or void the revenue
refusal-revenue_changed_since = revenue '{ $id }' changed since: this entry was made for its revision { $revision }, but revision { $current } is current
refusal-device_revoked = device { $device } was revoked after its entry { $last_seq }; this is its entry { $seq }

## Refusals: the words some of them carry

refusal-fund-contribute = contribute
refusal-fund-review = review
refusal-fund-account = have a member's account
refusal-fund-tokens = hold tokens
refusal-fund-give = give or receive GIVE
refusal-fund-value = value contributions
refusal-fund-sign_in = sign in
refusal-fund-leave = leave or rejoin
refusal-fund-stage = have a stage
refusal-fund-use = use a resource
refusal-fund-passphrase = have a passphrase
refusal-fund-role = hold a role
refusal-stage-gift = a gift
refusal-stage-reimbursable = reimbursable
refusal-stage-deferred = deferred
refusal-stage-credits = the built-in kind of resource owners' credits, which no stage scales
refusal-status-left = has already left
refusal-status-active = is already active
refusal-status-reason = rejoins without a reason for leaving
refusal-device-admitted = is already admitted
refusal-device-revoked = is already revoked
refusal-device-unknown = is not known to this ledger
refusal-device-this = is this laptop; revoke it from another laptop
refusal-device-not_an_id = is not a device id: copy the id the new laptop printed (36 characters such as 6f1c2a3b-…)
refusal-differs-figures = another laptop defined it with other figures
refusal-differs-values = another laptop entered it with other values
refusal-own_name-review = review
refusal-own_name-value = value work
refusal-role-member = a member
refusal-role-coordinator = a coordinator
refusal-role-treasurer = a treasurer
refusal-role-admin = an admin
refusal-action-log_own = logging contributions
refusal-action-log_for_others = logging contributions for others
refusal-action-correct_own = correcting a contribution
refusal-action-correct_others = correcting another member's contribution
refusal-action-review = reviewing
refusal-action-set_own_passphrase = setting a passphrase
refusal-action-add_projects = adding projects
refusal-action-record_revenue = recording revenue
refusal-action-distribute = distributing revenue
refusal-action-reverse = reversing a distribution
refusal-action-pay_out = paying out
refusal-action-change_members = changing members
refusal-action-change_kinds = changing kinds and rates
refusal-action-set_equations = setting equations
refusal-action-change_settings = changing settings
refusal-action-change_roles = changing roles
refusal-action-reset_passphrase = resetting another member's passphrase
refusal-action-change_devices = changing devices
refusal-action-define_tokens = defining tokens
refusal-action-epochs = opening and closing epochs
refusal-action-give_own = giving GIVE
refusal-action-give_for_others = giving in another member's name
refusal-action-send_own_tokens = sending tokens
refusal-action-send_others_tokens = sending another member's tokens
refusal-action-import = importing contributions and revenues
refusal-action-export = exporting reports
refusal-action-backup = making a backup
refusal-action-sync = syncing
refusal-action-event_mode = starting or leaving event mode
refusal-action-change_stages = changing stages
refusal-action-void_payout = voiding a payout
refusal-action-correct_revenue = correcting revenue
refusal-action-void_revenue = voiding revenue
refusal-action-rename_members = renaming members
refusal-action-rename_projects = renaming projects
refusal-action-rename_kinds = renaming kinds
refusal-action-change_resources = defining resources
refusal-action-use_own = recording a use of a resource
refusal-action-use_for_others = recording a use of a resource in another member's name
refusal-action-value_others = valuing others' work

## The core's errors (err-*)

thing-fund = fund
err-io = { $path }: { $detail }
err-export = export failed: { $detail }
err-chart = chart failed: { $detail }
err-os-not_found = no such file or folder
err-os-permission = permission denied
err-os-exists = the file already exists
err-os-full = the disk is full
err-os-read_only = the file system is read-only
err-os-directory = this is a folder
err-file-folder = a folder, not a file
err-file-fifo = a named pipe (FIFO), not a file
err-file-device = a device, not a file
err-file-special = a socket or other special file, not a file
err-file-directory = a directory
err-file-pipe = a named pipe (FIFO)
err-file-char_device = a character device
err-file-block_device = a block device
err-file-socket = a socket
err-file-neither = neither a file nor a directory
err-store-missing = { $path }: no such ledger; create one first, or check the path
err-store-not_a_file = { $path }: this is { $what }; a ledger is a file — nothing was opened
err-store-hard_linked = { $path }: this ledger file has { $names } names (hard links); SQLite keeps a separate log for each name, so two programs using two names would damage it. Give it one name: copy it to a new file and open the copy, or remove the other names — nothing was opened
err-store-protected = { $path }: { $why }; nothing was written — choose another file name
err-store-unreadable = { $path }: the ledger is read-only and cannot be read as it is ({ $why }); copy it (with its -wal file) to a folder you can write, or open it where it was written
err-store-exists = { $path }: a file already exists there; choose another path
err-store-not_a_ledger = { $path }: not an OpenValue ledger ({ $why }); the file was not changed
err-store-newer_schema = { $path }: written by a newer OpenValue (schema { $found }; this version reads up to { $supported }); update OpenValue to open it — the file was not changed
err-store-damaged = { $path }: the ledger is damaged: { $why }. Restore it from a backup; the file was not changed
err-store-busy = the ledger is busy: another OpenValue window or command is writing to it; try again in a moment
err-store-disk_full = the disk is full; nothing was written — free some space and try again
err-store-read_only = { $path }: the ledger is read-only; nothing was written
err-store-corrupt = the ledger file is damaged ({ $why }); nothing was written — restore it from a backup
err-store-sqlite = the ledger cannot be read or written as it is ({ $why }); if it was changed outside OpenValue, restore it from a backup
err-store-payload = journal payload error: { $why }
err-store-too_large = { $what } is beyond what OpenValue can show ({ $minor } minor units)
err-store-no_device_key = { $path }: this computer does not hold the key of this ledger's device { $device } (a copied file, or a backup restored on another computer), so the ledger opens read-only: reading, verifying and exports work. To go on writing with this copy, make it a new device, which the cooperative's other laptops must then admit; nothing was written
err-store-revoked = this laptop (device { $device }) was revoked by the cooperative (a lost laptop?); its entries after number { $last_seq } are not applied anywhere, so nothing more is written from it — ask an admin to invite this laptop again
err-store-bundle_refused = { $path }: { $why }; nothing was changed
err-key-damaged = { $path }: this device key file is damaged ({ $why })
err-key-random = cannot make a new key: the system's random source failed ({ $why })
err-import-not_a_file = { $file }: this is { $what }, not a CSV file
err-import-read = { $file }: cannot read the file: { $detail }
err-import-more = … and { $count } more { $count ->
    [one] problem
   *[other] problems
}
err-import-rows = { $count } { $count ->
    [one] problem
   *[other] problems
} found; nothing was imported
err-equation-missing = project '{ $project }' has no equation in force on { $date }: set an equation for the project, or a ledger default for every project
err-distribute-cannot_place = bucket '{ $bucket }' cannot place { $amount }: { $reason }. Nothing was distributed
err-distribute-overflow = the amounts are too large to split exactly
err-distribute-negative = the ledger holds a negative quantity, rate or multiplier, which OpenValue never records: it was changed behind OpenValue's back; verify the ledger
err-distribute-above_maximum = revenue '{ $revenue }' is { $amount }, above the largest amount OpenValue distributes ({ $max }); record it as several revenues
err-event-damaged = { $path }: the event-mode file is damaged ({ $detail }); delete it to start event mode afresh (PINs are then set again)
err-event-pin_shape = a PIN is 4 to 12 digits
err-event-no_pin = { $member } has no PIN on this laptop yet: set one first
err-event-wrong_pin = wrong PIN for { $member }; { $left } more wrong and { $member } is locked for a minute
err-event-locked = { $member } is locked after { $count } wrong PINs; try again in { $seconds } s
err-event-timer_running = { $member } already has a shift timer running (since { $since })
err-event-no_timer = { $member } has no shift timer running
err-event-forgotten_timer = { $member }'s timer has run since { $since }, more than a day: it was forgotten; discard it and log the hours by hand
err-event-hash = the PIN could not be checked ({ $why })
err-sign_in-wrong = wrong passphrase for { $handle }; nothing was written
err-sign_in-key = { $handle }: { $detail }
err-sign_in-fund = { $handle } is a fund; only members sign in
err-sign_in-no_member = no member { $handle } in this ledger
err-sign_in-give = { $handle } has a passphrase: give it to sign in
err-sign_in-none_yet = { $handle } has no passphrase yet; an admin sets one first
err-sign_in-needs = { $handle } has no passphrase; { $action } needs { $needed } with a passphrase
err-sign_in-needs_admin = turning sign-in on needs an admin who is signed in with a passphrase, so that someone can still sign in afterwards
err-unknown = unknown { $thing } { $word }{ $hinted ->
    [yes] {" "}— did you mean { $hint }?
   *[no] {""}
}
err-not_found-id = no { $thing } with id { $id }
err-not_found-epoch = no epoch { $epoch }
err-not_found-balance = no balance of { $account }
err-not_found-revenue_or_distribution = no revenue or distribution with id { $id }; the list of revenues shows them and their distributions
err-not_found-file = { $path }: no such file
err-not_found-token = no token { $token }
err-kind-differs = kind '{ $kind }' exists with another { $what }; only the rate and multiplier change between versions
err-nothing_to_correct-contribution = nothing to correct: give a new quantity, date, kind or note, or void it
err-nothing_to_correct-revenue = nothing to correct: give a new amount, date or note, or void it
err-unchanged-contribution = contribution { $id } already has these values; nothing was changed and its approvals stay
err-unchanged-revenue = revenue { $id } already has these values; nothing was changed
err-renamed-same = { $thing } { $code } is already called { $name }; nothing was changed
err-no_token = no token is defined in this ledger
err-epoch-not_ended = epoch { $epoch } runs until { $to }; it can be closed from the day after
err-bundle-not_a_file = { $path }: this is { $what }; a bundle is a file
err-protected = { $path }: { $why }; nothing was written — choose another file name
err-sync-not_a_folder = { $path }: not a folder; sync needs the shared folder (create it first)
err-sync-ledger_folder = { $path }: this folder holds the ledger file itself; sync through a separate folder that only the bundles go in

## The command line: errors of its own

cli-equation-default_and_project = with --default give only the equation file, not a project
cli-equation-arguments = give a project code and an equation file, or --default and a file
cli-device-new-confirm = this makes this copy of the ledger a new device, which the cooperative's other laptops must admit before they take its entries; confirm with --yes
cli-verify-missing = { $count } { $count ->
    [one] entry
   *[other] entries
} of { $file } { $count ->
    [one] is
   *[other] are
} missing here: this ledger was truncated or rolled back (or has not merged that file yet)
cli-verify-problems = verify found { $count } { $count ->
    [one] problem
   *[other] problems
}
cli-passphrase-empty = { $var } is set but empty; put the passphrase in it, or unset it to be asked
cli-passphrase-not_utf8 = { $var } is not valid UTF-8 text
cli-passphrase-no_terminal = a passphrase is needed and there is no terminal to ask it on; give it in { $var }
cli-passphrase-differ = the two passphrases differ; nothing was changed

## The command line: errors, hints, confirmations and reports

cli-error = error: { $message }
cli-hint = hint: { $hint }
cli-hint-init = create it with `openvalue init --name NAME --currency EUR`
cli-hint-equation = `openvalue equation set { $project } FILE.toml`, or `openvalue equation set --default FILE.toml` for every project
cli-hint-device_new = `openvalue device new --yes` makes this copy a new device; then, on an admitted laptop, `openvalue device admit ID`
cli-hint-revoked = on an admitted laptop, `openvalue device invite --out FILE`; here, `openvalue clone FILE --ledger NEW-PATH`
cli-hint-admit = if that laptop is the cooperative's, admit it here first: `openvalue device admit DEVICE-ID`
cli-hint-verify = `openvalue verify` names what changed
cli-hint-scale = give its decimal places with `--scale N`
cli-hint-locale = `--locale es` (or ca, fr, de, it, pt, nl) reads `;`, decimal commas and the locale's dates
cli-hint-no_locale = leave out `--locale` (or give `--locale en`)
cli-hint-ignore_unknown = `--ignore-unknown` skips the columns the format does not know
cli-hint-member_list = `openvalue member list` shows the members and funds there are
cli-hint-sign_in = add `--as MEMBER` (the passphrase comes from a prompt, or OPENVALUE_PASSPHRASE)
cli-hint-role = an admin can give { $member } the role: `openvalue role grant { $member } ROLE --as ADMIN`
cli-hint-reverse_distribute = `openvalue reverse { $distribution }` first, then distribute again
cli-hint-reverse_correct = `openvalue reverse { $distribution }` first, then correct or void the revenue
cli-merged-added = { $count } new { $count ->
    [one] entry
   *[other] entries
} of { $offered }
cli-merged-conflicts = { $count ->
    [0] no conflicts
    [one] { $count } conflict in the books ({ $new } new) — see the conflicts list
   *[other] { $count } conflicts in the books ({ $new } new) — see the conflicts list
}
cli-merged = merged { $file }: { $report }
cli-warn-future = warning: { $count } { $count ->
    [one] entry is
   *[other] entries are
} stamped more than an hour ahead of this computer's clock; check the clocks of the laptops
cli-col-device = device
cli-col-label = label
cli-col-admitted_by = admitted by
cli-col-entries = entries
cli-col-last_seen = last seen
cli-device-short = device { $device }
cli-device-short_label = device { $device } ({ $label })
cli-device-this = {" "}(this laptop)
cli-device-revoked_after = {" "}(revoked after entry { $last })
cli-device-never = never
cli-device-no_label = no label
cli-device-invited = invited device { $device } ({ $label }); invitation written to { $file }
cli-device-invited-key = it holds the new laptop's key: carry it to that laptop only, and delete it once the laptop has started from it
cli-device-revoked = revoked device { $device }: its entries after number { $last } will be kept but not applied, on every laptop that merges this
cli-device-new = this ledger now writes as device { $device }
cli-device-new-admit = on an admitted laptop, run: openvalue device admit { $device }
cli-device-admitted = admitted device { $device }
cli-clone-created = created { $path } as device { $device } of { $name }: { $count } entries merged
cli-warn-synced_clone = warning: this ledger file is in a folder { $tool } synchronises; keep the ledger outside it and sync through a separate folder
cli-warn-synced_ledger = warning: the ledger file itself is in a folder { $tool } synchronises; move it out (only the sync folder should be shared)
cli-bundle-wrote = wrote { $count } { $count ->
    [one] entry
   *[other] entries
} to { $file }
cli-sync-skipped = skipped { $file }: { $why }
sync-skipped-conflicted_copy = a copy the sync tool made when two versions met; each laptop rewrites its own file, so it is not needed
cli-sync-wrote = wrote { $count } { $count ->
    [one] entry
   *[other] entries
} to { $file }; { $conflicts } { $conflicts ->
    [one] conflict
   *[other] conflicts
} in the books
cli-conflicts-none = no conflicts
cli-conflict = { $entry } { $kind } [{ $concerns }] from { $device }: { $reason }
cli-conflicts-count = { $count } { $count ->
    [one] conflict
   *[other] conflicts
}: kept in the journal, not applied; resolve each by new entries (reverse and distribute again, correct again)
cli-verify-against-ok = OK: this ledger holds every entry of { $file }
cli-verify-against-missing = missing: entry { $entry } ({ $kind }) of device { $device }, number { $seq }
cli-wrote-rows = wrote { $file } ({ $count } { $count ->
    [one] row
   *[other] rows
})
cli-wrote-transactions = wrote { $file } ({ $count } { $count ->
    [one] transaction
   *[other] transactions
})
cli-wrote-events = wrote { $file } ({ $count } { $count ->
    [one] event
   *[other] events
})
cli-wrote-chart = wrote { $file } ({ $width }×{ $height } px, { $format })
cli-wrote-statement = wrote { $file } (statement of { $account }, { $period }: earned { $earned }, paid { $paid }, owed { $owed } { $currency })

cli-table-none = (none)
cli-col-handle = handle
cli-col-name = name
cli-col-type = type
cli-col-status = status
cli-col-joined = joined
cli-col-code = code
cli-col-parent = parent
cli-col-id = id
cli-col-date = date
cli-col-project = project
cli-col-amount = amount
cli-col-distribution = distribution
cli-col-note = note
cli-col-from = from
cli-col-bucket = bucket
cli-col-contribution = contribution
cli-col-kind = kind
cli-col-quantity = quantity
cli-col-rate = rate
cli-col-multiplier = multiplier
cli-col-value = value
cli-col-decay_factor = decay factor
cli-col-stage = stage
cli-col-left = left
cli-col-recipient = recipient
cli-col-weight = weight
cli-col-share = share
cli-col-account = account
cli-col-earned = earned
cli-col-paid = paid
cli-col-owed = owed
cli-col-method = method
cli-col-resource = resource
cli-col-unit = unit
cli-col-owners = owners
cli-col-use = use
cli-col-by = by
cli-col-credits = credits
cli-col-percent = percent
cli-col-kinds = kinds
cli-col-members_today = members today
cli-col-member = member
cli-col-measure = measure
cli-col-flags = flags
cli-distribute-committed = {"\u000A"}committed as distribution { $id }
cli-distribute-dry_run = {"\u000A"}dry run: nothing was written
cli-explain-behind = {"\u000A"}contributions behind { $member }'s weight:
cli-explain-credits = {"\u000A"}resource credits (use quantity × rate, the owner's share):
cli-plan-revenue = revenue { $id } — { $amount } { $currency } on { $date } for { $project } — equation '{ $equation }'
cli-plan-note = bucket '{ $bucket }': { $note }
cli-plan-totals = {"\u000A"}totals:
cli-reversed = reversed { $distribution }; revenue { $revenue } can be distributed again
cli-balances-project_note = (payouts are made to an account, not for a project: paid and owed are in `openvalue balances`)
cli-status-void = void
cli-status-paid = paid
cli-payout-voided = voided payout { $id }
cli-init-created = created { $path } ({ $name }, { $currency }, { $count } { $count ->
    [one] approval
   *[other] approvals
} required)
cli-demo-created = created demo ledger { $path }
cli-settings-sign_in_on = sign-in: on (every write needs --as MEMBER)
cli-settings-sign_in_off = sign-in: off
cli-settings = { $name }: { $currency }, { $count } approvals required
cli-verify-ok = OK: { $entries } entries from { $devices } { $devices ->
    [one] device
   *[other] devices
}, { $contributions } contributions; every hash chain, signature and derived table matches the journal
cli-verify-head = head of device { $device }{ $this }: entry { $seq }, hash { $hash }
cli-verify-before_signatures = { $count } { $count ->
    [one] entry was
   *[other] entries were
} written before signatures (by the device that created the ledger)
cli-verify-conflicts = { $count } { $count ->
    [one] conflict
   *[other] conflicts
}: entries that the rules refused at their place in the order once the laptops' work was merged; they are kept, not applied
cli-backup = backed up to { $path }
cli-resource-defined = resource { $code }: rate { $rate } per unit of use ({ $unit }), owned by { $owners }
cli-resources-none = no resources
cli-resources-uses = {"\u000A"}uses (credits are values, contributions of kind resource-use):
cli-stage-defined = stage { $code }: { $percent }% of the value of { $kinds }
cli-stage-set = { $member } is in stage { $stage } from { $from }
cli-stage-none = { $member } has no stage from { $from }
cli-stages-none = no stages
cli-stages-history = {"\u000A"}history:
cli-left-good = { $member } left on { $date } with good reason: everything they contributed keeps its value
cli-left-bad = { $member } left on { $date } without good reason: for revenues from { $date } on, only their money contributions count, at multiplier 1
cli-rejoined = { $member } is active again from { $date }
cli-token-defined = token { $code }: { $per_value } per unit of counted value, { $scale } decimal places
cli-epoch-show = epoch { $id } of { $project }: { $from } to { $to }, { $give } GIVE each, { $closed ->
    [closed] closed
   *[open] open
}
cli-epoch-gave = {"  "}{ $from } gave { $to } { $amount }{ $note }
cli-epoch-received = received: { $member } { $amount }
cli-give = { $from } gives { $to } { $amount } GIVE in { $epoch }
cli-value = { $by } values { $id } at { $amount }; it is worth { $worth }
cli-passphrase-set = passphrase set for { $member }
cli-role-now = { $member } is now { $role }
cli-role-list-passphrase = passphrase set
cli-role-list-no_passphrase = no passphrase
cli-added-member = added member { $handle }
cli-added-fund = added fund { $handle }
cli-added-project = added project { $code }
cli-renamed = renamed { $thing } { $code } to { $name }
cli-kind-added = kind { $code }: { $peers ->
    [yes] valued by peers
   *[no] rate { $rate }
}{ $dated ->
    [yes] {" "}from { $from }
   *[no] {""}
}
cli-revenue-voided = voided revenue { $id }
cli-revenue-corrected = corrected revenue { $id }
cli-equation-set = equation '{ $name }' ({ $count } { $count ->
    [one] bucket
   *[other] buckets
}) set for { $default ->
    [yes] the ledger default
   *[no] { $project }
}{ $dated ->
    [yes] {" "}from { $from }
   *[no] {""}
}
cli-list-latest = (the latest { $shown } of { $total }; see --limit)
cli-approved = { $by } approved { $id }
cli-rejected = { $by } rejected { $id }
cli-contribution-voided = voided { $id }
cli-contribution-corrected = corrected { $id }

## Charts: titles, legends and axes (chart-*)

chart-project = project { $project }
chart-all_projects = all projects
chart-others = { $count } others
chart-more_buckets = … { $count } more buckets
chart-state-preview = preview, not committed
chart-state-committed = committed
chart-state-reversed = REVERSED
chart-distribution-title = Distribution of { $amount } { $currency } — revenue { $revenue }
chart-distribution-subtitle = project { $project } · { $date } · equation '{ $equation }' · { $state }
chart-distribution-empty = Nothing was allocated.
chart-axis-amount = Amount ({ $currency })
chart-other_kinds = { $count } other kinds: { $value } { $currency }
chart-contributions-title = Contributions by kind, per month — { $project }
chart-contributions-subtitle = value = quantity × rate × multiplier, in { $currency } · total { $total } { $currency } · void and rejected contributions left out
chart-contributions-empty = No contributions to show yet.
chart-axis-value = Value ({ $currency })
chart-axis-month = Month
chart-other_members = { $count } other members
chart-together = { $value } { $currency } · { $percent } together
chart-shares-title = Cumulative value and share — { $project }
chart-shares-subtitle = contributions that count, excluding gifts and reimbursable expenses · total { $total } { $currency } · end of each month
chart-shares-empty = No contributions that earn a share yet.
chart-axis-cumulative = Cumulative value ({ $currency })
chart-axis-share = Share of total value
chart-give-title = GIVE received per epoch — { $project }
chart-give-subtitle = GIVE each member received from the others · total { $total } GIVE in { $count } { $count ->
    [one] epoch
   *[other] epochs
}{ $open ->
    [0] {""}
   *[other] {" "}· { $open } still open (marked *): their gives can change
}
chart-give-others = { $count } others: { $total } GIVE
chart-give-empty = No GIVE given yet.
chart-axis-give = GIVE received
chart-axis-epoch = Epoch
chart-tokens-title = Token balances over time — { $name } ({ $token })
chart-tokens-subtitle = earned by contributing, plus received, minus sent · { $amount } { $token } held in all · end of each month
chart-tokens-others = { $count } others: { $amount } { $token }
chart-tokens-empty = No tokens earned or sent yet.
chart-axis-balance = Balance ({ $token })

err-field = { $field }: { $message }

## The core's field problems (err-*)

err-decimal-malformed = { $text } is not a number: write digits with an optional '.' and fraction, such as 12.5
err-decimal-places = { $text } has { $places } decimal places; at most { $max } are allowed here
err-decimal-too_large = { $text } is too large
err-decimal-above = { $text } is above the maximum of { $max } allowed here
err-decimal-not_positive = { $text } must be greater than zero
err-project-own_parent = project { $code } cannot be its own parent
err-kind-valued_by = { $text } is not who values a kind: leave it empty (valued by its rate) or write peers
err-kind-unit_measure = unit { $unit } applies only to measure quantity, not { $measure }
err-kind-unit_needed = a quantity kind needs a unit label, such as words
err-kind-peers_rate = a kind valued by peers has no rate: other members value each contribution; leave the rate empty
err-kind-reimbursable_money = only a kind with measure money can be reimbursable
err-kind-gift_reimbursable = a kind cannot be both a gift and reimbursable: a gift is given to the cooperative, a reimbursable expense is paid back; set one of them to false
err-kind-deferred_one = a kind is at most one of gift, reimbursable or deferred: a deferred contribution is a claim paid back later from revenue; set the others to false
err-kind-peers_one = a kind is at most one of gift, reimbursable, deferred or valued by peers; set the others to false
err-text-too_long = { $what } { $text } is longer than { $max } characters
err-text-control = { $what } { $text } contains the control character { $char }; { $newline ->
    [yes] only tab and newline are allowed
   *[no] only tab is allowed
}
err-text-empty = { $what } is empty
cli-revenue-not_distributed = not distributed
cli-explain-peers = { $id } valued by peers: { $working }
cli-device-created_ledger = created the ledger
cli-device-not_admitted = not admitted
cli-prompt-passphrase = passphrase for { $member }:{" "}
cli-prompt-new = new passphrase for { $member }:{" "}
cli-prompt-again = new passphrase for { $member } again:{" "}
cli-the_terminal = the terminal
err-stage-no_kind = no kind earns policy shares yet, so the stage would scale nothing: add a kind first
err-reject-reason = a rejection needs a reason
err-token-which = this ledger has more than one token: name the token to { $purpose }
err-too_large = too large
err-owner-share = { $owner }: the share { $share } is not a whole number from 1 to { $max }
err-not_found-account = no account { $account }
err-chart-format = { $path }: unknown image format { $ext }; end the file name in .svg or .png
err-chart-no_extension = { $path }: the file name has no extension; end it in .svg or .png
cli-out-no_folder = { $file }: the folder { $dir } does not exist
cli-statement-extension = { $file }: a statement is written as .html or .pdf
err-handle = { $text } is not a valid handle or code: use 1 to 32 lowercase letters, digits, '_' or '-'
err-id = { $text } is not a valid id: use 1 to 64 letters, digits, '.', '_' or '-'
err-date-range = { $text } is out of range: dates are years { $min } to { $max }
err-date = { $text } is not a date: use YYYY-MM-DD, such as 2026-03-31

# Undo of the last action on this laptop (store/undo.rs, cli undo)
err-undo-nothing = nothing to undo: nothing was recorded on this laptop yet
err-undo-moved-on = nothing was undone: something else was recorded on this laptop since
err-undo-not-yours = nothing was undone: the last action was { $author }'s, not yours
err-undo-not-yours-anonymous = nothing was undone: the last action was recorded before anyone signed in
err-undo-no-reversal = the last action on this laptop ({ $action }) has no reversing entry; nothing was undone
cli-undo-nothing-recorded = nothing was recorded on this laptop yet
cli-undo-last = last action: { $action } ({ $ids }); undo would reverse it
cli-undo-last-not-undoable = last action: { $action }; it has no reversing entry
cli-undo-voided = undone: voided { $ids }
cli-undo-reversed = undone: reversed distribution { $ids }
cli-token-sent = { $from } sent { $amount } { $token } to { $to }

## Imported CSV files: the text itself (csvread.rs), a locale's dates and
## numbers (csvformat.rs), the header and rows (import.rs)

err-csv-text_after_quote = text after the closing quote of a quoted field: put the whole value in quotes, and write a quote inside it twice ("5"" screen")
err-csv-unterminated = the quote that opens this field is never closed, so the rest of the file (to line { $last_line }) would be one value: add the closing quote (")
err-csv-quote_too_long = this quoted field runs on for more than 1 MiB ({ $bytes } bytes) without its closing quote: add the closing quote (")
err-csv-row_too_long = this row is longer than 1 MiB ({ $bytes } bytes): no value needs so much (names are at most 200 characters, notes 2,000) — is this a CSV file?
err-csv-not_text = this file is not text (it contains NUL bytes): import a CSV file
err-csv-utf16 = this file is UTF-16 ({ $big_endian ->
    [yes] big-endian
   *[no] little-endian
}, { $bom ->
    [yes] with
   *[no] without
} a byte-order mark), not UTF-8: { $save }
err-csv-utf32 = this file is UTF-32 ({ $big_endian ->
    [yes] big-endian
   *[no] little-endian
}), not UTF-8: { $save }
err-csv-save_utf8 = save it as UTF-8 — in LibreOffice Calc: File › Save As…, file type Text CSV, tick “Edit filter settings”, then Character set: Unicode (UTF-8); in Excel: Save As, file type “CSV UTF-8 (Comma delimited)”
err-csv-latin1 = this file is not UTF-8: it appears to be Latin-1 or Windows-1252 (as older Excel and Windows programs write); { $save }
err-csv-not_utf8_again = not UTF-8 text either (see line { $first })
err-csv-field_count = this row has { $count } fields but the header has { $expected }
err-locale-unknown = unknown locale { $locale }: use { $first } or { $last }
err-date-two_digit_year = { $text } has a two-digit year: write the year in full, such as { $full } (in a spreadsheet, give the column a date format with a four-digit year, { $style ->
    [slash] DD/MM/YYYY
    [dot] DD.MM.YYYY
    [dash] DD-MM-YYYY
   *[iso] YYYY-MM-DD
})
err-date-locale = { $text } is not a date: write { $style ->
    [slash] DD/MM/YYYY
    [dot] DD.MM.YYYY
    [dash] DD-MM-YYYY
   *[iso] YYYY-MM-DD
}, such as { $example } (or YYYY-MM-DD)
err-number-decimal_comma = { $text } is not a number of this file: its decimal mark is a comma (12,5), and '.' only groups thousands in threes (1.234,5)
err-number-grouping = { $text } is not a number of this file: spaces may only group thousands in threes (1 234,5)
err-import-no_header = cannot read the header row
err-import-empty = the file is empty: the first line must name the columns, at least { $columns }
err-import-column_twice = column { $column } appears twice
err-import-unknown_column-hint = unknown column { $column } — did you mean { $hint }?
err-import-unknown_column = unknown column { $column }; { $table } files have { $columns } (or ignore unknown columns)
err-import-missing_column = missing required column { $column }
err-import-semicolon = the header is separated by ';', not ',': the file is in the format of a locale with a decimal comma (es, ca, fr, de, it, pt or nl) — import it with that locale ({ $header })
err-import-comma = the header is separated by ',', not ';': the file is in the canonical format (',', decimal point, YYYY-MM-DD) — import it without a locale ({ $header })
err-import-handle_twice = handle { $handle } already appears on line { $first }
err-import-project_twice = project { $code } already appears on line { $first }
err-import-project_cycle = project { $code } is part of a cycle of parents
err-import-id_twice = id { $id } already appears on line { $first } with different content
err-import-id_in_ledger = id { $id } is already in the ledger with different content; give this row another id, or correct the existing entry

## Currencies (money.rs) and the command line's export names

err-currency-code = { $code } is not a currency code: use 3 to 10 capital letters such as EUR
err-currency-unknown_scale = '{ $code }' is not an ISO 4217 currency; give its number of decimal places
err-currency-iso_scale = currency { $code }: ISO 4217 gives it { $iso } decimal places, not { $given }
err-currency-scale = currency { $code }: at most { $max } decimal places are supported
cli-export-unknown = { $what } is not an export: use { $exports }, hledger, beancount, valueflows or tokens

## Equation files (equation.rs)

err-equation-too_large = the file is { $bytes } bytes; an equation file may have at most { $max }
err-equation-no_buckets = the equation has no buckets: add at least one [[bucket]]
err-equation-name_twice = bucket name { $name } is already used by bucket { $first }
err-equation-no_share = bucket { $name } needs a share: "N%" or "rest"
err-equation-two_rests = only one bucket can take the rest
err-equation-share_over = share { $share } is over 100%
err-equation-total_over = the percentages add up to { $total }% by here, over 100%
err-equation-total = without a "rest" bucket the percentages must total exactly 100%, not { $total }%
err-equation-share_spaces = share { $share } has spaces: write { $compact }
err-equation-share = share { $share } is not a percentage such as "10%" or "12.5%" (at most 2 decimals, no sign) or "rest"
err-equation-one_target = bucket { $name } needs exactly one of fund = "HANDLE", reimburse = true, repay = true or policy = "…"
err-equation-member_not_fund = { $fund } is a member, not a fund
err-equation-only_true = { $key } can only be true; remove the key instead
err-equation-only_policy = { $key } applies only to policy = "{ $policy }"
err-equation-fund_kinds = a fund bucket takes no kinds list
err-equation-empty_kinds = an empty kinds list matches nothing; remove it to use every kind
err-equation-resource_credits = resource-use credits are paid by policy and repay buckets, not reimbursement
err-equation-kind-gift = kind { $kind } is a gift and earns no share
err-equation-kind-not_reimbursable = kind { $kind } is not reimbursable; a reimburse bucket pays only reimbursable kinds
err-equation-kind-not_deferred = kind { $kind } is not deferred; a repay bucket pays only deferred kinds
err-equation-kind-reimbursable = kind { $kind } is reimbursable: it is paid back by a reimburse bucket, not shared by a policy
err-equation-kind-deferred = kind { $kind } is deferred: it is paid back by a repay bucket, not shared by a policy
err-equation-cap_policy = cap applies only to policy buckets
err-equation-cap_percent = cap { $cap } is not a percentage above 0% and at most 100% (at most 2 decimals), nor an amount
err-equation-cap = cap { $cap } is not a percentage such as "25%" nor an amount above zero in { $currency } with at most { $scale } decimals
err-equation-unknown_key = unknown key { $key }: an equation has name and [[bucket]]
err-equation-unknown_bucket_key = unknown key { $key } in a bucket: use { $keys }
err-equation-decay = decay { $decay } must be a percentage from "0%" to "100%"
err-equation-among = among { $among } is not known: use "contributors" or "members"
err-equation-policy = unknown policy { $policy }: use lifetime, period, recent, balanced, equal or peer

## Bundles refused (bundle.rs, store/sync.rs)

err-bundle-not_a_bundle = this is not an OpenValue bundle
err-bundle-newer = a newer OpenValue wrote this bundle (format { $format }; this version reads { $version }); update OpenValue
err-bundle-damaged = the bundle is damaged or incomplete ({ $why })
err-bundle-cut_short = it is cut short
err-bundle-checksum = its checksum does not match: it was changed or cut short on the way
err-bundle-trailing = unexpected bytes after its content
err-bundle-too_large = the bundle unpacks to more than { $mib } MiB, far more than its entries could hold (a damaged or hostile file)
err-bundle-same_name = it comes from another ledger, also called { $name } but started separately (ledger { $theirs }, not { $ours }): its books are not these
err-bundle-other_name = it comes from another ledger ({ $name }, not { $ours })
err-bundle-other_ledger = this bundle comes from another ledger (another cooperative's books)
err-bundle-forged = this bundle does not hold the one ledger it names (a damaged or forged bundle)
err-bundle-entry = entry { $entry } of device { $device }: { $problem }
err-bundle-chain = device { $device }'s entries are damaged or incomplete (entry { $entry }: { $detail })
err-bundle-fork = device { $device } wrote two different entries number { $number } (a fork: a copied ledger file, or one invitation, used on two computers; on one of them make the ledger a new device)
err-bundle-id_twice = entry id { $entry } is used twice (a damaged or forged bundle)
err-bundle-kind_mismatch = entry { $entry } says it is { $kind } but holds something else (a damaged or forged bundle)
err-bundle-unreadable = entry { $entry } cannot be read ({ $detail })
err-bundle-before_creation = entry { $entry } of device { $device } is stamped { $stamp }, before the ledger was created ({ $created }): a damaged or forged bundle
err-bundle-far_future = entry { $entry } of device { $device } is stamped { $stamp }, more than a year after this computer's clock: check the date and time of the laptop that wrote it, or this one
err-bundle-not_an_invitation = this is a bundle, not an invitation: a new laptop starts from an invitation file made on an admitted laptop
err-bundle-invitation_key = the invitation's key is damaged
err-bundle-invitation_entries = the invitation does not match the entries it carries
err-bundle-invitation_used = this invitation was already used on this computer: each invitation starts one laptop; ask for a new one
err-entry-not_admitted = its device was neither admitted nor invited by this cooperative's devices
err-entry-no_key = its device has no known key
err-entry-signature = its signature does not match its contents (changed or forged)
err-entry-unsigned = it carries no signature
err-entry-hash = its hash does not match its contents (damaged or changed)

## Passphrases, splits and journal payloads (members.rs, split.rs, journal.rs)

err-key-wrong_passphrase = wrong passphrase
err-key-too_short = a passphrase needs at least { $min } characters
err-key-sealed_damaged = the member's sealed key is damaged ({ $why })
err-key-no_random = no random bytes from the system ({ $why })
err-split-no_weight = no recipient has a weight above zero
err-split-duplicate = a recipient appears twice
err-payload-encode = cannot encode the payload: { $why }
err-payload-decode = cannot decode the binary payload: { $why }
err-payload-json = cannot decode the JSON payload: { $why }
err-payload-format = unknown payload format (first byte { $byte })
err-payload-empty = empty payload

## Import rows that differ from the books (import.rs)

err-import-account_differs = { $handle } already exists with other details (name { $name }, type { $type }, joined { $joined ->
    [none] unknown
   *[other] { $joined }
}); only the status of an existing account can change
err-import-project_differs = project { $code } already exists as { $name }{ $parent ->
    [none] {""}
   *[other] {" "}under { $parent }
}; an existing project cannot be changed by import
err-import-kind_differs = kind { $kind } differs from { $line ->
    [ledger] the ledger
   *[other] line { $line }
} ({ $details }); only rate and multiplier change between versions — name, measure, unit, gift, reimbursable, deferred and valued_by stay the same
err-import-version_exists = kind { $kind } already has a version { $date ->
    [none] from the beginning
   *[other] effective from { $date }
} with rate { $rate } and multiplier { $multiplier }; add a version with another effective_from instead
err-import-version_twice = kind { $kind } { $date ->
    [none] from the beginning
   *[other] effective from { $date }
} already appears on line { $line } with another rate or multiplier

## verify's findings (store/verify.rs, journal.rs)

err-verify-integrity = SQLite integrity check: { $detail }
err-verify-entry = journal entry { $entry }: { $problem }
err-verify-signature = journal entry { $entry } of device { $device }: { $problem }
err-verify-device_unknown = meta: this file's device id { $device } wrote no journal entry; the file was changed outside OpenValue
err-verify-device_missing = meta: this file's device id is missing
err-verify-undo_damaged = undo steps of journal entry { $entry } are damaged ({ $count } entries in all); the file was changed outside OpenValue
err-verify-more_rows = { $table }: more rows differ
err-verify-row = { $table } row { $key }{ $entry ->
    [none] {""}
   *[other] {" "}(journal entry { $entry })
} { $how ->
    [missing] is missing or was changed
   *[added] was changed or added outside OpenValue
}: it does not match the journal
err-verify-lines = distribution { $distribution }: its lines ({ $sum }, { $negative } negative) do not sum to revenue { $revenue }'s { $amount }
err-verify-two_live = revenue { $revenue } has more than one live distribution: { $distributions }
err-verify-balance = account { $account }: its balance ({ $balance }) is beyond what the books can hold
err-chain-seq = device { $device } sequence number is { $seq }, expected { $expected }
err-chain-link = does not link to the device's previous entry (an entry was changed, removed or inserted)
err-chain-hash = hash mismatch: the stored { $kind } entry was changed after it was written
err-chain-payload = payload cannot be read
err-csv-detected = detected: { $separator } and decimal { $comma ->
    [yes] comma
   *[no] point
}, dates { $style ->
    [slash] DD/MM/YYYY
    [dot] DD.MM.YYYY
    [dash] DD-MM-YYYY
   *[iso] YYYY-MM-DD
}

## The command line's help and parse errors (cli/localize.rs,
## cli/parse_error.rs): clap's own words. The help of each command and
## argument (help-PATH, help-PATH--ID) is in the other catalogues only:
## in English it is the doc comment of src/cli/args.rs.

cli-help-usage = Usage:
cli-help-commands = Commands:
cli-help-arguments = Arguments:
cli-help-options = Options:
cli-help-example = Example:
cli-help-flag-help = Print help
cli-help-flag-help-more = Print help (see more with '--help')
cli-help-flag-help-summary = Print help (see a summary with '-h')
cli-help-flag-version = Print version
cli-help-subcommand = Print this message or the help of the given subcommand(s)
cli-help-default = [default: { $value }]
cli-parse-missing = the following required arguments were not provided:
cli-parse-unknown_argument = unexpected argument { $arg } found
cli-parse-unknown_subcommand = unrecognized subcommand { $name }
cli-parse-value_required = a value is required for { $arg } but none was supplied
cli-parse-invalid_value = invalid value { $value } for { $arg }
cli-parse-invalid_value_because = invalid value { $value } for { $arg }: { $reason }
cli-parse-possible_values = [possible values: { $values }]
cli-parse-conflict = the argument { $arg } cannot be used with { $other }
cli-parse-conflict_self = the argument { $arg } cannot be used multiple times
cli-parse-conflict_any = the argument { $arg } cannot be used with one or more of the other specified arguments
cli-parse-too_many_values = unexpected value { $value } for { $arg } found; no more were expected
cli-parse-wrong_number = { $expected } values required for { $arg } but { $actual } { $actual ->
    [one] was
   *[other] were
} provided
cli-parse-missing_subcommand = { $name } requires a subcommand but one was not provided
cli-parse-subcommands = [subcommands: { $values }]
cli-parse-no_equals = equal sign is needed when assigning values to { $arg }
cli-parse-similar_subcommand = { $count ->
    [one] tip: a similar subcommand exists: { $similar }
   *[other] tip: some similar subcommands exist: { $similar }
}
cli-parse-similar_argument = { $count ->
    [one] tip: a similar argument exists: { $similar }
   *[other] tip: some similar arguments exist: { $similar }
}
cli-parse-similar_value = { $count ->
    [one] tip: a similar value exists: { $similar }
   *[other] tip: some similar values exist: { $similar }
}
cli-parse-tip = tip: { $tip }
cli-parse-not_table = { $value } is not an importable file: use members, projects, kinds, contributions or revenues
cli-parse-not_leave_reason = { $value } is not a reason for leaving: use good or bad
cli-parse-not_measure = { $value } is not a measure: use hours or money or quantity
cli-parse-not_role = { $value } is not a role: use member, coordinator, treasurer or admin
cli-parse-not_status = { $value } is not a status: use counts, pending, rejected or void
cli-parse-not_on_off = { $value } is neither on nor off
cli-parse-more = For more information, try { $help }.
