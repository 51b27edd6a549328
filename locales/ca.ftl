# OpenValue's catalogue (ca). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Català

# Undo of the last action (components/UndoBar.svelte)
app-undo-button = Desfés l'última acció…
app-undo-logged = { $count ->
    [one] anul·lar l'aportació { $ids }
   *[other] anul·lar les aportacions { $ids }
}
app-undo-revenue = { $count ->
    [one] anul·lar l'ingrés { $ids }
   *[other] anul·lar els ingressos { $ids }
}
app-undo-distributed = anul·lar el repartiment { $ids }
app-undo-paid = anul·lar el pagament { $ids }
app-undo-question = Vols desfer l'última acció en aquest portàtil: { $what }? Queda a l'historial.
app-undo-confirm = Desfés-la
app-undo-keep = Mantén-la
app-undo-done = Fet: { $what }.

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

