# OpenValue's catalogue (en). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = English

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

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

