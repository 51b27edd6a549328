# OpenValue's catalogue (es). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Español

# Undo of the last action (components/UndoBar.svelte)
app-undo-button = Deshacer la última acción…
app-undo-logged = { $count ->
    [one] anular la aportación { $ids }
   *[other] anular las aportaciones { $ids }
}
app-undo-revenue = { $count ->
    [one] anular el ingreso { $ids }
   *[other] anular los ingresos { $ids }
}
app-undo-distributed = anular el reparto { $ids }
app-undo-paid = anular el pago { $ids }
app-undo-question = ¿Deshacer la última acción en este portátil: { $what }? Queda en el historial.
app-undo-confirm = Deshacer
app-undo-keep = Mantener
app-undo-done = Hecho: { $what }.

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

