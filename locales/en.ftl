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


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

