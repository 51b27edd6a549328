# OpenValue's catalogue (en). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = English

## The app's shell, shared parts, and the screens Balances … Ledger


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


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

