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

# Projectes
app-projects-title = Projectes
app-projects-add-title = Afegir un projecte
app-projects-code = Codi
app-projects-code-placeholder = festival
app-projects-name = Nom
app-projects-name-placeholder = Festival d'estiu
app-projects-parent = Projecte pare
app-projects-parent-none = (cap)
app-projects-add = Afegir
app-projects-added = S'ha afegit el projecte { $code }.
app-projects-empty = Encara no hi ha projectes.
app-projects-parent-note = Un projecte pare no transmet res: l'ingrés de cada projecte es reparteix segons les seves pròpies aportacions i la seva equació de valor.

# Inici de sessió
app-signin-title = Inicia la sessió a { $ledger }
app-signin-intro = Aquesta cooperativa signa cada canvi amb el nom del membre que el fa.
app-signin-who = Qui ets?
app-signin-choose = — tria el teu nom —
app-signin-passphrase = Frase de contrasenya
app-signin-checking = Comprovant…
app-signin-submit = Inicia la sessió
app-signin-switch = Obre un altre llibre de comptes…

# Pagaments
app-payouts-title = Pagaments
app-payouts-record-title = Registrar diners pagats
app-payouts-to = A
app-payouts-choose = — tria —
app-payouts-account-option = { $handle } ({ $type })
app-payouts-type-member = membre
app-payouts-type-fund = fons
app-payouts-amount-in = Import ({ $currency })
app-payouts-amount = Import
app-payouts-date = Data
app-payouts-method = Forma de pagament
app-payouts-note = Nota
app-payouts-status = Estat
app-payouts-record = Registra el pagament
app-payouts-recorded = S'ha registrat un pagament de { $amount } { $currency } a { $account }.
app-payouts-overpay-title = Aquest pagament és més del que està pendent.
app-payouts-overpay-yes = Sí, registra'l
app-payouts-cancel = Cancel·la (Esc)
app-payouts-status-void = anul·lat
app-payouts-status-paid = pagat
app-payouts-void = Anul·la…
app-payouts-void-question = Vols anul·lar el pagament de { $amount } { $currency } a { $account } del { $date }?
app-payouts-void-explain = Fes-ho amb un pagament registrat per error (els diners no van sortir mai). Deixarà de comptar com a pagat, de manera que a { $account } se li deuran { $amount } més. Continua a la llista, ratllat. Una anul·lació no es pot desfer: si al final els diners sí que es van pagar, torna a registrar el pagament.
app-payouts-void-yes = Sí, anul·la'l
app-payouts-voided = S'ha anul·lat el pagament de { $amount } { $currency } a { $account } del { $date }: ja no compta com a pagat, així que torna a estar pendent per a { $account }. Continua a la llista, ratllat.
app-payouts-empty = Encara no hi ha pagaments.


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

