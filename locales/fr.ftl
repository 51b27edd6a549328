# OpenValue's catalogue (fr). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Français

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens

# Nombres saisis dans un champ (ui/src/lib/numbers.ts).
app-input-required = obligatoire
app-input-negative = ne peut pas être négatif : écrivez-le sans signe
app-input-not-a-number = écrivez un nombre, par exemple { $example }
app-input-wrong-separator = « { $symbol } » ne s'emploie pas ici : écrivez les décimales après « { $decimal } », par exemple { $example }
app-input-bad-grouping = groupez les milliers par trois, ou sans groupes, par exemple { $example }
app-input-whole = pas de décimales
app-input-places = { $places ->
    [one] au plus { $places } décimale
   *[other] au plus { $places } décimales
}
app-input-positive = doit être supérieur à zéro


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

