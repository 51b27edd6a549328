# OpenValue's catalogue (es). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Español

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens

# Números escritos en un campo (ui/src/lib/numbers.ts).
app-input-required = obligatorio
app-input-negative = no puede ser negativo: escríbelo sin signo
app-input-not-a-number = escribe un número, por ejemplo { $example }
app-input-wrong-separator = aquí no se usa «{ $symbol }»: escribe los decimales tras «{ $decimal }», por ejemplo { $example }
app-input-bad-grouping = agrupa los millares de tres en tres, o no los agrupes, por ejemplo { $example }
app-input-whole = no se admiten decimales
app-input-places = { $places ->
    [one] como máximo { $places } decimal
   *[other] como máximo { $places } decimales
}
app-input-positive = tiene que ser mayor que cero


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

