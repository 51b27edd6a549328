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

# Projets
app-projects-title = Projets
app-projects-add-title = Ajouter un projet
app-projects-code = Code
app-projects-code-placeholder = festival
app-projects-name = Nom
app-projects-name-placeholder = Festival d'été
app-projects-parent = Projet parent
app-projects-parent-none = (aucun)
app-projects-add = Ajouter
app-projects-added = Projet { $code } ajouté.
app-projects-empty = Aucun projet pour l'instant.
app-projects-parent-note = Un projet parent ne transmet rien : la recette de chaque projet est répartie selon ses propres contributions et sa propre équation de valeur.

# Connexion
app-signin-title = Connexion à { $ledger }
app-signin-intro = Cette coopérative signe chaque modification du nom du membre qui la fait.
app-signin-who = Qui êtes-vous ?
app-signin-choose = — choisissez votre nom —
app-signin-passphrase = Phrase secrète
app-signin-checking = Vérification…
app-signin-submit = Se connecter
app-signin-switch = Ouvrir un autre registre…

# Versements
app-payouts-title = Versements
app-payouts-record-title = Enregistrer une somme versée
app-payouts-to = À
app-payouts-choose = — choisir —
app-payouts-account-option = { $handle } ({ $type })
app-payouts-type-member = membre
app-payouts-type-fund = fonds
app-payouts-amount-in = Montant ({ $currency })
app-payouts-amount = Montant
app-payouts-date = Date
app-payouts-method = Moyen de paiement
app-payouts-note = Note
app-payouts-status = État
app-payouts-record = Enregistrer le versement
app-payouts-recorded = Versement de { $amount } { $currency } à { $account } enregistré.
app-payouts-overpay-title = Ce versement dépasse ce qui est dû.
app-payouts-overpay-yes = Oui, l'enregistrer
app-payouts-cancel = Annuler (Échap)
app-payouts-status-void = annulé
app-payouts-status-paid = versé
app-payouts-void = Annuler…
app-payouts-void-question = Annuler le versement de { $amount } { $currency } à { $account } du { $date } ?
app-payouts-void-explain = À faire pour un versement enregistré par erreur (l'argent n'est jamais parti). Il ne comptera plus comme versé : { $amount } de plus seront dus à { $account }. Il reste dans la liste, barré. Une annulation est définitive : si l'argent a finalement été versé, enregistrez de nouveau le versement.
app-payouts-void-yes = Oui, l'annuler
app-payouts-voided = Versement de { $amount } { $currency } à { $account } du { $date } annulé : il ne compte plus comme versé, cette somme est donc de nouveau due à { $account }. Il reste dans la liste, barré.
app-payouts-empty = Aucun versement pour l'instant.


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

