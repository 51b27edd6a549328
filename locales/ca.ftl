# OpenValue's catalogue (ca). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Català

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens

# Nombres escrits en un camp (ui/src/lib/numbers.ts).
app-input-required = obligatori
app-input-negative = no pot ser negatiu: escriu-lo sense signe
app-input-not-a-number = escriu un nombre, per exemple { $example }
app-input-wrong-separator = aquí no s'usa «{ $symbol }»: escriu els decimals després de «{ $decimal }», per exemple { $example }
app-input-bad-grouping = agrupa els milers de tres en tres, o no els agrupis, per exemple { $example }
app-input-whole = no s'admeten decimals
app-input-places = { $places ->
    [one] com a màxim { $places } decimal
   *[other] com a màxim { $places } decimals
}
app-input-positive = ha de ser més gran que zero


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

