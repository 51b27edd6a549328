# OpenValue's catalogue (fr). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Français

# Undo of the last action (components/UndoBar.svelte)
app-undo-button = Annuler la dernière action…
app-undo-logged = { $count ->
    [one] annuler la contribution { $ids }
   *[other] annuler les contributions { $ids }
}
app-undo-revenue = { $count ->
    [one] annuler la recette { $ids }
   *[other] annuler les recettes { $ids }
}
app-undo-distributed = annuler la répartition { $ids }
app-undo-paid = annuler le versement { $ids }
app-undo-question = Annuler la dernière action sur cet ordinateur : { $what } ? Elle reste dans l'historique.
app-undo-confirm = Oui, l'annuler
app-undo-keep = La garder
app-undo-done = Fait : { $what }.

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

