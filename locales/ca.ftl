# OpenValue's catalogue (ca). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Català

## The app's shell, shared parts, and the screens Balances … Ledger

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

app-error-no-ledger = no hi ha cap llibre de comptes obert: crea’n o obre’n un primer

app-quantity-hours = { $count ->
    [one] { $quantity } hora
   *[other] { $quantity } hores
}

app-history-by = per { $author }, a { $device }
app-history-on = a { $device }
app-history-first = tal com es va registrar
app-history-after-correction = després de la correcció { $revision }
app-history-quantity-of = { $quantity } de { $kind }
app-history-quantity-unit = { $quantity } { $unit }
app-history-quantity-unit-of = { $quantity } { $unit } de { $kind }
app-history-logged = Registrada per a { $member }
app-history-logged-detail = { $amount } a { $project }, amb data { $date }
app-history-logged-detail-note = { $amount } a { $project }, amb data { $date } — «{ $note }»
app-history-approved = Aprovada per { $by }
app-history-approved-stale = { $revision }; una correcció posterior necessita noves aprovacions
app-history-rejected = Rebutjada per { $by }
app-history-reason = Motiu: { $reason }
app-history-reason-stale = Motiu: { $reason } ({ $revision }; corregida després)
app-history-corrected = Corregida (correcció { $revision })
app-history-no-change = no ha canviat cap camp
app-history-change = { $field } { $from } → { $to }
app-history-empty = (buit)
app-history-field-quantity = quantitat
app-history-field-date = data
app-history-field-kind = tipus
app-history-field-note = nota
app-history-voided = Anul·lada
app-history-voided-detail = ja no compta

app-warn-future-date = { $date } és posterior a avui: les aportacions se solen registrar un cop fet el treball.
app-warn-many-hours = { $quantity } hores en una sola entrada és més d’un dia sencer: registra les hores de cada dia o revisa la xifra.
app-warn-member-left = { $member } s’ha donat de baixa de la cooperativa: registra això només si és treball fet abans de la baixa.
app-warn-multiplier-high = Amb un multiplicador de { $multiplier }, una unitat d’aquest tipus compta tant com { $multiplier } unitats de treball normal.
app-warn-multiplier-low = Amb un multiplicador de { $multiplier }, aquest tipus gairebé no compta.

app-backup-never = No s’ha fet mai cap còpia de seguretat d’aquest llibre de comptes.
app-backup-old = { $days ->
    [one] L’última còpia de seguretat és de fa { $days } dia.
   *[other] L’última còpia de seguretat és de fa { $days } dies.
}

app-shortcuts-help = Alt+1–9 pantalles · Alt+N nova aportació · / cercar a les notes

app-check-required = obligatori
app-check-handle = fes servir d’1 a 32 minúscules, xifres, «_» o «-»
app-check-date-format = fes servir AAAA-MM-DD, per exemple 2026-03-31
app-check-not-a-date = { $text } no és una data
app-check-decimal = escriu xifres amb un «.» i decimals opcionals, per exemple 12.5
app-check-no-decimals = no s’admeten decimals
app-check-max-decimals = { $places ->
    [one] com a màxim { $places } decimal
   *[other] com a màxim { $places } decimals
}
app-check-positive = ha de ser més gran que zero
app-check-currency = fes servir de 3 a 10 majúscules, per exemple EUR

app-sync-none-yet = Encara no s’ha sincronitzat cap altre dispositiu a través d’aquesta carpeta.
app-sync-nothing-new = Res de nou dels altres dispositius.
app-sync-took = { $count ->
    [one] S’ha pres { $count } entrada nova de { $from }.
   *[other] S’han pres { $count } entrades noves de { $from }.
}
app-sync-wrote = { $count ->
    [one] S’ha escrit el fitxer d’aquest dispositiu ({ $count } entrada) a la carpeta.
   *[other] S’ha escrit el fitxer d’aquest dispositiu ({ $count } entrades) a la carpeta.
}
app-sync-skipped = { $count ->
    [one] S’ha omès { $count } fitxer (vegeu més avall).
   *[other] S’han omès { $count } fitxers (vegeu més avall).
}
app-sync-conflicts = { $count ->
    [one] { $count } conflicte als comptes.
   *[other] { $count } conflictes als comptes.
}
app-sync-conflicts-new = { $count ->
    [one] { $count } conflicte als comptes ({ $fresh } de nou).
   *[other] { $count } conflictes als comptes ({ $fresh } de nous).
}
app-sync-future = { $count ->
    [one] { $count } entrada té data més d’una hora per davant del rellotge d’aquest ordinador: reviseu els rellotges dels dispositius.
   *[other] { $count } entrades tenen data més d’una hora per davant del rellotge d’aquest ordinador: reviseu els rellotges dels dispositius.
}
app-ago-now = ara mateix
app-ago-minutes = fa { $count } min
app-ago-hours = fa { $count } h
app-ago-yesterday = ahir
app-ago-days = fa { $count } dies

app-totals-contributions = { $count ->
    [one] { $shown } aportació
   *[other] { $shown } aportacions
}
app-totals-hours = { $count ->
    [one] { $shown } hora
   *[other] { $shown } hores
}
app-totals-value = valor { $amount } { $code }
app-totals-voided = { $count ->
    [one] ({ $count } anul·lada no es compta)
   *[other] ({ $count } anul·lades no es compten)
}
app-overpay-owed = { $amount } són { $excess } més que els { $owed } pendents amb { $account }: a { $account } se li pagarien { $excess } per avançat. Vols registrar-ho igualment?
app-overpay-nothing = No hi ha res pendent amb { $account }: els { $amount } es pagarien per avançat. Vols registrar-ho igualment?
app-overpay-advance = No hi ha res pendent amb { $account }, a qui ja es van pagar { $advance } per avançat: després de { $amount } més, a { $account } se li hauran pagat { $excess } per avançat. Vols registrar-ho igualment?

app-opening = S’està obrint el llibre de comptes…
app-nav-label = Pantalles
app-nav-account = El meu compte
app-nav-contributions = Aportacions
app-nav-members = Membres i fons
app-nav-projects = Projectes
app-nav-kinds = Tipus i tarifes
app-nav-equations = Equacions
app-nav-resources = Recursos
app-nav-give = GIVE
app-nav-tokens = Fitxes
app-nav-revenues = Ingressos
app-nav-payouts = Pagaments
app-nav-balances = Saldos
app-nav-import = Importar
app-nav-export = Informes i exportació
app-nav-sync = Sincronitzar i dispositius
app-nav-ledger = Llibre i còpia de seguretat
app-nav-conflicts = { $count ->
    [one] conflicte
   *[other] conflictes
}
app-nav-sync-failed = L’última sincronització ha fallat
app-sign-out = Tanca la sessió
app-cancel = Cancel·la
app-event-question = Vols convertir aquest dispositiu en un quiosc? Només hi quedarà accessible la graella de membres; se’n surt amb la frase de contrasenya d’algú de coordinació.
app-event-start = Inicia el mode esdeveniment
app-event-title = Un quiosc per a un dispositiu compartit en un esdeveniment
app-event-button = Mode esdeveniment…
app-currency-approvals = { $count ->
    [one] { $code } · cal { $count } aprovació
   *[other] { $code } · calen { $count } aprovacions
}
app-language-label = Llengua
app-read-only-title = Només lectura en aquest ordinador.
app-read-only-text = Aquest fitxer del llibre de comptes es va copiar d’un altre ordinador, i la clau que signa les seves entrades s’hi va quedar. Pots llegir, verificar i exportar. Per registrar-hi entrades, converteix aquesta còpia en un nou dispositiu de la cooperativa; un dispositiu ja admès l’admetrà quan sincronitzi.
app-new-device-name = Nom d’aquest dispositiu
app-new-device-placeholder = Portàtil de la Marta
app-new-device-confirm = Converteix-lo en un nou dispositiu
app-new-device-open = Converteix aquesta còpia en un nou dispositiu…
app-new-device-done = Aquesta còpia ara escriu com un nou dispositiu (id { $id }). Sincronitza’l: la pantalla Sincronitzar d’un dispositiu admès oferirà admetre’l.
app-synced-folder-title = El fitxer del llibre de comptes és dins d’una carpeta que { $service } sincronitza.
app-synced-folder-text = { $service } podria copiar el fitxer mentre OpenValue l’escriu i malmetre els comptes a tots els dispositius. Tanca OpenValue, mou el fitxer a una carpeta que no se sincronitzi (la carpeta Documents, per exemple) i obre’l des d’allà; comparteix entre dispositius només la carpeta de sincronització.
app-backup-now = Fes una còpia ara

app-close = Tanca
app-loading = S’està carregant…
app-total = Total
app-chart-save-title = Desa el gràfic (.png o .svg)
app-chart-saved = S’ha desat a { $path }.
app-chart-save = Desa com a PNG o SVG…
app-history-of = Historial de { $id }
app-error-file-problems = El fitxer té problemes:
app-error-please-fix = Corregeix el següent:
app-pager-first = Primera
app-pager-previous = Anterior
app-pager-next = Següent
app-pager-last = Última
app-pager-range = { $first }–{ $last } de { $total }
app-plan-revenue = Ingrés
app-plan-equation = equació de valor «{ $name }»
app-plan-bucket = Partida
app-plan-recipient = Destinatari
app-plan-amount = Import
app-plan-weight = Pes
app-plan-share = Part de la partida
app-plan-capped-title = Limitat al topall de la partida: la resta de la seva part ha anat als altres segons el seu pes
app-plan-capped = al topall
app-plan-stage-title = Part d’aquest pes s’ha comptat al percentatge de l’etapa
app-plan-stage = etapa { $stage }
app-plan-exact-weight = pes exacte: { $weight }
app-plan-hide = Amaga
app-plan-why = Per què?
app-plan-behind = Aportacions darrere del pes de { $recipient } a «{ $bucket }»:
app-plan-formula = valor = quantitat × tarifa × multiplicador
app-plan-formula-stage = { " " }× etapa
app-plan-formula-decay = { " " }× reducció setmanal
app-plan-none-eligible = No hi ha aportacions que hi comptin.
app-plan-col-contribution = Aportació
app-plan-col-date = Data
app-plan-col-kind = Tipus
app-plan-col-quantity = Quantitat
app-plan-col-rate = Tarifa
app-plan-col-multiplier = Multiplicador
app-plan-col-value = Valor
app-plan-col-decay = Reducció
app-plan-col-stage = Etapa
app-plan-col-left = Baixa
app-plan-nothing-placed = res assignat
app-plan-totals = Totals per destinatari

app-project = Projecte
app-all-projects = tots els projectes
app-from = Des de
app-to = Fins a
app-file = Fitxer
app-choose = Tria…
app-choose-a-file = tria un fitxer
app-save = Desa
app-never = mai
app-whole-number = un nombre enter, 0 o més

app-balances-title = Saldos pendents
app-balances-intro = El guanyat és el que han assignat els repartiments confirmats i no anul·lats; pendent = guanyat − pagat. Imports en { $code }.
app-balances-which = Quins saldos
app-balances-as-of = A data de
app-balances-as-of-placeholder = Buit: avui
app-balances-scope-now = Tot fins ara
app-balances-scope-date = Ingressos i pagaments amb data fins al { $date }
app-balances-scope-project = ; el guanyat només dels repartiments de { $project }.
app-balances-project-note = Els pagaments es fan a un compte, no a un projecte, de manera que el pagat i el pendent no es poden separar per projecte: aquí només es veu el que han assignat els repartiments de { $project }. Tria «tots els projectes» per veure el pagat i el pendent.
app-balances-account = Compte
app-balances-name = Nom
app-balances-type = Tipus
app-balances-type-member = membre
app-balances-type-fund = fons
app-balances-earned = Guanyat
app-balances-paid = Pagat
app-balances-owed = Pendent
app-balances-pay = Paga…
app-balances-advance-title = S’ha pagat més del que s’ha guanyat: la diferència és una bestreta sobre el que { $account } guanyi properament
app-balances-advance = { $amount } pagats per avançat
app-balances-none-project = Encara no s’ha repartit res de { $project }.
app-balances-none = Encara no hi ha comptes.

app-export-contributions = Aportacions (CSV)
app-export-allocations = Assignacions (CSV)
app-export-balances = Saldos (CSV)
app-export-payouts = Pagaments (CSV)
app-export-journal = Diari per partida doble (CSV)
app-export-hledger = Diari d’hledger (text pla)
app-export-save-title = Exporta { $report }
app-export-wrote = { $count ->
    [one] S’ha escrit { $count } fila a { $path }.
   *[other] S’han escrit { $count } files a { $path }.
}
app-export-reports = Informes
app-export-chart = Gràfic
app-export-chart-contributions = Aportacions per tipus i mes
app-export-chart-shares = Valor acumulat i part de cada membre
app-export-chart-shares-alt = Valor acumulat i part per membre
app-export-title = Exportar
app-export-intro = Per a la gestoria i l’assemblea: CSV amb el separador i la marca decimal que llegeix el teu full de càlcul, o un diari comptable en text pla. El text que un full de càlcul podria executar com a fórmula es neutralitza.
app-export-report = Informe
app-export-locale = Format regional
app-export-locale-point = { $locale } — «,» i «.»
app-export-locale-comma = { $locale } — «;» i «,»
app-export-bom = Marca d’ordre de bytes (Excel)
app-export-any = qualsevol
app-export-all = tots
app-export-run = Exporta…

app-import-title = Importar
app-import-intro = CSV en UTF-8 amb una fila de capçalera: separat per comes, amb decimals amb «.» i dates AAAA-MM-DD, o tal com el desa un full de càlcul en castellà, català, francès, alemany, italià, portuguès o neerlandès («;», coma decimal, dates com 31/03/2026): el format es detecta al fitxer. S’importa el fitxer sencer o res; tornar a importar el mateix fitxer no hi afegeix res.
app-import-detected = { $description } (tal com s’escriu en { $locales })
app-import-choose-title = Tria { $file }
app-import-file-type = Tipus de fitxer
app-import-dry-run = Prova (només comprova, no escriu res)
app-import-ignore-unknown = Ignora les columnes desconegudes
app-import-check = Comprova el fitxer
app-import-run = Importa
app-import-phase-reading = llegint
app-import-phase-checking = comprovant
app-import-phase-writing = escrivint
app-import-phase-indexing = indexant
app-import-progress = { $phase }…
app-import-progress-of = { $count ->
    [one] { $phase } { $done } de { $total } fila…
   *[other] { $phase } { $done } de { $total } files…
}
app-import-progress-rows = { $count ->
    [one] { $phase } { $done } fila…
   *[other] { $phase } { $done } files…
}

app-ledger-backup-title = Còpia de seguretat del llibre de comptes
app-ledger-backed-up = Còpia de seguretat desada a { $path }.
app-ledger-approvals-saved = { $count ->
    [one] Ara les aportacions necessiten { $count } aprovació per comptar.
   *[other] Ara les aportacions necessiten { $count } aprovacions per comptar.
}
app-ledger-cooperative = Cooperativa
app-ledger-currency = Moneda
app-ledger-currency-scale = { $count ->
    [one] { $code } ({ $count } decimal)
   *[other] { $code } ({ $count } decimals)
}
app-ledger-last-backup = Última còpia de seguretat
app-ledger-backup-when = { $count ->
    [one] { $when } (fa { $count } dia)
   *[other] { $when } (fa { $count } dies)
}
app-ledger-backup = Fes una còpia de seguretat…
app-ledger-verify = Verifica els comptes
app-ledger-switch = Obre o crea un altre llibre de comptes…
app-ledger-backup-hint = Una còpia de seguretat és una còpia coherent feta amb el llibre de comptes obert; guarda-la en un altre disc.
app-ledger-about = Quant a
app-ledger-schema = esquema del llibre de comptes
app-ledger-about-text = un llibre de comptes escrit per una versió anterior s’actualitza a aquest esquema en obrir-lo; la línia d’ordres mostra la mateixa versió. Programari lliure sota l’AGPL 3.0 o posterior.
app-ledger-approvals = Aprovacions
app-ledger-approvals-label = Aprovacions d’altres membres que necessita una aportació per comptar
app-ledger-verify-ok = Correcte: { $entries } entrades del diari de { $devices ->
    [one] { $devices } dispositiu
   *[other] { $devices } dispositius
}, { $contributions ->
    [one] { $contributions } aportació
   *[other] { $contributions } aportacions
}; totes les cadenes de hash i taules derivades coincideixen amb el diari.
app-ledger-verify-problems = { $count ->
    [one] La verificació ha trobat { $count } problema:
   *[other] La verificació ha trobat { $count } problemes:
}

app-choose-dash = — tria —
app-first-scale-range = de 0 a 4
app-first-open = Obre un llibre de comptes
app-first-open-invitation = Obre la invitació
app-first-where = On crear el llibre de comptes
app-first-tagline = Comptabilitat de valor oberta per a cooperatives petites: registra les aportacions, valora-les segons els vostres propis criteris i reparteix els ingressos fins al cèntim.
app-first-back = ← Torna a { $name }
app-first-create = Crea un llibre de comptes
app-first-name = Nom de la cooperativa
app-first-name-placeholder = Cooperativa Laboratori
app-first-decimals = Decimals
app-first-decimals-note = (només monedes no ISO)
app-first-approvals = Aprovacions necessàries
app-first-create-submit = Crea el llibre de comptes
app-first-open-hint = Un fitxer .openvalue en aquest ordinador o en una unitat compartida.
app-first-open-submit = Obre
app-first-join = Comença amb una invitació
app-first-join-hint = Un altre dispositiu de la cooperativa ha convidat aquest: ha escrit un fitxer d’invitació (.ovinvite). Aquest dispositiu tindrà la seva pròpia còpia del llibre de comptes.
app-first-invitation = Invitació
app-first-join-path = Fitxer del llibre de comptes en aquest dispositiu
app-first-join-submit = Posa en marxa aquest dispositiu
app-first-demo = Explora una demostració
app-first-demo-hint = Una cooperativa inventada: dotze membres i un fons comú, tres projectes, divuit mesos d’aportacions, ingressos i repartiments.
app-first-demo-submit = Crea el llibre de demostració
app-first-demo-open = Obre el fitxer existent

app-eq-the-default = l’equació per defecte del llibre
app-eq-saved = Desada per a { $target } des del principi.
app-eq-saved-from = Desada per a { $target } des del { $date }.
app-eq-intro = Una equació de valor divideix els ingressos d’un projecte en partides: un fons, reemborsaments, o membres segons un criteri (lifetime, period, recent, balanced, equal, o peer: segons el GIVE que han rebut els membres). Un projecte sense equació pròpia fa servir la del llibre per defecte.
app-eq-for = Per a
app-eq-ledger-default = per defecte del llibre
app-eq-in-force-from = En vigor des de
app-eq-beginning = el principi
app-eq-save = Desa l’equació
app-eq-form = Formulari
app-eq-share = Part
app-eq-goes-to = Va a
app-eq-kinds = Tipus
app-eq-kinds-title = Només aquests tipus, separats per comes; buit: tots els tipus que compten
app-eq-cap = Topall
app-eq-cap-title = El màxim que una persona rep d’aquesta partida: un percentatge o un import
app-eq-decay = Reducció / entre
app-eq-decay-title = recent: reducció setmanal · equal: entre qui es reparteix
app-eq-name-placeholder = nom
app-eq-kind-policy = membres
app-eq-kind-policy-title = es reparteix entre els membres segons un criteri
app-eq-kind-fund = fons
app-eq-kind-fund-title = tot a un fons
app-eq-kind-reimburse = reemborsament
app-eq-kind-reimburse-title = retorna les despeses reemborsables, les més antigues primer
app-eq-kind-repay = devolució
app-eq-kind-repay-title = paga el treball diferit, el més antic primer
app-eq-choose-fund = — fons —
app-eq-oldest-first = crèdits pendents més antics primer
app-eq-all-kinds = tots
app-eq-no-cap = sense topall
app-eq-among-contributors = qui ha aportat
app-eq-among-members = membres
app-eq-remove-bucket = Treu aquesta partida
app-eq-add-bucket = Afegeix una partida
app-eq-form-help = Les parts són percentatges com 10% o «rest» per al que queda. Un topall és un percentatge de la partida (25%) o un import (400).
app-eq-form-error = El text no és una equació que el formulari pugui mostrar ({ $error }); corregeix-lo a la vista TOML.
app-eq-line-column = línia { $line }, columna { $column }:
app-eq-valid = ✓ L’equació és vàlida.
app-eq-versions-default = Versions de l’equació per defecte
app-eq-versions-of = Versions de { $project }
app-eq-no-default = Encara no hi ha equació per defecte.
app-eq-none-default-applies = Cap: s’aplica la del llibre per defecte.
app-eq-load = Carrega
app-eq-preview-title = Previsualització sobre un ingrés
app-eq-preview = Previsualitza
app-eq-preview-hint = Mostra el que donaria aquest text; no s’escriu res.

app-cancel-esc = Cancel·la (Esc)
app-contrib-unit-hours = hores
app-contrib-saved = Desat: { $amount } de { $what } a nom de { $member } a { $project } ({ $id }).
app-contrib-timer-refused = El cronòmetre registra hores; { $kind } es mesura en { $unit }.
app-contrib-date = Data
app-contrib-member = Membre
app-contrib-kind = Tipus
app-contrib-quantity = Quantitat
app-contrib-status = Estat
app-contrib-note = Nota
app-contrib-id = Id
app-contrib-actions = Accions
app-contrib-setup-members = Afegeix membres
app-contrib-setup-members-why = qui aporta (i un fons, si part dels ingressos va a un pot comú)
app-contrib-setup-projects = Afegeix un projecte
app-contrib-setup-projects-why = per a què són el treball i els ingressos
app-contrib-setup-kinds = Afegeix tipus d’aportació
app-contrib-setup-kinds-why = hores de treball, diners, paraules traduïdes… cadascun amb la tarifa a què es valora
app-contrib-status-counts = compta
app-contrib-status-pending = pendent de revisió
app-contrib-status-rejected = rebutjada
app-contrib-status-void = anul·lada
app-contrib-choose-reviewer-first = tria primer qui revisa («Revisa com a»)
app-contrib-choose-valuer-first = tria primer qui la valora («Revisa com a»)
app-contrib-voided = Anul·lada: { $quantity } de { $kind } a nom de { $member } del { $date } ({ $id }). Continua a la llista, ratllada; el seu historial mostra qui la va anul·lar.
app-contrib-valued-zero = Es queda en 0 fins que membres amb més de la meitat de la reputació la valorin per sobre de 0: qui no dona cap valoració compta com si valorés 0.
app-contrib-valued = { $by } ha valorat l’aportació { $kind } de { $member } del { $date } en { $amount }; ara el seu valor és { $value }.
app-contrib-own-value = ningú valora la seva pròpia aportació
app-contrib-getting-started = Primers passos
app-contrib-getting-started-text = Les aportacions les registra un membre, en un projecte, com un tipus d’aportació amb la seva tarifa. Prepara això primer:
app-contrib-done = fet
app-contrib-then = Després registra aquí les aportacions. La cooperativa de demostració ({ $ledger } → { $switch } → { $demo }) ho mostra tot ja omplert.
app-contrib-log = Registra una aportació
app-contrib-save = Desa ⏎
app-contrib-timer-title = Engega un cronòmetre; en aturar-lo omple les hores
app-contrib-timer-start = Engega el cronòmetre
app-contrib-timer-stop = Atura { $elapsed }
app-contrib-warnings-again = Prem Desa (o Retorn) una altra vegada per desar-la tal com és, o canvia-la.
app-contrib-filters = Filtres
app-contrib-filter-all = totes (les anul·lades, ratllades)
app-contrib-filter-standing = totes menys les anul·lades
app-contrib-search = Cerca a les notes
app-contrib-search-placeholder = text de la nota
app-contrib-review-as = Revisa com a
app-contrib-sort-title = Ordena per { $column }; un altre clic inverteix l’ordre
app-contrib-valued-short = valorada en { $value }
app-contrib-status-title = { $approvals ->
    [one] { $approvals } aprovació
   *[other] { $approvals } aprovacions
}, { $rejections ->
    [one] { $rejections } rebuig
   *[other] { $rejections } rebuigs
} des de la revisió { $revision }
app-contrib-history = Historial
app-contrib-approve = Aprova
app-contrib-reject = Rebutja
app-contrib-value-this = Valora
app-contrib-correct = Corregeix
app-contrib-void = Anul·la…
app-contrib-void-question = Vols anul·lar { $quantity } de { $kind } a nom de { $member } del { $date }?
app-contrib-void-text = Deixa de comptar: els repartiments d’ara endavant la deixen fora i les seves aprovacions ja no importen. Continua en aquesta llista, ratllada, i el seu historial registra qui la va anul·lar i quan. Una anul·lació no es pot desfer: perquè aquest treball torni a comptar, registra’l de nou.
app-contrib-void-confirm = Sí, anul·la-la
app-contrib-value-question = Quant val per a tu l’aportació { $kind } de { $member } del { $date }, en { $code }?
app-contrib-value-now = Ara el seu valor és
app-contrib-value-explained = : les valoracions dels membres ponderades per la seva reputació, el valor més baix que assoleix almenys la meitat de la reputació. Qui no en dona cap compta com si valorés 0; una valoració teva posterior substitueix aquesta.
app-contrib-your-valuation = La teva valoració
app-contrib-their-valuation = Valoració de { $who }
app-contrib-choose-reviewer = (tria «Revisa com a»)
app-contrib-value-it = Valora
app-contrib-reject-why-you = Per què la rebutges?
app-contrib-reject-why = Per què la rebutja { $who }?
app-contrib-leave-empty = Deixa un camp buit per conservar-lo.
app-contrib-save-correction = Desa la correcció
app-contrib-none = Cap aportació no coincideix.

app-event-pins-differ = els dos PIN no coincideixen: escriu el mateix PIN dues vegades
app-event-pin-set = PIN desat en aquest dispositiu. Ara inicia la sessió amb ell.
app-event-shift-logged = Torn registrat ({ $id }).
app-event-saved = Desat: { $quantity } de { $kind } a { $project } ({ $id }).
app-event-mode = Mode esdeveniment
app-event-leave-button = Surt del mode esdeveniment…
app-event-signed-in = Sessió iniciada:
app-event-done = Fet: tanca la sessió
app-event-leave = Surt del mode esdeveniment
app-event-leave-hint = Algú de coordinació (o superior) escriu la seva frase de contrasenya.
app-event-coordinator = Coordinació
app-event-passphrase = Frase de contrasenya
app-event-locked = Bloquejat després de massa PIN erronis: torna-ho a provar d’aquí a { $seconds } s.
app-event-locked-short = bloquejat { $seconds } s
app-event-your-pin = El teu PIN
app-event-sign-in = Inicia la sessió
app-event-no-pin = Encara no hi ha PIN en aquest dispositiu.
app-event-no-pin-passphrase = Escriu la teva frase de contrasenya un cop i després tria un PIN de 4 a 12 xifres.
app-event-no-pin-choose = Tria un PIN de 4 a 12 xifres.
app-event-new-pin = PIN nou
app-event-pin-again = Repeteix el PIN
app-event-set-pin = Desa el PIN
app-event-back = Torna a la llista completa
app-event-find = Busca el teu nom
app-event-find-placeholder = Busca el teu nom…
app-event-nobody = Ningú coincideix amb «{ $search }».
app-event-my-shift = El meu torn
app-event-shift-since = { $kind } a { $project }, des de { $since }
app-event-stop = Atura i registra les meves hores
app-event-start-shift = Comença el meu torn
app-event-my-totals = Els meus totals
app-event-value-counts = Valor que compta:
app-event-owed = Pendent de pagar-te:
app-event-contributions = Aportacions:
app-event-waiting = ({ $count } pendents de revisió)
app-event-measure-hours = hores
app-event-measure-money = diners
app-event-measure-quantity = quantitat


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
app-input-field-problem = { $field }: { $problem }
app-input-handle = fes servir d'1 a 32 lletres minúscules, xifres, «_» o «-»
app-input-date-format = escriu AAAA-MM-DD, per exemple 2026-03-31
app-input-date-missing = { $date } no és una data

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
app-payouts-to = Per a
app-payouts-choose = — tria —
app-payouts-account-option = { $handle } ({ $type })
app-payouts-type-member = membre
app-payouts-type-fund = fons
app-payouts-amount-in = Import ({ $currency })
app-payouts-amount = Import
app-payouts-date = Data
app-payouts-method = Forma de pagament
app-payouts-method-default = transferència
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

# Ingressos
app-revenues-title = Ingressos
app-revenues-record-title = Registrar un ingrés
app-revenues-project = Projecte
app-revenues-choose = — tria —
app-revenues-amount-in = Import ({ $currency })
app-revenues-amount = Import
app-revenues-date = Data
app-revenues-id = Id
app-revenues-id-placeholder = opcional
app-revenues-note = Nota
app-revenues-record = Registra
app-revenues-recorded = S'ha registrat l'ingrés { $id }.
app-revenues-status = Estat
app-revenues-status-distributed = repartit
app-revenues-status-open = obert
app-revenues-status-reversed = anul·lat
app-revenues-reversed-title = Repartiments anul·lats: { $ids }
app-revenues-reversed-count = { $count ->
    [one] { $count } anul·lat
   *[other] { $count } anul·lats
}
app-revenues-empty = Encara no hi ha ingressos.
app-revenues-choose-one = Tria un ingrés per veure la previsualització del seu repartiment, confirmar-lo o anul·lar-lo.
app-revenues-reversed-line = ({ $equation }) — les seves assignacions ja no compten
app-revenues-distributed-as = Repartit com a
app-revenues-reverse = Anul·la el repartiment…
app-revenues-reverse-question = Vols anul·lar el repartiment { $id }?
app-revenues-reverse-explain = Les seves assignacions queden cancel·lades: el que va donar a cada membre i fons deixa de comptar en el que se'ls deu (els pagaments ja fets es mantenen). Després l'ingrés es pot tornar a repartir. El repartiment anul·lat continua a la llista com a anul·lat.
app-revenues-reverse-yes = Sí, anul·la'l
app-revenues-reverse-keep = Mantén-lo (Esc)
app-revenues-reversed-notice = S'ha anul·lat el repartiment { $id }: les seves assignacions ja no compten i l'ingrés es pot tornar a repartir. Continua a la llista de sota com a anul·lat.
app-revenues-chart-distribution = Repartiment per destinatari i partida
app-revenues-preview = Previsualització del repartiment
app-revenues-commit = Confirma aquest repartiment
app-revenues-preview-note = Previsualització: no es desa res fins que ho confirmis.
app-revenues-chart-preview = Previsualització: repartiment d'aquest ingrés per destinatari i partida

# Recursos
app-resources-title = Recursos
app-resources-intro = Equips que són dels membres o dels fons de la cooperativa, com una talladora làser. Un ús en un projecte val quantitat × tarifa, repartit entre els propietaris segons les seves parts: els membres en guanyen de l'ingrés del projecte com amb qualsevol aportació, i la part d'un fons es retorna amb una partida repay.
app-resources-code = Codi
app-resources-code-placeholder = laser
app-resources-name = Nom
app-resources-name-placeholder = Talladora làser
app-resources-rate = Tarifa
app-resources-unit = Unitat
app-resources-unit-default = hores
app-resources-owners = Propietaris
app-resources-owners-shares = Propietaris (parts)
app-resources-owners-title = Membres o fons, cadascun amb una part sencera (1 si no s'indica): ana:2, ben, comu
app-resources-owners-placeholder = ana:2, ben, comu
app-resources-empty = Encara no hi ha recursos.
app-resources-add-title = Afegir un recurs
app-resources-add = Afegeix
app-resources-added = S'ha afegit el recurs { $code }.
app-resources-log-title = Anotar un ús
app-resources-resource = Recurs
app-resources-project = Projecte
app-resources-quantity = Quantitat
app-resources-date = Data
app-resources-date-empty = Buit: avui
app-resources-by = Per
app-resources-by-none = sense indicar
app-resources-log = Anota l'ús
app-resources-logged = S'ha anotat un ús: { $quantity } { $unit } de { $resource } a { $project }.
app-resources-uses = Usos
app-resources-quantity-rate = Quantitat × tarifa
app-resources-credits = Abonaments
app-resources-uses-empty = Encara no hi ha usos.

# Fitxes
app-tokens-title = Fitxes
app-tokens-intro = Una fitxa comunitària es guanya aportant —tantes per unitat del valor de la feina que compta— i s'envia entre membres a canvi dels seus serveis. Mai no són diners: no entra als saldos, als pagaments ni a les exportacions comptables.
app-tokens-empty = Encara no hi ha fitxes.
app-tokens-define-below = Defineix-ne una a sota.
app-tokens-token = Fitxa
app-tokens-about = { $perValue } { $code } per unitat de valor que compta; imports amb { $scale ->
    [one] { $scale } decimal
   *[other] { $scale } decimals
}. Una anul·lació o un rebuig retira el que va guanyar aquella feina.
app-tokens-member = Membre
app-tokens-balance = Saldo
app-tokens-send-title = Envia { $code }
app-tokens-from = De
app-tokens-to = Per a
app-tokens-amount = Quantitat
app-tokens-date = Data
app-tokens-date-empty = Buit: avui
app-tokens-note = Nota
app-tokens-note-placeholder = arranjament de la bici
app-tokens-sender-has = { $sender } té { $balance } { $code }.
app-tokens-send = Envia
app-tokens-sent-notice = { $sender } ha enviat { $amount } { $token } a { $to }.
app-tokens-history = Historial
app-tokens-show-earned = També el que va guanyar cada aportació ({ $count })
app-tokens-what = Què
app-tokens-move-earned = guanyat per aportació
app-tokens-move-sent = enviat
app-tokens-contribution = aportació
app-tokens-moves-empty-all = Encara no s'ha guanyat ni enviat res.
app-tokens-moves-empty = Encara no s'ha enviat res.
app-tokens-chart = Saldos de { $name } al llarg del temps
app-tokens-define-title = Definir una fitxa
app-tokens-define-note = Una definició no canvia mai. La guanya la feina que compta de cada membre, també la passada.
app-tokens-code = Codi
app-tokens-code-placeholder = eco
app-tokens-name = Nom
app-tokens-name-placeholder = Ecos
app-tokens-decimals = Decimals
app-tokens-decimals-title = Decimals dels seus imports
app-tokens-per-value = Per unitat de valor
app-tokens-per-value-title = Fitxes per unitat de valor que compta (com a màxim 4 decimals)
app-tokens-define = Defineix
app-tokens-defined = S'ha definit la fitxa { $code }: els membres guanyen { $perValue } per unitat de valor que compta, també per tota la seva feina passada.

# Tipus i tarifes
app-kinds-title = Tipus i tarifes
app-kinds-intro = Una tarifa o un multiplicador nous porten una data d'entrada en vigor: valoren les aportacions amb aquesta data o posterior, i mai no revaloren les anteriors.
app-kinds-code = Codi
app-kinds-code-placeholder = cures
app-kinds-name = Nom
app-kinds-name-placeholder = Feina de cures
app-kinds-measure = Mesura
app-kinds-measure-hours = hores
app-kinds-measure-money = diners
app-kinds-measure-quantity = quantitat
app-kinds-flags = Característiques
app-kinds-flag-gift = donació
app-kinds-flag-reimbursable = reemborsable
app-kinds-flag-deferred = diferit
app-kinds-flag-peers = valorat entre iguals
app-kinds-history = Historial de tarifes (des de → tarifa × multiplicador)
app-kinds-beginning = el principi
app-kinds-new-rate = Nova tarifa…
app-kinds-rate = Tarifa
app-kinds-rate-by-peers = entre iguals
app-kinds-multiplier = Multiplicador
app-kinds-multiplier-high = Amb un multiplicador de { $multiplier }, una unitat d'aquest tipus compta tant com { $multiplier } unitats de feina normal.
app-kinds-multiplier-low = Amb un multiplicador de { $multiplier }, aquest tipus gairebé no compta.
app-kinds-effective-from = En vigor des de
app-kinds-add-rate = Afegeix la tarifa
app-kinds-cancel = Cancel·la
app-kinds-empty = Encara no hi ha tipus: afegeix els tipus d'aportació que reconeix la teva cooperativa.
app-kinds-add-title = Afegir un tipus
app-kinds-unit = Unitat
app-kinds-unit-placeholder = paraules
app-kinds-from = Des de
app-kinds-from-empty = Buit: des del principi
app-kinds-gift = Donació (es valora, no dona part)
app-kinds-reimbursable = Reemborsable (diners que es retornen)
app-kinds-deferred = Diferit (es retorna més endavant amb una partida repay)
app-kinds-deferred-title = Es valora ara i es retorna més endavant amb els ingressos mitjançant una partida repay (el més antic primer); no dona part
app-kinds-peers = Valorat entre iguals (sense tarifa)
app-kinds-peers-title = Sense tarifa: els altres membres valoren cada aportació (a la pantalla d'aportacions), i val la mediana de les seves valoracions ponderada per la reputació
app-kinds-add = Afegeix el tipus
app-kinds-added = S'ha afegit el tipus { $code }.
app-kinds-peers-no-rate = un tipus valorat entre iguals no té tarifa: deixa-la buida
app-kinds-only-money-reimbursable = només els tipus de diners poden ser reemborsables
app-kinds-one-of-flags = un tipus és com a màxim una d'aquestes coses: donació, reemborsable o diferit

# Membres i fons
app-members-title = Membres i fons
app-members-add-title = Afegir un membre o un fons
app-members-handle = Identificador
app-members-handle-placeholder = ana
app-members-name = Nom
app-members-name-placeholder = Ana Puig
app-members-type = Tipus de compte
app-members-type-member = membre
app-members-type-fund = fons
app-members-joined = Data d'alta
app-members-add = Afegeix
app-members-added-member = S'ha afegit el membre { $handle }.
app-members-added-fund = S'ha afegit el fons { $handle }.
app-members-members-count = Membres ({ $count })
app-members-status = Estat
app-members-status-active = actiu
app-members-status-left = de baixa
app-members-stage-today = Etapa avui
app-members-reputation = Reputació
app-members-reputation-title = 1 + el valor sencer de la feina que compta del membre (sense donacions, despeses ni feina valorada entre iguals), avui: pondera les seves valoracions de la feina dels altres valorada entre iguals
app-members-leaves = Es dona de baixa…
app-members-rejoins = Torna…
app-members-rejoin-explain = { $name } torna a ser membre actiu. La feina amb data des d'aleshores compta amb normalitat; el que es va revalorar abans es queda així.
app-members-leave-explain = { $name } es dona de baixa de la cooperativa. El motiu de la baixa decideix què guanya la seva feina passada dels ingressos posteriors:
app-members-good-reason = Amb causa justificada
app-members-good-reason-explain = tot el que va aportar conserva el seu valor en cada repartiment posterior.
app-members-bad-reason = Sense causa justificada
app-members-bad-reason-explain = per als ingressos des d'aquesta data, només compten els diners que va aportar, pel seu valor simple (multiplicador 1); les seves hores i la resta de la seva feina ja no donen part.
app-members-active-again-from = Actiu de nou des de
app-members-left-on = Data de baixa
app-members-date-empty = Buit: avui
app-members-today = avui
app-members-rejoin = Torna a donar-lo d'alta
app-members-confirm-leaving = Confirma la baixa
app-members-cancel = Cancel·la
app-members-empty = Encara no hi ha membres.
app-members-stages = Etapes
app-members-stages-intro = Una etapa valora la feina de certs tipus d'un membre a un percentatge mentre hi és — la fase de “festeig” d'un membre nou al 50 %, després al 75 %. Les aportacions es valoren segons l'etapa vigent en la seva data.
app-members-stage = Etapa
app-members-percent = Percentatge
app-members-kinds = Tipus
app-members-members-today = Membres avui
app-members-stage-since = { $code } ({ $percent } %) des del { $since }
app-members-member-since = { $member } (des del { $since })
app-members-stages-empty = No hi ha etapes: cada aportació compta al 100 %.
app-members-stage-history = Historial d'etapes
app-members-member = Membre
app-members-from = Des de
app-members-stage-none = cap (100 %)
app-members-define-stage-title = Definir una etapa
app-members-code = Codi
app-members-stage-code-placeholder = festeig
app-members-kinds-placeholder = tots els que donen part
app-members-define = Defineix
app-members-stage-defined = S'ha definit l'etapa { $code }.
app-members-put-in-stage-title = Posar un membre en una etapa
app-members-set = Aplica
app-members-no-stage-from = { $member } no té etapa des de { $from }.
app-members-in-stage-from = { $member } és a l'etapa { $stage } des de { $from }.
app-members-funds-count = Fons ({ $count })
app-members-funds-empty = Encara no hi ha fons. Un fons comú rep una part dels ingressos mitjançant una equació de valor.

# Cercles de GIVE
app-give-intro = En una ronda de GIVE cada membre reparteix un pressupost de GIVE entre els altres pel seu paper en un projecte. Quan la ronda s'ha acabat i es tanca, una partida peer de l'equació de valor del projecte reparteix els ingressos segons el GIVE que ha rebut cada membre. El GIVE que un membre no dona es perd en tancar.
app-give-no-epochs = Encara no hi ha rondes.
app-give-open-below = Obre'n una a sota.
app-give-epoch = Ronda
app-give-epoch-option = { $epoch } — { $project }, del { $from } al { $to }
app-give-epoch-option-closed = { $epoch } — { $project }, del { $from } al { $to } (tancada)
app-give-state-closed = tancada
app-give-state-ended = acabada, sense tancar
app-give-state-open = oberta
app-give-project = Projecte
app-give-epoch-terms = del { $from } al { $to }; cada membre dona { $give } GIVE.
app-give-ended-close-it = S'ha acabat: tanca-la perquè el seu GIVE compti en els repartiments (un repartiment amb una partida peer es rebutja mentre continuï oberta).
app-give-close-from = Es pot tancar a partir de l'endemà del { $to }.
app-give-close = Tanca la ronda
app-give-closed-notice = S'ha tancat { $epoch }: el seu GIVE ja compta a les partides peer del projecte { $project }.
app-give-your-gifts = Els teus lliuraments de GIVE
app-give-gifts = Lliuraments de GIVE
app-give-who-gives = Qui dona
app-give-no-receivers = No hi ha cap altre membre actiu a qui donar.
app-give-left = Et queden { $remaining } de { $give } GIVE per donar
app-give-over = { $over } GIVE per sobre del pressupost de { $give }: rebaixa alguna quantitat
app-give-to = Per a
app-give-or-slide = …o llisca
app-give-thanks = Unes paraules d'agraïment (només les veu qui les rep)
app-give-thanks-placeholder = pels torns de nit
app-give-amount-to = GIVE per a { $to }
app-give-slide-to = Llisca el GIVE per a { $to }
app-give-bad-amount = GIVE per a { $to }: escriu un nombre enter, per exemple 20 (0 no dona res).
app-give-save = Desa
app-give-saved = S'han desat els lliuraments de { $giver } a { $epoch }: { $given } de { $give } GIVE donats{ $remaining ->
    [0] .
   *[other] , { $remaining } sense fer servir (el GIVE que no es dona es perd en tancar la ronda).
}
app-give-received = Rebut
app-give-hidden = Els lliuraments dels altres queden amagats fins que es tanqui la ronda; només veus els teus.
app-give-member = Membre
app-give-received-col = GIVE rebut
app-give-share = Part
app-give-nobody-yet = Encara ningú no ha donat GIVE.
app-give-who-gave-whom = Qui ha donat a qui ({ $count })
app-give-chart = GIVE rebut a cada ronda de { $project }
app-give-open-title = Obrir una ronda
app-give-from = Des de
app-give-until = Fins a
app-give-each = GIVE per persona
app-give-each-title = GIVE sencer que cada membre dona als altres
app-give-id = Id
app-give-id-placeholder = automàtic
app-give-open = Obre
app-give-opened = S'ha obert la ronda { $epoch }: cada membre té { $give } GIVE per donar fins al { $to }.

# El meu compte
app-myaccount-title-own = El meu compte
app-myaccount-title-other = El compte d'un membre
app-myaccount-member = Membre
app-myaccount-choose = — tria —
app-myaccount-role-member = membre
app-myaccount-role-coordinator = coordinació
app-myaccount-role-treasurer = tresoreria
app-myaccount-role-admin = administració
app-myaccount-statement-placeholder = fitxer de l'extracte (.pdf o .html), o tria…
app-myaccount-statement-title = On desar l'extracte: un fitxer .pdf o .html; deixa-ho buit per triar-lo en un diàleg
app-myaccount-save-statement = Desa l'extracte…
app-myaccount-save-dialog = Desa l'extracte
app-myaccount-statement-saved = Extracte desat a
app-myaccount-value-counts = Valor que compta
app-myaccount-reputation = Reputació
app-myaccount-reputation-title = 1 + el valor sencer de la teva feina que compta (sense donacions, despeses ni feina valorada entre iguals): pondera les teves valoracions de la feina dels altres valorada entre iguals
app-myaccount-earned = Guanyat
app-myaccount-paid = Pagat
app-myaccount-owed = Pendent de cobrar
app-myaccount-shares-title = La meva part de cada repartiment
app-myaccount-shares-empty = Encara cap repartiment no t'ha donat cap part.
app-myaccount-revenue = Ingrés
app-myaccount-date = Data
app-myaccount-project = Projecte
app-myaccount-bucket = Partida
app-myaccount-amount = Import
app-myaccount-weight = Pes
app-myaccount-reversed = anul·lat
app-myaccount-hide = Amaga
app-myaccount-why = Per què?
app-myaccount-bucket-no-weights = Aquesta partida no pondera aportacions (un fons o una part fixa).
app-myaccount-contribution = Aportació
app-myaccount-kind = Tipus
app-myaccount-quantity = Quantitat
app-myaccount-rate = Tarifa
app-myaccount-value = Valor
app-myaccount-contributions-title = Les meves aportacions
app-myaccount-contributions-empty = Encara no hi ha aportacions.
app-myaccount-status = Estat
app-myaccount-why-rejected = Motiu del rebuig / nota
app-myaccount-id = Id
app-myaccount-status-counts = compta
app-myaccount-status-pending = pendent de revisió
app-myaccount-status-rejected = rebutjada
app-myaccount-status-void = anul·lada
app-myaccount-payouts-title = Pagaments que he rebut
app-myaccount-payouts-empty = Encara no s'ha pagat res.
app-myaccount-method = Forma de pagament
app-myaccount-passphrase-own = La meva frase de contrasenya
app-myaccount-passphrase-other = Frase de contrasenya de { $name }
app-myaccount-passphrase-about-own = Serveix per iniciar la teva sessió i per posar un PIN en un dispositiu en mode esdeveniment. Com a mínim 8 caràcters; ningú no la pot tornar a llegir.
app-myaccount-passphrase-about-other = Serveix per iniciar la sessió de { $name } i per posar un PIN en un dispositiu en mode esdeveniment. Com a mínim 8 caràcters; ningú no la pot tornar a llegir.
app-myaccount-new-passphrase = Nova frase de contrasenya
app-myaccount-again = Repeteix-la
app-myaccount-set-passphrase = Desa la frase de contrasenya
app-myaccount-passphrase-done = Frase de contrasenya desada.
app-myaccount-passphrases-differ = les dues frases de contrasenya no coincideixen: escriu la mateixa dues vegades

# Sincronitzar entre dispositius
app-sync-title = Sincronitzar entre dispositius
app-sync-intro = Cada dispositiu desa la seva pròpia còpia del llibre de comptes. Intercanvien entrades a través d'una carpeta compartida (Syncthing, Nextcloud, una memòria USB): cada dispositiu hi escriu només el seu propi fitxer i llegeix els dels altres.
app-sync-joined = Aquest dispositiu va començar amb la invitació { $invitation }. Esborra aquest fitxer ara: conté la clau d'aquest dispositiu i ningú més no hauria de començar-hi. Després tria a sota la carpeta compartida.
app-sync-shared-folder = Carpeta compartida
app-sync-folder = Carpeta
app-sync-folder-placeholder = /home/el-teu-usuari/Sync/cooperativa
app-sync-folder-required = tria la carpeta que comparteixen els dispositius
app-sync-folder-dialog = La carpeta que comparteixen els dispositius
app-sync-choose = Tria…
app-sync-syncing = Sincronitzant…
app-sync-now = Sincronitza ara
app-sync-last = Última sincronització: { $at } ({ $ago }).
app-sync-every-minute = OpenValue sincronitza amb aquesta carpeta cada minut mentre és obert.
app-sync-choose-then-sync = Tria la carpeta que comparteixen els dispositius i sincronitza: a partir d'aleshores OpenValue sincronitza cada minut mentre és obert.
app-sync-not-admitted = El dispositiu { $id } encara no està admès
app-sync-not-admitted-rest = , així que no se n'han pres les entrades.
app-sync-laptop-id = dispositiu { $id }
app-sync-admit-this = Admet aquest dispositiu…
app-sync-file-skipped = S'ha omès { $file }: { $why }
app-sync-revoke-question = Vols revocar { $name }?
app-sync-revoke-explain = Fes-ho amb un dispositiu perdut o substituït. Les seves entrades fins ara continuen comptant; el que escrigui a partir d'ara es desa però no s'aplica mai, a tots els dispositius que sincronitzen. No es pot desfer: per tornar a fer servir aquest dispositiu, convida'l de nou.
app-sync-admit-question = Vols admetre { $name }?
app-sync-admit-explain = Només si coneixes aquest dispositiu: la seva pantalla de sincronització mostra el seu id, { $id }. Un cop admès, les seves entrades compten com les d'aquest dispositiu.
app-sync-revoke-name = Revoca { $name }
app-sync-admit-name = Admet { $name }
app-sync-cancel = Cancel·la (Esc)
app-sync-revoked-notice = S'ha revocat { $name }: les seves entrades fins al número { $last } compten; el que escrigui a partir d'ara es desa però no s'aplica mai, a tots els dispositius que sincronitzen.
app-sync-admitted-notice = S'ha admès { $name }. Les seves entrades arribaran amb la propera sincronització.
app-sync-conflicts-heading = Conflictes
app-sync-no-conflicts = No hi ha conflictes: s'apliquen les entrades de tots els dispositius.
app-sync-conflicts-intro = Una entrada que les regles rebutgen al lloc que li toca en l'ordre compartit es desa però no s'aplica. Tots els dispositius mostren els mateixos conflictes. Es resolen amb entrades noves, mai editant.
app-sync-from = de
app-sync-this-laptop-paren = (aquest dispositiu)
app-sync-concerns = afecta
app-sync-what-happened = Què ha passat
app-sync-what-to-do = Què cal fer
app-sync-open-revenue = Obre l'ingrés { $id }
app-sync-books-record = Els comptes registren:
app-sync-entry = entrada
app-sync-laptops = Dispositius
app-sync-this-laptop-label = Aquest dispositiu:
app-sync-id = id
app-sync-laptop = Dispositiu
app-sync-admitted = Admès per
app-sync-entries = Entrades
app-sync-last-entry = Última entrada escrita
app-sync-last-sync = Última sincronització
app-sync-this-laptop = aquest dispositiu
app-sync-revoked = revocat
app-sync-revoked-title = Les seves entrades fins al número { $last } compten; el que sigui posterior es desa però no s'aplica mai
app-sync-never = mai
app-sync-revoke = Revoca…
app-sync-devices-note = Entrades compta el que cada dispositiu ha escrit i aquest dispositiu té; l'última sincronització és quan va escriure per última vegada el seu fitxer a la carpeta compartida.
app-sync-invite-title = Convidar un dispositiu
app-sync-invite-intro = Escriu un fitxer d'invitació que posa en marxa el llibre de comptes en un dispositiu més. Porta-l'hi (una memòria USB, un missatge a tu mateix) i tria
app-sync-invite-intro-choice = Començar amb una invitació
app-sync-invite-intro-end = quan OpenValue s'obri per primer cop en aquest dispositiu.
app-sync-invite-label = Nom del nou dispositiu
app-sync-invite-label-placeholder = Portàtil de la Marta
app-sync-invite-label-required = posa un nom al nou dispositiu, per exemple «Portàtil de la Marta»
app-sync-invite-path = Fitxer d'invitació
app-sync-invite-path-required = tria on desar la invitació
app-sync-invitation-dialog = Desa la invitació
app-sync-invite-submit = Escriu la invitació
app-sync-invited = S'ha escrit la invitació per a { $label } a { $path }. Conté la clau d'aquell dispositiu: dona-la només a aquell dispositiu i esborra-la quan hi hagi començat.


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################


## Things the books hold, as messages name them

thing-account = compte
thing-member = membre
thing-project = projecte
thing-kind = tipus
thing-contribution = aportació
thing-revenue = ingrés
thing-distribution = repartiment
thing-payout = pagament
thing-token = fitxa
thing-epoch = ronda de GIVE
thing-stage = etapa
thing-resource = recurs
thing-resource_use = ús d'un recurs

## Refusals: the rules of the books (refusal-CODE, one per Refusal::code)

refusal-already_exists = { $named ->
    [named] { $thing } '{ $id }': ja existeix
   *[id] { $thing } amb l'identificador '{ $id }': ja existeix
}
refusal-unknown = { $thing } { $id }: no existeix{ $hinted ->
    [yes] {" "}— volíeu dir '{ $hint }'?
   *[no] {""}
}
refusal-fund_cannot = '{ $handle }' és un fons; només els membres poden { $action }
refusal-no_rate_on_date = el tipus '{ $kind }' no té cap tarifa vigent el { $date } (la seva primera versió és del { $first })
refusal-version_exists = el tipus '{ $kind }' ja té una versió { $date ->
    [none] des del principi
   *[other] vigent des del { $date }
}; les versions no es reescriuen mai: trieu una altra data d'entrada en vigor
refusal-void = l'aportació { $contribution } està anul·lada
refusal-self_review = { $member } no pot { $verdict ->
    [approve] aprovar
   *[other] rebutjar
} la seva pròpia aportació { $contribution }; l'ha de revisar un altre membre
refusal-already_reviewed = { $member } ja { $verdict ->
    [approve] va aprovar
   *[other] va rebutjar
} l'aportació { $contribution } després de la seva última correcció
refusal-measure_change = el tipus '{ $kind }' es mesura en { $measure ->
    [hours] hores
    [money] diners
    [quantity] quantitat
   *[other] { $measure }
}, però l'aportació { $contribution } es mesura en { $old_measure ->
    [hours] hores
    [money] diners
    [quantity] quantitat
   *[other] { $old_measure }
}; anul·leu-la i registreu-ne una de nova
refusal-already_distributed = l'ingrés '{ $revenue }' ja està repartit per { $distribution }; anul·leu abans aquest repartiment
refusal-already_reversed = el repartiment { $distribution } ja està anul·lat
refusal-distribution_mismatch = el repartiment { $distribution } no quadra amb l'ingrés '{ $revenue }': { $detail }
refusal-claim_overpaid = l'aportació { $contribution } rebria { $paying } més, però del seu crèdit pendent de { $claim } només en queden { $open } per pagar
refusal-out_of_bounds = { $field }: { $detail }
refusal-stage_kind = l'etapa '{ $stage }' no pot escalar el tipus '{ $kind }': és { $why }; una etapa només escala tipus que guanyen parts dels criteris
refusal-status_unchanged = '{ $handle }' { $why }
refusal-not_a_claim = l'aportació { $contribution } no és un crèdit pendent reemborsable ni diferit
refusal-differs = { $named ->
    [named] { $thing } '{ $id }': ja existeix
   *[id] { $thing } amb l'identificador '{ $id }': ja existeix
} amb altres dades ({ $detail })
refusal-changed_since = l'aportació { $id } ha canviat: això corregeix la revisió { $revision }, però la vigent és la { $current }
refusal-depends_on = depèn de l'entrada { $entry }, que està en conflicte (porta '{ $id }')
refusal-epoch_closed = la ronda de GIVE { $epoch } està tancada
refusal-not_peer_valued = l'aportació { $contribution } és del tipus '{ $kind }', que es valora per la seva tarifa, no entre iguals
refusal-self_valuation = { $member } no pot valorar l'aportació { $contribution }: és seva; la valoren els altres membres
refusal-give_to_self = { $member } no es pot donar GIVE a si mateix/a
refusal-give_budget = { $member } pot donar com a màxim { $budget } GIVE a la ronda { $epoch }: ja n'ha donat { $others } a altres, així que { $amount } més és massa
refusal-epoch_open = la ronda de GIVE { $epoch } del projecte '{ $project }' ha acabat però continua oberta; tanqueu-la abans de repartir amb una partida entre iguals
refusal-token_to_self = { $member } no es pot enviar fitxes a si mateix/a
refusal-token_overdraw = { $member } té { $balance } { $token }, no n'hi ha prou per enviar-ne { $amount }
refusal-needs_sign_in = l'inici de sessió està activat: cada canvi indica el membre que el fa
refusal-role_needed = { $member } té el rol de { $role }; { $action } requereix el rol de { $needed }
refusal-not_in_own_name = { $author } ha iniciat sessió i no pot { $what } en nom de { $by }
refusal-member_signature = la revisió de { $member } de l'aportació { $contribution } no porta cap signatura vàlida de la clau de { $member } (falsificada, o feta sense iniciar sessió)
refusal-last_admin = { $member } és qui queda amb el rol d'administració; doneu abans aquest rol a un altre membre
refusal-not_own_passphrase = només { $member } o l'administració poden canviar la frase de contrasenya de { $member }
refusal-device_state = el dispositiu { $device } { $state }
refusal-already_void = { $thing } '{ $id }': està anul·lat/da
refusal-revenue_distributed = l'ingrés '{ $revenue }' té un repartiment actiu, { $distribution }; anul·leu abans aquest repartiment i després corregiu o anul·leu l'ingrés
refusal-revenue_changed_since = l'ingrés '{ $id }' ha canviat: aquesta entrada es va fer per a la seva revisió { $revision }, però la vigent és la { $current }
refusal-device_revoked = el dispositiu { $device } es va revocar després de la seva entrada { $last_seq }; aquesta és la seva entrada { $seq }

## Refusals: the words some of them carry

refusal-fund-contribute = aportar
refusal-fund-review = revisar aportacions
refusal-fund-account = tenir compte de membre
refusal-fund-tokens = tenir fitxes
refusal-fund-give = donar o rebre GIVE
refusal-fund-value = valorar aportacions
refusal-fund-sign_in = iniciar sessió
refusal-fund-leave = donar-se de baixa o tornar
refusal-fund-stage = tenir una etapa
refusal-fund-use = usar un recurs
refusal-fund-passphrase = tenir frase de contrasenya
refusal-fund-role = tenir un rol
refusal-stage-gift = una donació
refusal-stage-reimbursable = reemborsable
refusal-stage-deferred = diferit
refusal-stage-credits = el tipus propi dels crèdits dels propietaris de recursos, que cap etapa escala
refusal-status-left = ja s'ha donat de baixa
refusal-status-active = ja està actiu/va
refusal-status-reason = torna sense motiu de baixa
refusal-device-admitted = ja està admès
refusal-device-revoked = ja està revocat
refusal-device-unknown = no és conegut en aquest llibre de comptes
refusal-device-this = és aquest portàtil; revoqueu-lo des d'un altre portàtil
refusal-device-not_an_id = no és un identificador de dispositiu: copieu el que va mostrar el portàtil nou (36 caràcters com 6f1c2a3b-…)
refusal-differs-figures = un altre portàtil el va definir amb altres xifres
refusal-differs-values = un altre portàtil el va registrar amb altres valors
refusal-own_name-review = revisar
refusal-own_name-value = valorar feina
refusal-role-member = membre
refusal-role-coordinator = coordinació
refusal-role-treasurer = tresoreria
refusal-role-admin = administració
refusal-action-log_own = registrar aportacions
refusal-action-log_for_others = registrar aportacions d'altres
refusal-action-correct_own = corregir una aportació
refusal-action-correct_others = corregir l'aportació d'un altre membre
refusal-action-review = revisar
refusal-action-set_own_passphrase = posar una frase de contrasenya
refusal-action-add_projects = afegir projectes
refusal-action-record_revenue = registrar ingressos
refusal-action-distribute = repartir ingressos
refusal-action-reverse = anul·lar un repartiment
refusal-action-pay_out = fer pagaments
refusal-action-change_members = canviar membres
refusal-action-change_kinds = canviar tipus i tarifes
refusal-action-set_equations = fixar equacions de valor
refusal-action-change_settings = canviar la configuració
refusal-action-change_roles = canviar rols
refusal-action-reset_passphrase = restablir la frase de contrasenya d'un altre membre
refusal-action-change_devices = canviar dispositius
refusal-action-define_tokens = definir fitxes
refusal-action-epochs = obrir i tancar rondes de GIVE
refusal-action-give_own = donar GIVE
refusal-action-give_for_others = donar en nom d'un altre membre
refusal-action-send_own_tokens = enviar fitxes
refusal-action-send_others_tokens = enviar fitxes d'un altre membre
refusal-action-import = importar aportacions i ingressos
refusal-action-export = exportar informes
refusal-action-backup = fer una còpia de seguretat
refusal-action-sync = sincronitzar
refusal-action-event_mode = entrar al mode esdeveniment o sortir-ne
refusal-action-change_stages = canviar etapes
refusal-action-void_payout = anul·lar un pagament
refusal-action-correct_revenue = corregir ingressos
refusal-action-void_revenue = anul·lar ingressos
refusal-action-rename_members = canviar el nom de membres
refusal-action-rename_projects = canviar el nom de projectes
refusal-action-rename_kinds = canviar el nom de tipus
refusal-action-change_resources = definir recursos
refusal-action-use_own = registrar un ús d'un recurs
refusal-action-use_for_others = registrar un ús d'un recurs en nom d'un altre membre
refusal-action-value_others = valorar la feina d'altres

## The core's errors (err-*)

thing-fund = fons
err-io = { $path }: { $detail }
err-export = l'exportació ha fallat: { $detail }
err-chart = el gràfic ha fallat: { $detail }
err-os-not_found = no existeix aquest fitxer o carpeta
err-os-permission = permís denegat
err-os-exists = el fitxer ja existeix
err-os-full = el disc és ple
err-os-read_only = el sistema de fitxers és de només lectura
err-os-directory = és una carpeta
err-file-folder = una carpeta, no un fitxer
err-file-fifo = una canonada amb nom (FIFO), no un fitxer
err-file-device = un dispositiu, no un fitxer
err-file-special = un sòcol o un altre fitxer especial, no un fitxer
err-file-directory = una carpeta
err-file-pipe = una canonada amb nom (FIFO)
err-file-char_device = un dispositiu de caràcters
err-file-block_device = un dispositiu de blocs
err-file-socket = un sòcol
err-file-neither = ni un fitxer ni una carpeta
err-store-missing = { $path }: no existeix aquest llibre de comptes; creeu-ne un primer o reviseu el camí
err-store-not_a_file = { $path }: això és { $what }; un llibre de comptes és un fitxer; no s'ha obert res
err-store-hard_linked = { $path }: aquest llibre de comptes té { $names } noms (enllaços durs); SQLite porta un registre a part per a cada nom, de manera que dos programes amb dos noms el malmetrien. Deixeu-li un sol nom: copieu-lo a un fitxer nou i obriu la còpia, o traieu els altres noms; no s'ha obert res
err-store-protected = { $path }: { $why }; no s'ha escrit res: trieu un altre nom de fitxer
err-store-unreadable = { $path }: el llibre de comptes és de només lectura i no es pot llegir tal com és ({ $why }); copieu-lo (amb el seu fitxer -wal) a una carpeta on pugueu escriure, o obriu-lo on es va escriure
err-store-exists = { $path }: ja hi ha un fitxer aquí; trieu un altre camí
err-store-not_a_ledger = { $path }: no és un llibre de comptes d'OpenValue ({ $why }); el fitxer no s'ha modificat
err-store-newer_schema = { $path }: l'ha escrit un OpenValue més recent (esquema { $found }; aquesta versió llegeix fins al { $supported }); actualitzeu OpenValue per obrir-lo; el fitxer no s'ha modificat
err-store-damaged = { $path }: el llibre de comptes està malmès: { $why }. Restaureu-lo des d'una còpia de seguretat; el fitxer no s'ha modificat
err-store-busy = el llibre de comptes està ocupat: una altra finestra o ordre d'OpenValue hi està escrivint; torneu-ho a provar d'aquí a un moment
err-store-disk_full = el disc és ple; no s'ha escrit res: allibereu espai i torneu-ho a provar
err-store-read_only = { $path }: el llibre de comptes és de només lectura; no s'ha escrit res
err-store-corrupt = el fitxer del llibre de comptes està malmès ({ $why }); no s'ha escrit res: restaureu-lo des d'una còpia de seguretat
err-store-sqlite = el llibre de comptes no es pot llegir ni escriure tal com és ({ $why }); si s'ha modificat fora d'OpenValue, restaureu-lo des d'una còpia de seguretat
err-store-payload = error en el contingut del diari: { $why }
err-store-too_large = { $what } supera el que OpenValue pot mostrar ({ $minor } unitats menors)
err-store-no_device_key = { $path }: aquest ordinador no té la clau del dispositiu { $device } d'aquest llibre de comptes (un fitxer copiat, o una còpia de seguretat restaurada en un altre ordinador), així que s'obre en només lectura: llegir, verificar i exportar funcionen. Per continuar escrivint amb aquesta còpia, convertiu-la en un dispositiu nou, que els altres portàtils de la cooperativa hauran d'admetre; no s'ha escrit res
err-store-revoked = aquest portàtil (dispositiu { $device }) l'ha revocat la cooperativa (un portàtil perdut?); les seves entrades posteriors a la número { $last_seq } no s'apliquen enlloc, així que no s'hi escriu res més: demaneu a l'administració que torni a convidar aquest portàtil
err-store-bundle_refused = { $path }: { $why }; no s'ha canviat res
err-key-damaged = { $path }: aquest fitxer de clau del dispositiu està malmès ({ $why })
err-key-random = no es pot crear una clau nova: ha fallat la font aleatòria del sistema ({ $why })
err-import-not_a_file = { $file }: això és { $what }, no un fitxer CSV
err-import-read = { $file }: no es pot llegir el fitxer: { $detail }
err-import-more = … i { $count } { $count ->
    [one] problema més
   *[other] problemes més
}
err-import-rows = { $count ->
    [one] s'ha trobat { $count } problema
   *[other] s'han trobat { $count } problemes
}; no s'ha importat res
err-equation-missing = el projecte '{ $project }' no té cap equació de valor vigent el { $date }: fixeu una equació per al projecte, o una per defecte del llibre de comptes per a tots els projectes
err-distribute-cannot_place = la partida '{ $bucket }' no pot col·locar { $amount }: { $reason }. No s'ha repartit res
err-distribute-overflow = els imports són massa grans per repartir-los exactament
err-distribute-negative = el llibre de comptes conté una quantitat, tarifa o multiplicador negatius, que OpenValue no registra mai: s'ha modificat d'amagat d'OpenValue; verifiqueu el llibre de comptes
err-distribute-above_maximum = l'ingrés '{ $revenue }' és de { $amount }, per sobre de l'import més gran que OpenValue reparteix ({ $max }); registreu-lo com a diversos ingressos
err-event-damaged = { $path }: el fitxer del mode esdeveniment està malmès ({ $detail }); esborreu-lo per començar el mode esdeveniment de zero (després es tornen a posar els PIN)
err-event-pin_shape = un PIN té de 4 a 12 xifres
err-event-no_pin = { $member } encara no té PIN en aquest portàtil: poseu-n'hi un primer
err-event-wrong_pin = PIN incorrecte per a { $member }; { $left ->
    [one] un error més
   *[other] { $left } errors més
} i { $member } queda bloquejat/da durant un minut
err-event-locked = { $member } està bloquejat/da després de { $count } PIN incorrectes; torneu-ho a provar d'aquí a { $seconds } s
err-event-timer_running = { $member } ja té un temporitzador de torn en marxa (des de { $since })
err-event-no_timer = { $member } no té cap temporitzador de torn en marxa
err-event-forgotten_timer = el temporitzador de { $member } està en marxa des de { $since }, més d'un dia: es va oblidar; descarteu-lo i registreu les hores a mà
err-event-hash = no s'ha pogut comprovar el PIN ({ $why })
err-sign_in-wrong = frase de contrasenya incorrecta per a { $handle }; no s'ha escrit res
err-sign_in-key = { $handle }: { $detail }
err-sign_in-fund = { $handle } és un fons; només els membres inicien sessió
err-sign_in-no_member = no hi ha cap membre { $handle } en aquest llibre de comptes
err-sign_in-give = { $handle } té frase de contrasenya: doneu-la per iniciar sessió
err-sign_in-none_yet = { $handle } encara no té frase de contrasenya; l'administració n'hi posa una primer
err-sign_in-needs = { $handle } no té frase de contrasenya; { $action } requereix el rol de { $needed } amb frase de contrasenya
err-sign_in-needs_admin = activar l'inici de sessió requereix una persona d'administració que hagi iniciat sessió amb frase de contrasenya, perquè algú pugui continuar iniciant sessió després
err-unknown = { $thing } { $word }: no existeix{ $hinted ->
    [yes] {" "}— volíeu dir { $hint }?
   *[no] {""}
}
err-not_found-id = { $thing } { $id }: no existeix
err-not_found-epoch = no existeix la ronda de GIVE { $epoch }
err-not_found-balance = no hi ha saldo de { $account }
err-not_found-revenue_or_distribution = no hi ha cap ingrés ni repartiment amb l'identificador { $id }; la llista d'ingressos els mostra amb els seus repartiments
err-not_found-file = { $path }: no existeix aquest fitxer
err-not_found-token = no existeix la fitxa { $token }
err-kind-differs = el tipus '{ $kind }' ja existeix amb un altre valor a { $what }; entre versions només canvien la tarifa i el multiplicador
err-nothing_to_correct-contribution = res a corregir: indiqueu una quantitat, data, tipus o nota nous, o anul·leu-la
err-nothing_to_correct-revenue = res a corregir: indiqueu un import, data o nota nous, o anul·leu-lo
err-unchanged-contribution = l'aportació { $id } ja té aquests valors; no s'ha canviat res i les seves aprovacions es mantenen
err-unchanged-revenue = l'ingrés { $id } ja té aquests valors; no s'ha canviat res
err-renamed-same = { $thing } { $code } ja es diu { $name }; no s'ha canviat res
err-no_token = aquest llibre de comptes no defineix cap fitxa
err-epoch-not_ended = la ronda de GIVE { $epoch } dura fins al { $to }; es pot tancar a partir de l'endemà
err-bundle-not_a_file = { $path }: això és { $what }; un paquet és un fitxer
err-protected = { $path }: { $why }; no s'ha escrit res: trieu un altre nom de fitxer
err-sync-not_a_folder = { $path }: no és una carpeta; sincronitzar necessita la carpeta compartida (creeu-la primer)
err-sync-ledger_folder = { $path }: aquesta carpeta conté el mateix fitxer del llibre de comptes; sincronitzeu a través d'una carpeta a part on només hi vagin els paquets

## The command line: errors of its own

cli-equation-default_and_project = amb --default indiqueu només el fitxer de l'equació, no un projecte
cli-equation-arguments = indiqueu un codi de projecte i un fitxer d'equació, o --default i un fitxer
cli-device-new-confirm = això converteix aquesta còpia del llibre de comptes en un dispositiu nou, que els altres portàtils de la cooperativa han d'admetre abans d'acceptar-ne les entrades; confirmeu-ho amb --yes
cli-verify-missing = { $count ->
    [one] aquí falta { $count } entrada
   *[other] aquí falten { $count } entrades
} de { $file }: aquest llibre de comptes s'ha truncat o ha tornat enrere (o encara no ha fusionat aquest fitxer)
cli-verify-problems = verify ha trobat { $count } { $count ->
    [one] problema
   *[other] problemes
}
cli-passphrase-empty = { $var } està definida però buida; poseu-hi la frase de contrasenya, o elimineu-la perquè se us pregunti
cli-passphrase-not_utf8 = { $var } no és text UTF-8 vàlid
cli-passphrase-no_terminal = cal una frase de contrasenya i no hi ha cap terminal on demanar-la; doneu-la a { $var }
cli-passphrase-differ = les dues frases de contrasenya no coincideixen; no s'ha canviat res

## The command line: errors, hints, confirmations and reports

cli-error = error: { $message }
cli-hint = suggeriment: { $hint }
cli-hint-init = creeu-lo amb `openvalue init --name NAME --currency EUR`
cli-hint-equation = `openvalue equation set { $project } FILE.toml`, o `openvalue equation set --default FILE.toml` per a tots els projectes
cli-hint-device_new = `openvalue device new --yes` converteix aquesta còpia en un dispositiu nou; després, en un portàtil admès, `openvalue device admit ID`
cli-hint-revoked = en un portàtil admès, `openvalue device invite --out FILE`; aquí, `openvalue clone FILE --ledger NEW-PATH`
cli-hint-admit = si aquest portàtil és de la cooperativa, admeteu-lo aquí primer: `openvalue device admit DEVICE-ID`
cli-hint-verify = `openvalue verify` indica què ha canviat
cli-hint-scale = indiqueu-ne els decimals amb `--scale N`
cli-hint-locale = `--locale es` (o ca, fr, de, it, pt, nl) llegeix `;`, comes decimals i les dates de l'idioma
cli-hint-no_locale = traieu `--locale` (o poseu `--locale en`)
cli-hint-ignore_unknown = `--ignore-unknown` omet les columnes que el format no coneix
cli-hint-member_list = `openvalue member list` mostra els membres i fons que hi ha
cli-hint-sign_in = afegiu `--as MEMBER` (la frase de contrasenya es demana en pantalla, o es pren d'OPENVALUE_PASSPHRASE)
cli-hint-role = l'administració pot donar el rol a { $member }: `openvalue role grant { $member } ROLE --as ADMIN`
cli-hint-reverse_distribute = primer `openvalue reverse { $distribution }`, i després torneu a repartir
cli-hint-reverse_correct = primer `openvalue reverse { $distribution }`, i després corregiu o anul·leu l'ingrés
cli-merged-added = { $count } { $count ->
    [one] entrada nova
   *[other] entrades noves
} de { $offered }
cli-merged-conflicts = { $count ->
    [0] sense conflictes
    [one] { $count } conflicte als comptes ({ $new } nou/s) — vegeu la llista de conflictes
   *[other] { $count } conflictes als comptes ({ $new } nou/s) — vegeu la llista de conflictes
}
cli-merged = fusionat { $file }: { $report }
cli-warn-future = avís: { $count ->
    [one] { $count } entrada té
   *[other] { $count } entrades tenen
} una marca de temps més d'una hora per davant del rellotge d'aquest ordinador; reviseu els rellotges dels portàtils
cli-col-device = dispositiu
cli-col-label = etiqueta
cli-col-admitted_by = admès per
cli-col-entries = entrades
cli-col-last_seen = vist per última vegada
cli-device-short = dispositiu { $device }
cli-device-short_label = dispositiu { $device } ({ $label })
cli-device-this = {" "}(aquest portàtil)
cli-device-revoked_after = {" "}(revocat després de l'entrada { $last })
cli-device-never = mai
cli-device-no_label = sense etiqueta
cli-device-invited = dispositiu { $device } convidat ({ $label }); invitació escrita a { $file }
cli-device-invited-key = conté la clau del portàtil nou: porteu-la només a aquest portàtil i esborreu-la quan el portàtil hagi arrencat amb ella
cli-device-revoked = dispositiu { $device } revocat: les seves entrades posteriors a la número { $last } es conservaran però no s'aplicaran, a cada portàtil que fusioni això
cli-device-new = aquest llibre de comptes escriu ara com a dispositiu { $device }
cli-device-new-admit = en un portàtil admès, executeu: openvalue device admit { $device }
cli-device-admitted = dispositiu { $device } admès
cli-clone-created = creat { $path } com a dispositiu { $device } de { $name }: { $count } entrades fusionades
cli-warn-synced_clone = avís: aquest llibre de comptes és en una carpeta que { $tool } sincronitza; deseu-lo fora i sincronitzeu a través d'una carpeta a part
cli-warn-synced_ledger = avís: el mateix fitxer del llibre de comptes és en una carpeta que { $tool } sincronitza; traieu-lo d'allà (només s'ha de compartir la carpeta de sincronització)
cli-bundle-wrote = { $count ->
    [one] escrita { $count } entrada
   *[other] escrites { $count } entrades
} a { $file }
cli-sync-skipped = omès { $file }: { $why }
sync-skipped-conflicted_copy = una còpia que va fer l'eina de sincronització quan es van trobar dues versions; cada portàtil reescriu el seu propi fitxer, així que no cal
cli-sync-wrote = { $count ->
    [one] escrita { $count } entrada
   *[other] escrites { $count } entrades
} a { $file }; { $conflicts } { $conflicts ->
    [one] conflicte
   *[other] conflictes
} als comptes
cli-conflicts-none = no hi ha conflictes
cli-conflict = { $entry } { $kind } [{ $concerns }] de { $device }: { $reason }
cli-conflicts-count = { $count } { $count ->
    [one] conflicte: es conserva
   *[other] conflictes: es conserven
} al diari sense aplicar-se; resoleu-los amb entrades noves (anul·leu i torneu a repartir, torneu a corregir)
cli-verify-against-ok = OK: aquest llibre de comptes conté totes les entrades de { $file }
cli-verify-against-missing = falta: l'entrada { $entry } ({ $kind }) del dispositiu { $device }, número { $seq }
cli-wrote-rows = escrit { $file } ({ $count } { $count ->
    [one] fila
   *[other] files
})
cli-wrote-transactions = escrit { $file } ({ $count } { $count ->
    [one] transacció
   *[other] transaccions
})
cli-wrote-events = escrit { $file } ({ $count } { $count ->
    [one] esdeveniment
   *[other] esdeveniments
})
cli-wrote-chart = escrit { $file } ({ $width }×{ $height } px, { $format })
cli-wrote-statement = escrit { $file } (extracte de { $account }, { $period }: guanyat { $earned }, pagat { $paid }, pendent { $owed } { $currency })
cli-table-none = (cap)
cli-col-handle = identificador
cli-col-name = nom
cli-col-type = tipus
cli-col-status = estat
cli-col-joined = alta
cli-col-code = codi
cli-col-parent = projecte pare
cli-col-id = id
cli-col-date = data
cli-col-project = projecte
cli-col-amount = import
cli-col-distribution = repartiment
cli-col-note = nota
cli-col-from = des de
cli-col-bucket = partida
cli-col-contribution = aportació
cli-col-kind = tipus
cli-col-quantity = quantitat
cli-col-rate = tarifa
cli-col-multiplier = multiplicador
cli-col-value = valor
cli-col-decay_factor = factor de decaïment
cli-col-stage = etapa
cli-col-left = baixa
cli-col-recipient = destinatari
cli-col-weight = pes
cli-col-share = part
cli-col-account = compte
cli-col-earned = guanyat
cli-col-paid = pagat
cli-col-owed = pendent
cli-col-method = mètode
cli-col-resource = recurs
cli-col-unit = unitat
cli-col-owners = propietaris
cli-col-use = ús
cli-col-by = per
cli-col-credits = crèdits
cli-col-percent = percentatge
cli-col-kinds = tipus
cli-col-members_today = membres avui
cli-col-member = membre
cli-col-measure = mesura
cli-col-flags = marques
cli-distribute-committed = {"\u000A"}registrat com a repartiment { $id }
cli-distribute-dry_run = {"\u000A"}simulació: no s'ha escrit res
cli-explain-behind = {"\u000A"}aportacions darrere del pes de { $member }:
cli-explain-credits = {"\u000A"}crèdits per recursos (quantitat d'ús × tarifa, la part del propietari):
cli-plan-revenue = ingrés { $id } — { $amount } { $currency } el { $date } per a { $project } — equació de valor '{ $equation }'
cli-plan-note = partida '{ $bucket }': { $note }
cli-plan-totals = {"\u000A"}totals:
cli-reversed = repartiment { $distribution } anul·lat; l'ingrés { $revenue } es pot tornar a repartir
cli-balances-project_note = (els pagaments es fan a un compte, no per a un projecte: el que s'ha pagat i el pendent són a `openvalue balances`)
cli-status-void = anul·lat
cli-status-paid = pagat
cli-payout-voided = pagament { $id } anul·lat
cli-init-created = creat { $path } ({ $name }, { $currency }, { $count ->
    [one] { $count } aprovació necessària
   *[other] { $count } aprovacions necessàries
})
cli-demo-created = creat el llibre de comptes de demostració { $path }
cli-settings-sign_in_on = inici de sessió: activat (cada escriptura necessita --as MEMBER)
cli-settings-sign_in_off = inici de sessió: desactivat
cli-settings = { $name }: { $currency }, { $count ->
    [one] { $count } aprovació necessària
   *[other] { $count } aprovacions necessàries
}
cli-verify-ok = OK: { $entries } entrades de { $devices } { $devices ->
    [one] dispositiu
   *[other] dispositius
}, { $contributions } aportacions; cada cadena de hashos, signatura i taula derivada coincideix amb el diari
cli-verify-head = capçalera del dispositiu { $device }{ $this }: entrada { $seq }, hash { $hash }
cli-verify-before_signatures = { $count ->
    [one] { $count } entrada es va escriure
   *[other] { $count } entrades es van escriure
} abans de les signatures (pel dispositiu que va crear el llibre de comptes)
cli-verify-conflicts = { $count } { $count ->
    [one] conflicte
   *[other] conflictes
}: entrades que les regles van rebutjar al seu lloc de l'ordre en fusionar la feina dels portàtils; es conserven sense aplicar-se
cli-backup = còpia de seguretat a { $path }
cli-resource-defined = recurs { $code }: tarifa { $rate } per unitat d'ús ({ $unit }), propietat de { $owners }
cli-resources-none = no hi ha recursos
cli-resources-uses = {"\u000A"}usos (els crèdits són valors, aportacions del tipus resource-use):
cli-stage-defined = etapa { $code }: { $percent } % del valor de { $kinds }
cli-stage-set = { $member } és a l'etapa { $stage } des del { $from }
cli-stage-none = { $member } no té etapa des del { $from }
cli-stages-none = no hi ha etapes
cli-stages-history = {"\u000A"}historial:
cli-left-good = { $member } es va donar de baixa el { $date } amb causa justificada: tot el que va aportar conserva el seu valor
cli-left-bad = { $member } es va donar de baixa el { $date } sense causa justificada: per als ingressos des del { $date }, només compten les seves aportacions en diners, amb multiplicador 1
cli-rejoined = { $member } torna a estar actiu/va des del { $date }
cli-token-defined = fitxa { $code }: { $per_value } per unitat de valor comptat, { $scale } decimals
cli-epoch-show = ronda de GIVE { $id } de { $project }: del { $from } al { $to }, { $give } GIVE per membre, { $closed ->
    [closed] tancada
   *[open] oberta
}
cli-epoch-gave = {"  "}{ $from } va donar a { $to } { $amount }{ $note }
cli-epoch-received = rebut: { $member } { $amount }
cli-give = { $from } dona a { $to } { $amount } GIVE a { $epoch }
cli-value = { $by } valora { $id } en { $amount }; val { $worth }
cli-passphrase-set = frase de contrasenya posada per a { $member }
cli-role-now = { $member } té ara el rol de { $role }
cli-role-list-passphrase = amb frase de contrasenya
cli-role-list-no_passphrase = sense frase de contrasenya
cli-added-member = membre { $handle } afegit
cli-added-fund = fons { $handle } afegit
cli-added-project = projecte { $code } afegit
cli-renamed = { $thing } { $code } reanomenat a { $name }
cli-kind-added = tipus { $code }: { $peers ->
    [yes] valorat entre iguals
   *[no] tarifa { $rate }
}{ $dated ->
    [yes] {" "}des del { $from }
   *[no] {""}
}
cli-revenue-voided = ingrés { $id } anul·lat
cli-revenue-corrected = ingrés { $id } corregit
cli-equation-set = equació de valor '{ $name }' ({ $count } { $count ->
    [one] partida
   *[other] partides
}) fixada per a { $default ->
    [yes] tot el llibre de comptes (per defecte)
   *[no] { $project }
}{ $dated ->
    [yes] {" "}des del { $from }
   *[no] {""}
}
cli-list-latest = (les { $shown } més recents de { $total }; vegeu --limit)
cli-approved = { $by } ha aprovat { $id }
cli-rejected = { $by } ha rebutjat { $id }
cli-contribution-voided = { $id } anul·lada
cli-contribution-corrected = { $id } corregida

## Charts: titles, legends and axes (chart-*)

chart-project = projecte { $project }
chart-all_projects = tots els projectes
chart-others = { $count ->
    [one] { $count } més
   *[other] { $count } més
}
chart-more_buckets = … { $count ->
    [one] { $count } partida més
   *[other] { $count } partides més
}
chart-state-preview = previsualització, sense registrar
chart-state-committed = registrat
chart-state-reversed = ANUL·LAT
chart-distribution-title = Repartiment de { $amount } { $currency } — ingrés { $revenue }
chart-distribution-subtitle = projecte { $project } · { $date } · equació de valor '{ $equation }' · { $state }
chart-distribution-empty = No s'ha assignat res.
chart-axis-amount = Import ({ $currency })
chart-other_kinds = { $count ->
    [one] { $count } tipus més
   *[other] { $count } tipus més
}: { $value } { $currency }
chart-contributions-title = Aportacions per tipus i mes — { $project }
chart-contributions-subtitle = valor = quantitat × tarifa × multiplicador, en { $currency } · total { $total } { $currency } · sense les aportacions anul·lades ni rebutjades
chart-contributions-empty = Encara no hi ha aportacions per mostrar.
chart-axis-value = Valor ({ $currency })
chart-axis-month = Mes
chart-other_members = { $count ->
    [one] { $count } membre més
   *[other] { $count } membres més
}
chart-together = { $value } { $currency } · { $percent } en conjunt
chart-shares-title = Valor acumulat i part — { $project }
chart-shares-subtitle = aportacions que compten, sense donacions ni despeses reemborsables · total { $total } { $currency } · a final de cada mes
chart-shares-empty = Encara no hi ha aportacions que guanyin una part.
chart-axis-cumulative = Valor acumulat ({ $currency })
chart-axis-share = Part del valor total
chart-give-title = GIVE rebut per ronda — { $project }
chart-give-subtitle = GIVE que cada membre ha rebut dels altres · total { $total } GIVE en { $count } { $count ->
    [one] ronda
   *[other] rondes
}{ $open ->
    [0] {""}
    [one] {" "}· { $open } continua oberta (marcada amb *): els seus GIVE poden canviar
   *[other] {" "}· { $open } continuen obertes (marcades amb *): els seus GIVE poden canviar
}
chart-give-others = { $count } més: { $total } GIVE
chart-give-empty = Encara no s'ha donat GIVE.
chart-axis-give = GIVE rebut
chart-axis-epoch = Ronda
chart-tokens-title = Saldos de fitxes al llarg del temps — { $name } ({ $token })
chart-tokens-subtitle = guanyades en aportar, més rebudes, menys enviades · { $amount } { $token } en total · a final de cada mes
chart-tokens-others = { $count } més: { $amount } { $token }
chart-tokens-empty = Encara no s'han guanyat ni enviat fitxes.
chart-axis-balance = Saldo ({ $token })

err-field = { $field }: { $message }

## The core's field problems (err-*)

err-decimal-malformed = { $text } no és un nombre: escriviu xifres amb un '.' i decimals opcionals, com 12.5
err-decimal-places = { $text } té { $places ->
    [one] { $places } decimal
   *[other] { $places } decimals
}; aquí se n'admeten com a màxim { $max }
err-decimal-too_large = { $text } és massa gran
err-decimal-above = { $text } supera el màxim de { $max } que s'admet aquí
err-decimal-not_positive = { $text } ha de ser més gran que zero
err-project-own_parent = el projecte { $code } no pot ser el seu propi projecte pare
err-kind-valued_by = { $text } no indica qui valora un tipus: deixeu-lo buit (es valora per la seva tarifa) o escriviu peers
err-kind-unit_measure = la unitat { $unit } només s'aplica a la mesura quantity, no a { $measure }
err-kind-unit_needed = un tipus mesurat en quantitat necessita una unitat, com paraules
err-kind-peers_rate = un tipus valorat entre iguals no té tarifa: els altres membres valoren cada aportació; deixeu la tarifa buida
err-kind-reimbursable_money = només un tipus amb mesura money pot ser reemborsable
err-kind-gift_reimbursable = un tipus no pot ser alhora donació i reemborsable: una donació es dona a la cooperativa, una despesa reemborsable es retorna; poseu-ne un dels dos a false
err-kind-deferred_one = un tipus és com a màxim un de donació, reemborsable o diferit: una aportació diferida és un crèdit pendent que es paga més endavant amb els ingressos; poseu els altres a false
err-kind-peers_one = un tipus és com a màxim un de donació, reemborsable, diferit o valorat entre iguals; poseu els altres a false
err-text-too_long = { $what } { $text } té més de { $max } caràcters
err-text-control = { $what } { $text } conté el caràcter de control { $char }; { $newline ->
    [yes] només s'admeten el tabulador i el salt de línia
   *[no] només s'admet el tabulador
}
err-text-empty = { $what } és buit
cli-revenue-not_distributed = sense repartir
cli-explain-peers = { $id } valorada entre iguals: { $working }
cli-device-created_ledger = va crear el llibre de comptes
cli-device-not_admitted = no admès
cli-prompt-passphrase = frase de contrasenya de { $member }:{" "}
cli-prompt-new = nova frase de contrasenya de { $member }:{" "}
cli-prompt-again = repetiu la nova frase de contrasenya de { $member }:{" "}
cli-the_terminal = el terminal
err-stage-no_kind = encara cap tipus no guanya parts dels criteris, així que l'etapa no escalaria res: afegiu primer un tipus
err-reject-reason = un rebuig necessita un motiu
err-token-which = aquest llibre de comptes té més d'una fitxa: indiqueu la fitxa { $purpose ->
    [send] que s'envia
    [chart] del gràfic
   *[other] per a { $purpose }
}
err-too_large = massa gran
err-owner-share = { $owner }: la part { $share } no és un nombre enter d'1 a { $max }
err-not_found-account = no existeix el compte { $account }
err-chart-format = { $path }: format d'imatge desconegut { $ext }; acabeu el nom del fitxer en .svg o .png
err-chart-no_extension = { $path }: el nom del fitxer no té extensió; acabeu-lo en .svg o .png
cli-out-no_folder = { $file }: la carpeta { $dir } no existeix
cli-statement-extension = { $file }: un extracte s'escriu com a .html o .pdf
err-handle = { $text } no és un identificador o codi vàlid: useu d'1 a 32 minúscules, xifres, '_' o '-'
err-id = { $text } no és un identificador vàlid: useu d'1 a 64 lletres, xifres, '.', '_' o '-'
err-date-range = { $text } és fora de l'interval: les dates van dels anys { $min } a { $max }
err-date = { $text } no és una data: useu AAAA-MM-DD, com 2026-03-31

# Undo of the last action on this laptop (store/undo.rs, cli undo)
err-undo-nothing = res a desfer: encara no s'ha registrat res en aquest portàtil
err-undo-moved-on = no s'ha desfet res: des d'aleshores s'ha registrat una altra cosa en aquest portàtil
err-undo-not-yours = no s'ha desfet res: l'última acció és de { $author }, no teva
err-undo-not-yours-anonymous = no s'ha desfet res: l'última acció es va registrar abans que ningú iniciés sessió
err-undo-no-reversal = l'última acció en aquest portàtil ({ $action }) no té cap assentament que l'anul·li; no s'ha desfet res
cli-undo-nothing-recorded = encara no s'ha registrat res en aquest portàtil
cli-undo-last = última acció: { $action } ({ $ids }); desfer-la l'anul·laria
cli-undo-last-not-undoable = última acció: { $action }; no té cap assentament que l'anul·li
cli-undo-voided = desfet: anul·lat { $ids }
cli-undo-reversed = desfet: anul·lat el repartiment { $ids }
cli-token-sent = { $from } ha enviat { $amount } { $token } a { $to }

## Imported CSV files: the text itself (csvread.rs), a locale's dates and
## numbers (csvformat.rs), the header and rows (import.rs)

err-csv-text_after_quote = hi ha text després de les cometes que tanquen un camp entre cometes: poseu tot el valor entre cometes i escriviu dues vegades les cometes que hi vagin a dins ("5"" pantalla")
err-csv-unterminated = les cometes que obren aquest camp no es tanquen mai, de manera que la resta del fitxer (fins a la línia { $last_line }) seria un sol valor: afegiu les cometes de tancament (")
err-csv-quote_too_long = aquest camp entre cometes continua durant més d'1 MiB ({ $bytes } bytes) sense les cometes de tancament: afegiu les cometes de tancament (")
err-csv-row_too_long = aquesta fila ocupa més d'1 MiB ({ $bytes } bytes): cap valor no en necessita tant (els noms tenen com a màxim 200 caràcters i les notes 2.000) — és un fitxer CSV?
err-csv-not_text = aquest fitxer no és text (conté bytes NUL): importeu un fitxer CSV
err-csv-utf16 = aquest fitxer és UTF-16 ({ $big_endian ->
    [yes] big-endian
   *[no] little-endian
}, { $bom ->
    [yes] amb
   *[no] sense
} marca d'ordre de bytes), no UTF-8: { $save }
err-csv-utf32 = aquest fitxer és UTF-32 ({ $big_endian ->
    [yes] big-endian
   *[no] little-endian
}), no UTF-8: { $save }
err-csv-save_utf8 = deseu-lo com a UTF-8 — al LibreOffice Calc: Fitxer › Anomena i desa…, tipus de fitxer Text CSV, marqueu «Edita la configuració del filtre» i després Joc de caràcters: Unicode (UTF-8); a l'Excel: Desa com a, tipus de fitxer «CSV UTF-8 (delimitat per comes)»
err-csv-latin1 = aquest fitxer no és UTF-8: sembla Latin-1 o Windows-1252 (com escriuen l'Excel i els programes de Windows antics); { $save }
err-csv-not_utf8_again = tampoc no és text UTF-8 (vegeu la línia { $first })
err-csv-field_count = aquesta fila té { $count ->
    [one] { $count } camp
   *[other] { $count } camps
}, però la capçalera en té { $expected }
err-locale-unknown = idioma { $locale } desconegut: useu { $first } o { $last }
err-date-two_digit_year = { $text } té l'any amb dues xifres: escriviu l'any sencer, com { $full } (en un full de càlcul, doneu a la columna un format de data amb l'any de quatre xifres, { $style ->
    [slash] DD/MM/AAAA
    [dot] DD.MM.AAAA
    [dash] DD-MM-AAAA
   *[iso] AAAA-MM-DD
})
err-date-locale = { $text } no és una data: escriviu { $style ->
    [slash] DD/MM/AAAA
    [dot] DD.MM.AAAA
    [dash] DD-MM-AAAA
   *[iso] AAAA-MM-DD
}, com { $example } (o AAAA-MM-DD)
err-number-decimal_comma = { $text } no és un nombre d'aquest fitxer: el seu separador decimal és la coma (12,5), i el '.' només agrupa els milers de tres en tres (1.234,5)
err-number-grouping = { $text } no és un nombre d'aquest fitxer: els espais només poden agrupar els milers de tres en tres (1 234,5)
err-import-no_header = no es pot llegir la fila de capçalera
err-import-empty = el fitxer és buit: la primera línia ha d'anomenar les columnes, com a mínim { $columns }
err-import-column_twice = la columna { $column } apareix dues vegades
err-import-unknown_column-hint = columna { $column } desconeguda — volíeu dir { $hint }?
err-import-unknown_column = columna { $column } desconeguda; els fitxers { $table } tenen { $columns } (o ignoreu les columnes desconegudes)
err-import-missing_column = falta la columna obligatòria { $column }
err-import-semicolon = la capçalera està separada per ';', no per ',': el fitxer té el format d'un idioma amb coma decimal (es, ca, fr, de, it, pt o nl) — importeu-lo indicant aquest idioma ({ $header })
err-import-comma = la capçalera està separada per ',', no per ';': el fitxer té el format canònic (',', punt decimal, AAAA-MM-DD) — importeu-lo sense indicar idioma ({ $header })
err-import-handle_twice = l'identificador { $handle } ja apareix a la línia { $first }
err-import-project_twice = el projecte { $code } ja apareix a la línia { $first }
err-import-project_cycle = el projecte { $code } forma part d'un cicle de projectes pare
err-import-id_twice = l'id { $id } ja apareix a la línia { $first } amb un altre contingut
err-import-id_in_ledger = l'id { $id } ja és al llibre de comptes amb un altre contingut; doneu un altre id a aquesta fila, o corregiu l'entrada existent

## Currencies (money.rs) and the command line's export names

err-currency-code = { $code } no és un codi de moneda: useu de 3 a 10 lletres majúscules, com EUR
err-currency-unknown_scale = '{ $code }' no és una moneda ISO 4217; indiqueu-ne el nombre de decimals
err-currency-iso_scale = moneda { $code }: l'ISO 4217 li dona { $iso } decimals, no { $given }
err-currency-scale = moneda { $code }: s'admeten com a màxim { $max } decimals
cli-export-unknown = { $what } no és una exportació: useu { $exports }, hledger, beancount, valueflows o tokens

## Equation files (equation.rs)

err-equation-too_large = el fitxer ocupa { $bytes } bytes; un fitxer d'equació de valor pot ocupar com a màxim { $max }
err-equation-no_buckets = l'equació no té partides: afegiu-hi almenys una [[bucket]]
err-equation-name_twice = el nom de partida { $name } ja el fa servir la partida { $first }
err-equation-no_share = la partida { $name } necessita una part: "N%" o "rest"
err-equation-two_rests = només una partida pot quedar-se la resta
err-equation-share_over = la part { $share } passa del 100 %
err-equation-total_over = els percentatges sumen { $total } % fins aquí, més del 100 %
err-equation-total = sense una partida "rest", els percentatges han de sumar exactament el 100 %, no el { $total } %
err-equation-share_spaces = la part { $share } té espais: escriviu { $compact }
err-equation-share = la part { $share } no és un percentatge com "10%" o "12.5%" (com a màxim 2 decimals, sense signe) ni "rest"
err-equation-one_target = la partida { $name } necessita exactament un de fund = "HANDLE", reimburse = true, repay = true o policy = "…"
err-equation-member_not_fund = { $fund } és un membre, no un fons
err-equation-only_true = { $key } només pot ser true; traieu la clau en lloc d'això
err-equation-only_policy = { $key } només s'aplica a policy = "{ $policy }"
err-equation-fund_kinds = una partida de fons no porta llista de tipus (kinds)
err-equation-empty_kinds = una llista de tipus buida no coincideix amb res; traieu-la per fer servir tots els tipus
err-equation-resource_credits = els crèdits per ús de recursos els paguen les partides de criteri i de devolució (repay), no el reemborsament
err-equation-kind-gift = el tipus { $kind } és una donació i no guanya part
err-equation-kind-not_reimbursable = el tipus { $kind } no és reemborsable; una partida de reemborsament només paga tipus reemborsables
err-equation-kind-not_deferred = el tipus { $kind } no és diferit; una partida de devolució (repay) només paga tipus diferits
err-equation-kind-reimbursable = el tipus { $kind } és reemborsable: el torna una partida de reemborsament, no el reparteix un criteri
err-equation-kind-deferred = el tipus { $kind } és diferit: el torna una partida de devolució (repay), no el reparteix un criteri
err-equation-cap_policy = cap només s'aplica a les partides amb criteri
err-equation-cap_percent = el topall { $cap } no és un percentatge més gran que 0 % i com a màxim del 100 % (com a màxim 2 decimals), ni un import
err-equation-cap = el topall { $cap } no és un percentatge com "25%" ni un import més gran que zero en { $currency } amb com a màxim { $scale } decimals
err-equation-unknown_key = clau { $key } desconeguda: una equació té name i [[bucket]]
err-equation-unknown_bucket_key = clau { $key } desconeguda en una partida: useu { $keys }
err-equation-decay = decay { $decay } ha de ser un percentatge de "0%" a "100%"
err-equation-among = among { $among } no es coneix: useu "contributors" o "members"
err-equation-policy = criteri { $policy } desconegut: useu lifetime, period, recent, balanced, equal o peer

## Bundles refused (bundle.rs, store/sync.rs)

err-bundle-not_a_bundle = això no és un paquet d'OpenValue
err-bundle-newer = aquest paquet el va escriure un OpenValue més nou (format { $format }; aquesta versió llegeix el { $version }); actualitzeu OpenValue
err-bundle-damaged = el paquet està malmès o incomplet ({ $why })
err-bundle-cut_short = està tallat
err-bundle-checksum = la seva suma de verificació no coincideix: s'ha modificat o s'ha tallat pel camí
err-bundle-trailing = hi ha bytes inesperats després del contingut
err-bundle-too_large = el paquet es descomprimeix en més de { $mib } MiB, molt més del que cabria a les seves entrades (un fitxer malmès o maliciós)
err-bundle-same_name = ve d'un altre llibre de comptes, que també es diu { $name } però es va començar per separat (llibre { $theirs }, no { $ours }): els seus comptes no són aquests
err-bundle-other_name = ve d'un altre llibre de comptes ({ $name }, no { $ours })
err-bundle-other_ledger = aquest paquet ve d'un altre llibre de comptes (els comptes d'una altra cooperativa)
err-bundle-forged = aquest paquet no conté l'únic llibre de comptes que anomena (un paquet malmès o falsificat)
err-bundle-entry = entrada { $entry } del dispositiu { $device }: { $problem }
err-bundle-chain = les entrades del dispositiu { $device } estan malmeses o incompletes (entrada { $entry }: { $detail })
err-bundle-fork = el dispositiu { $device } va escriure dues entrades diferents amb el número { $number } (una bifurcació: un fitxer del llibre de comptes copiat, o una invitació, fets servir en dos ordinadors; en un d'ells convertiu el llibre de comptes en un dispositiu nou)
err-bundle-id_twice = l'id d'entrada { $entry } es fa servir dues vegades (un paquet malmès o falsificat)
err-bundle-kind_mismatch = l'entrada { $entry } diu que és { $kind } però conté una altra cosa (un paquet malmès o falsificat)
err-bundle-unreadable = l'entrada { $entry } no es pot llegir ({ $detail })
err-bundle-before_creation = l'entrada { $entry } del dispositiu { $device } porta la marca { $stamp }, anterior a la creació del llibre de comptes ({ $created }): un paquet malmès o falsificat
err-bundle-far_future = l'entrada { $entry } del dispositiu { $device } porta la marca { $stamp }, més d'un any després del rellotge d'aquest ordinador: comproveu la data i l'hora del portàtil que la va escriure, o d'aquest
err-bundle-not_an_invitation = això és un paquet, no una invitació: un portàtil nou comença amb un fitxer d'invitació fet en un portàtil admès
err-bundle-invitation_key = la clau de la invitació està malmesa
err-bundle-invitation_entries = la invitació no coincideix amb les entrades que porta
err-bundle-invitation_used = aquesta invitació ja s'ha fet servir en aquest ordinador: cada invitació posa en marxa un portàtil; demaneu-ne una de nova
err-entry-not_admitted = el seu dispositiu no l'ha admès ni convidat cap dels dispositius d'aquesta cooperativa
err-entry-no_key = el seu dispositiu no té cap clau coneguda
err-entry-signature = la seva signatura no coincideix amb el contingut (modificada o falsificada)
err-entry-unsigned = no porta signatura
err-entry-hash = el seu hash no coincideix amb el contingut (malmesa o modificada)

## Passphrases, splits and journal payloads (members.rs, split.rs, journal.rs)

err-key-wrong_passphrase = frase de contrasenya incorrecta
err-key-too_short = una frase de contrasenya necessita almenys { $min } caràcters
err-key-sealed_damaged = la clau segellada del membre està malmesa ({ $why })
err-key-no_random = el sistema no ha donat bytes aleatoris ({ $why })
err-split-no_weight = cap destinatari no té un pes més gran que zero
err-split-duplicate = un destinatari apareix dues vegades
err-payload-encode = no es pot codificar el contingut de l'entrada: { $why }
err-payload-decode = no es pot descodificar el contingut binari de l'entrada: { $why }
err-payload-json = no es pot descodificar el contingut JSON de l'entrada: { $why }
err-payload-format = format de contingut desconegut (primer byte { $byte })
err-payload-empty = contingut buit

## Import rows that differ from the books (import.rs)

err-import-account_differs = { $handle } ja existeix amb altres dades (nom { $name }, tipus { $type }, alta { $joined ->
    [none] desconeguda
   *[other] { $joined }
}); d'un compte existent només en pot canviar l'estat
err-import-project_differs = el projecte { $code } ja existeix com a { $name }{ $parent ->
    [none] {""}
   *[other] {" "}dins de { $parent }
}; una importació no pot canviar un projecte existent
err-import-kind_differs = el tipus { $kind } és diferent { $line ->
    [ledger] del que hi ha al llibre de comptes
   *[other] del de la línia { $line }
} ({ $details }); entre versions només canvien la tarifa i el multiplicador — name, measure, unit, gift, reimbursable, deferred i valued_by es mantenen
err-import-version_exists = el tipus { $kind } ja té una versió { $date ->
    [none] des del principi
   *[other] vigent des del { $date }
} amb tarifa { $rate } i multiplicador { $multiplier }; afegiu-hi en lloc d'això una versió amb un altre effective_from
err-import-version_twice = el tipus { $kind } { $date ->
    [none] des del principi
   *[other] vigent des del { $date }
} ja apareix a la línia { $line } amb una altra tarifa o un altre multiplicador

## verify's findings (store/verify.rs, journal.rs)

err-verify-integrity = comprovació d'integritat de SQLite: { $detail }
err-verify-entry = entrada del diari { $entry }: { $problem }
err-verify-signature = entrada del diari { $entry } del dispositiu { $device }: { $problem }
err-verify-device_unknown = meta: l'id de dispositiu d'aquest fitxer, { $device }, no ha escrit cap entrada del diari; el fitxer s'ha modificat fora d'OpenValue
err-verify-device_missing = meta: falta l'id de dispositiu d'aquest fitxer
err-verify-undo_damaged = els passos per desfer de l'entrada del diari { $entry } estan malmesos ({ $count } entrades en total); el fitxer s'ha modificat fora d'OpenValue
err-verify-more_rows = { $table }: hi ha més files diferents
err-verify-row = { $table }, fila { $key }{ $entry ->
    [none] {""}
   *[other] {" "}(entrada del diari { $entry })
}: { $how ->
    [missing] falta o s'ha modificat
   *[added] s'ha modificat o afegit fora d'OpenValue
}; no coincideix amb el diari
err-verify-lines = repartiment { $distribution }: les seves línies ({ $sum }, { $negative } negatives) no sumen el que l'ingrés { $revenue } ({ $amount })
err-verify-two_live = l'ingrés { $revenue } té més d'un repartiment vigent: { $distributions }
err-verify-balance = compte { $account }: el seu saldo ({ $balance }) supera el que els comptes poden guardar
err-chain-seq = el número de seqüència del dispositiu { $device } és { $seq }; s'esperava { $expected }
err-chain-link = no enllaça amb l'entrada anterior del dispositiu (s'ha modificat, tret o inserit una entrada)
err-chain-hash = el hash no coincideix: l'entrada { $kind } desada s'ha modificat després d'escriure-la
err-chain-payload = no se'n pot llegir el contingut
err-csv-detected = detectat: { $separator } i { $comma ->
    [yes] coma
   *[no] punt
} decimal, dates { $style ->
    [slash] DD/MM/AAAA
    [dot] DD.MM.AAAA
    [dash] DD-MM-AAAA
   *[iso] AAAA-MM-DD
}

## The command line's help and parse errors (cli/localize.rs,
## cli/parse_error.rs): clap's own words. The help of each command and
## argument (help-PATH, help-PATH--ID) is in the other catalogues only:
## in English it is the doc comment of src/cli/args.rs.

cli-help-usage = Ús:
cli-help-commands = Ordres:
cli-help-arguments = Arguments:
cli-help-options = Opcions:
cli-help-example = Exemple:
cli-help-flag-help = Mostra l'ajuda
cli-help-flag-help-more = Mostra l'ajuda (més detall amb '--help')
cli-help-flag-help-summary = Mostra l'ajuda (un resum amb '-h')
cli-help-flag-version = Mostra la versió
cli-help-subcommand = Mostra aquest missatge o l'ajuda de les ordres indicades
cli-help-default = [per defecte: { $value }]
cli-parse-missing = falten aquests arguments obligatoris:
cli-parse-unknown_argument = argument inesperat { $arg }
cli-parse-unknown_subcommand = ordre desconeguda { $name }
cli-parse-value_required = { $arg } necessita un valor i no se n'ha donat cap
cli-parse-invalid_value = valor no vàlid { $value } per a { $arg }
cli-parse-invalid_value_because = valor no vàlid { $value } per a { $arg }: { $reason }
cli-parse-possible_values = [valors possibles: { $values }]
cli-parse-conflict = l'argument { $arg } no es pot fer servir juntament amb { $other }
cli-parse-conflict_self = l'argument { $arg } no es pot fer servir més d'una vegada
cli-parse-conflict_any = l'argument { $arg } no es pot fer servir juntament amb un o més dels altres arguments donats
cli-parse-too_many_values = valor inesperat { $value } per a { $arg }; no se n'esperaven més
cli-parse-wrong_number = { $arg } necessita { $expected } valors, però { $actual ->
    [one] se n'ha donat { $actual }
   *[other] se n'han donat { $actual }
}
cli-parse-missing_subcommand = { $name } necessita una ordre i no se n'ha donat cap
cli-parse-subcommands = [ordres: { $values }]
cli-parse-no_equals = cal un signe igual per donar un valor a { $arg }
cli-parse-similar_subcommand = { $count ->
    [one] suggeriment: hi ha una ordre semblant: { $similar }
   *[other] suggeriment: hi ha ordres semblants: { $similar }
}
cli-parse-similar_argument = { $count ->
    [one] suggeriment: hi ha un argument semblant: { $similar }
   *[other] suggeriment: hi ha arguments semblants: { $similar }
}
cli-parse-similar_value = { $count ->
    [one] suggeriment: hi ha un valor semblant: { $similar }
   *[other] suggeriment: hi ha valors semblants: { $similar }
}
cli-parse-tip = suggeriment: { $tip }
cli-parse-not_table = { $value } no és un fitxer que es pugui importar: feu servir members, projects, kinds, contributions o revenues
cli-parse-not_leave_reason = { $value } no és un motiu de baixa: feu servir good o bad
cli-parse-not_measure = { $value } no és una mesura: feu servir hours, money o quantity
cli-parse-not_role = { $value } no és un rol: feu servir member, coordinator, treasurer o admin
cli-parse-not_status = { $value } no és un estat: feu servir counts, pending, rejected o void
cli-parse-not_on_off = { $value } no és ni on ni off
cli-parse-more = Per a més informació, proveu { $help }.

help-openvalue = Comptabilitat de valor obert per a cooperatives petites: aportacions, equacions de valor i repartiments exactes dels ingressos
help-openvalue--ledger = El llibre de comptes [per defecte: ledger.openvalue a la vostra carpeta de dades]
help-openvalue--as_member = Actuar com aquest membre (la frase de contrasenya es demana en pantalla, o es pren d'OPENVALUE_PASSPHRASE); cal per a qualsevol escriptura quan l'inici de sessió està activat
help-init = Crea un llibre de comptes nou
help-init--name = El nom de la cooperativa
help-init--currency = Moneda base (un codi ISO 4217 com EUR, o la vostra pròpia unitat amb --scale)
help-init--scale = Decimals d'una moneda que no és a ISO 4217 (ECO, HOUR)
help-init--approvals = Aprovacions d'altres membres que necessita una aportació per comptar
help-import = Importa un fitxer CSV (membres, projectes, tipus, aportacions, ingressos)
help-import--table = members | projects | kinds | contributions | revenues
help-import--file = El fitxer CSV
help-import--dry_run = Indica què passaria sense escriure res
help-import--ignore_unknown = Omet les columnes que el format no coneix
help-import--locale = L'idioma en què es va escriure el fitxer: en (`,`, `.` i YYYY-MM-DD, per defecte) o es, ca, fr, it, pt (`;`, coma decimal, DD/MM/YYYY), de (DD.MM.YYYY), nl (DD-MM-YYYY); les dates ISO es llegeixen en tots els idiomes, i `.` o un espai poden agrupar els milers de tres en tres
help-log = Registra una aportació; en mostra l'id
help-log--member = Identificador del membre
help-log--project = Codi del projecte
help-log--kind = Codi del tipus
help-log--quantity = Quantitat (hores, diners o unitats del tipus)
help-log--date = Data de la feina [per defecte: avui]
help-log--note = Una nota
help-log--id = El vostre propi id per a l'aportació (si no, un UUID)
help-list = Llista les aportacions
help-list--member = Només aquest membre
help-list--project = Només aquest projecte
help-list--kind = Només aquest tipus
help-list--from = Des d'aquesta data, inclosa
help-list--to = Fins a aquesta data, inclosa
help-list--status = Només aquest estat: counts, pending, rejected o void
help-list--all = Inclou les aportacions anul·lades
help-list--search = Només les aportacions amb una nota que conté aquest text (sense distingir majúscules)
help-list--limit = Mostra les darreres, com a màxim tantes
help-approve = Aprova l'aportació d'una altra persona
help-approve--id = Id de l'aportació
help-approve--by = Membre que aprova
help-reject = Rebutja l'aportació d'una altra persona, amb un motiu
help-reject--id = Id de l'aportació
help-reject--by = Membre que rebutja
help-reject--reason = Per què
help-correct = Corregeix o anul·la una aportació (se substitueix, mai no s'edita)
help-correct--id = Id de l'aportació
help-correct--quantity = Quantitat nova
help-correct--date = Data nova
help-correct--kind = Tipus nou
help-correct--note = Nota nova
help-correct--void = Anul·la l'aportació (sola: en una entrada anul·lada no hi ha res a canviar)
help-member = Membres i fons
help-member-add = Afegeix un membre (o un fons amb --fund)
help-member-add--handle = Identificador en minúscules
help-member-add--name = Nom
help-member-add--fund = Un fons, no una persona
help-member-add--joined = Data d'alta
help-member-leave = Dona de baixa un membre: amb una bona raó ho conserva tot; sense, la seva feina es revalora per als ingressos posteriors
help-member-leave--handle = Identificador
help-member-leave--date = Data de la baixa [per defecte: avui]
help-member-leave--reason = good: ho conserva tot; bad: per als ingressos des d'aquella data només compten els seus diners, amb multiplicador 1
help-member-rejoin = Torna a donar d'alta un membre
help-member-rejoin--handle = Identificador
help-member-rejoin--date = De nou en actiu des de [per defecte: avui]
help-member-passphrase = Fixa o canvia la frase de contrasenya d'un membre (l'administració la pot restablir); la nova es demana en pantalla, o es pren d'OPENVALUE_NEW_PASSPHRASE
help-member-passphrase--handle = Identificador
help-member-list = Llista els membres i fons
help-member-rename = Dona un nom nou a un membre o fons (l'identificador no canvia)
help-member-rename--handle = Identificador
help-member-rename--name = El nom nou
help-project = Projectes
help-project-add = Afegeix un projecte
help-project-add--code = Codi en minúscules
help-project-add--name = Nom
help-project-add--parent = Codi del projecte pare
help-project-list = Llista els projectes
help-project-rename = Dona un nom nou a un projecte (el codi no canvia)
help-project-rename--code = Codi
help-project-rename--name = El nom nou
help-kind = Tipus d'aportació i les seves tarifes
help-kind-add = Afegeix un tipus, o una nova versió de la seva tarifa (amb --from)
help-kind-add--code = Codi en minúscules
help-kind-add--name = Nom
help-kind-add--measure = hours | money | quantity
help-kind-add--unit = Unitat dels tipus per quantitat (en paraules)
help-kind-add--rate = Valor per unitat (cap per a un tipus amb valoració entre iguals)
help-kind-add--multiplier = Factor de risc [per defecte: 1]
help-kind-add--gift = Es valora i es mostra, però no dona part
help-kind-add--reimbursable = Diners que es retornen (mesura money)
help-kind-add--deferred = Un crèdit pendent que es retorna més tard amb partides de retorn, sense donar part
help-kind-add--valued_by = `peers`: altres membres valoren cada aportació (sense tarifa)
help-kind-add--from = En vigor des de [per defecte: el començament]
help-kind-list = Llista els tipus i l'historial de les seves tarifes
help-kind-rename = Dona un nom nou a un tipus (el codi, la tarifa i el multiplicador no canvien)
help-kind-rename--code = Codi
help-kind-rename--name = El nom nou
help-revenue = Ingressos
help-revenue-add = Registra els diners que ha rebut un projecte; en mostra l'id
help-revenue-add--project = Codi del projecte
help-revenue-add--amount = Import en la moneda base
help-revenue-add--date = Data de cobrament [per defecte: avui]
help-revenue-add--id = El vostre propi id (si no, un UUID)
help-revenue-add--note = Una nota
help-revenue-list = Llista els ingressos i si cadascun està repartit
help-revenue-void = Anul·la un ingrés registrat per error (es rebutja mentre tingui un repartiment actiu: anul·leu abans el repartiment)
help-revenue-void--id = Id de l'ingrés
help-revenue-correct = Corregeix l'import, la data o la nota d'un ingrés (es rebutja mentre tingui un repartiment actiu: anul·leu abans el repartiment)
help-revenue-correct--id = Id de l'ingrés
help-revenue-correct--amount = Import nou
help-revenue-correct--date = Data nova
help-revenue-correct--note = Nota nova
help-equation = Equacions de valor (regles de repartiment)
help-equation-set = Fixa l'equació de valor d'un projecte (o la del llibre per defecte) des d'un fitxer TOML
help-equation-set--first = Codi del projecte i després el fitxer TOML (només el fitxer amb --default)
help-equation-set--file = El fitxer TOML
help-equation-set--default = Fixa la del llibre per defecte en lloc de la d'un projecte
help-equation-set--from = En vigor des d'aquesta data [per defecte: el començament]
help-equation-list = Llista les versions de les equacions de valor
help-distribute = Reparteix un ingrés segons l'equació de valor del seu projecte
help-distribute--revenue = Id de l'ingrés
help-distribute--dry_run = Mostra el resultat sense escriure res
help-distribute--json = Mostra el resultat en JSON
help-distribute--explain = Llista les aportacions que hi ha darrere del pes d'aquest membre
help-reverse = Anul·la un repartiment confirmat
help-reverse--distribution = Id del repartiment
help-undo = Desfà la darrera acció en aquest portàtil amb la seva entrada inversa (una aportació o un ingrés registrats s'anul·len, un repartiment s'anul·la, un pagament s'anul·la)
help-undo--dry_run = Només indica quina va ser la darrera acció i si es pot desfer
help-pay = Registra un pagament a un membre o fons
help-pay--account = Identificador del compte
help-pay--amount = Import
help-pay--date = Data del pagament [per defecte: avui]
help-pay--method = Com es va pagar
help-pay--note = Una nota
help-payout = Pagaments: llistar-los, anul·lar-ne un registrat per error
help-payout-list = Llista els pagaments, els més recents primer
help-payout-list--all = Inclou els pagaments anul·lats
help-payout-void = Anul·la un pagament registrat per error (deixa de comptar com a pagat)
help-payout-void--id = Id del pagament (`payout list` els mostra; `pay` el va mostrar)
help-balances = Guanyat, pagat i pendent per compte (amb un període: el que s'ha guanyat i pagat en ell, i la diferència; amb un projecte: només el que van assignar els seus repartiments, ja que els pagaments no són per projecte)
help-balances--from = Des d'aquesta data, inclosa [per defecte: el començament]
help-balances--to = Fins a aquesta data, inclosa [per defecte: el final]
help-balances--project = Només el que van assignar els repartiments d'aquest projecte (només el guanyat)
help-statement = Escriu l'extracte d'un membre (aportacions, línies de repartiment, pagaments, el pendent) en HTML o PDF, segons l'extensió de --out
help-statement--member = El membre (o fons)
help-statement--from = Des d'aquesta data, inclosa [per defecte: el començament]
help-statement--to = Fins a aquesta data, inclosa [per defecte: el final]
help-statement--out = Fitxer de sortida: .html o .pdf
help-export = Escriu una exportació CSV, de comptabilitat en text pla (hledger, beancount) o Valueflows
help-export--what = contributions | allocations | balances | payouts | journal (CSV); members | projects | kinds | revenues (CSV que `import` torna a llegir); hledger | beancount (comptabilitat en text pla); valueflows (JSON-LD); tokens
help-export--out = Fitxer de sortida
help-export--locale = en (`,` i `.`) o es, ca, fr, de, it, pt, nl (`;` i `,`); només CSV
help-export--bom = Comença amb una marca d'ordre de bytes (Excel)
help-export--from = Només les files amb data des d'aquesta, inclosa
help-export--to = Només les files amb data fins a aquesta, inclosa
help-export--project = Només aquest projecte
help-chart = Dibuixa un gràfic en SVG o PNG (segons l'extensió de --out)
help-chart-distribution = El repartiment per destinatari i partida (un id d'ingrés mostra el seu repartiment, o una previsualització si no en té)
help-chart-distribution--id = Id de l'ingrés o del repartiment
help-chart-distribution--out = Fitxer de sortida: .svg o .png
help-chart-contributions = El valor de les aportacions per tipus, per mes, apilat
help-chart-contributions--project = Només aquest projecte
help-chart-contributions--out = Fitxer de sortida: .svg o .png
help-chart-shares = El valor acumulat i la part de cada membre al llarg del temps
help-chart-shares--project = Només aquest projecte
help-chart-shares--out = Fitxer de sortida: .svg o .png
help-chart-give = El GIVE que va rebre cada membre en cada ronda de GIVE d'un projecte
help-chart-give--project = El projecte
help-chart-give--out = Fitxer de sortida: .svg o .png
help-chart-tokens = El saldo de fitxes de cada membre al final de cada mes
help-chart-tokens--token = La fitxa (cal quan el llibre en té més d'una)
help-chart-tokens--out = Fitxer de sortida: .svg o .png
help-verify = Comprova les cadenes de hashes, les signatures i cada taula derivada contra el diari; mostra el cap de la cadena de cada dispositiu
help-verify--against = Un paquet o una còpia de seguretat: llista les entrades que conté i que falten en aquest llibre ("missing") i falla si n'hi ha
help-device = Aquest portàtil i els altres portàtils de la cooperativa (dispositius)
help-device-invite = Escriu un fitxer d'invitació per a un portàtil nou
help-device-invite--out = El fitxer d'invitació (conté la clau del portàtil nou: guardeu-lo bé i esborreu-lo un cop fet servir)
help-device-invite--label = Com es diu el portàtil
help-device-list = Llista els dispositius: id, etiqueta, admès per, darrera entrada, vist per darrer cop
help-device-revoke = Revoca un portàtil perdut: les seves entrades posteriors es guarden però no s'apliquen
help-device-revoke--id = L'id del dispositiu
help-device-new = Converteix aquesta còpia del llibre en un dispositiu nou (un fitxer copiat en un ordinador sense la seva clau)
help-device-new--label = Com es diu aquest portàtil
help-device-new--yes = Confirmar: els altres portàtils hauran d'admetre després aquest dispositiu
help-device-admit = Admet un dispositiu creat amb `device new` en un altre portàtil
help-device-admit--id = L'id del dispositiu
help-clone = Comença el llibre d'aquest portàtil a partir d'un fitxer d'invitació (com a dispositiu nou)
help-clone--file = El fitxer d'invitació creat en un portàtil admès
help-bundle = Porta entrades d'un portàtil a un altre en una memòria USB
help-bundle-export = Escriu totes les entrades d'aquest llibre en un fitxer de paquet
help-bundle-export--out = El fitxer de paquet
help-bundle-import = Fusiona un paquet d'un altre portàtil (es comprova sencer i es rebutja sencer)
help-bundle-import--file = El fitxer de paquet
help-sync = Intercanvia entrades a través d'una carpeta compartida (Syncthing, Nextcloud, una memòria USB)
help-sync--dir = La carpeta compartida (mai la carpeta del mateix llibre de comptes)
help-token = Fitxes de la comunitat: es guanyen aportant, s'envien entre membres, mai no són diners
help-token-define = Defineix una fitxa (no canvia mai després)
help-token-define--code = Codi en minúscules
help-token-define--name = Nom
help-token-define--scale = Decimals dels imports (0–8)
help-token-define--per_value = Fitxes emeses per unitat de valor comptat (com a màxim 4 decimals)
help-token-send = Envia fitxes d'un membre a un altre
help-token-send--from = Qui envia
help-token-send--to = Qui rep
help-token-send--amount = Import, amb els decimals de la fitxa
help-token-send--token = La fitxa (cal quan el llibre en té més d'una)
help-token-send--note = Text lliure
help-token-send--date = Data [per defecte: avui]
help-token-balances = El saldo de cada membre en cada fitxa (o en una)
help-token-balances--code = Només aquesta fitxa
help-stage = Etapes: la feina d'alguns tipus d'un membre es valora a un percentatge durant un temps (una fase de "festeig")
help-stage-define = Defineix una etapa (no canvia un cop definida)
help-stage-define--code = Codi en minúscules
help-stage-define--percent = Percentatge de 0 a 100 (com a màxim 2 decimals)
help-stage-define--kinds = Els tipus als quals s'aplica [per defecte: tots els tipus que donen part per criteri ara]
help-stage-set = Posa un membre en una etapa (o en cap) a partir d'una data
help-stage-set--member = El membre
help-stage-set--stage = El codi de l'etapa, o none
help-stage-set--from = Des de [per defecte: avui]
help-stage-list = Les etapes, qui és avui a cadascuna, i l'historial de cada membre
help-resource = Recursos l'ús dels quals acredita els seus propietaris (una talladora làser, una furgoneta)
help-resource-add = Defineix un recurs (no canvia un cop definit)
help-resource-add--code = Codi en minúscules
help-resource-add--name = Nom
help-resource-add--rate = Valor per unitat d'ús (com a màxim 4 decimals)
help-resource-add--unit = Unitat d'ús (hores, fulls …)
help-resource-add--owners = Un propietari, membre o fons, amb una part entera (per defecte 1); repetiu-ho per a cada propietari
help-resource-list = Els recursos, els seus propietaris, i cada ús amb el que s'ha acreditat a cada propietari
help-use = Registra un ús d'un recurs en un projecte: s'acredita als seus propietaris
help-use--resource = El codi del recurs
help-use--project = El projecte per al qual es va fer servir
help-use--quantity = Quant se'n va fer servir, en la unitat del recurs
help-use--date = Data de l'ús [per defecte: avui]
help-use--by = Qui el va fer servir (només es registra)
help-epoch = Rondes de GIVE: cada membre dona als altres un pressupost de GIVE
help-epoch-open = Obre una ronda de GIVE d'un projecte
help-epoch-open--project = El projecte
help-epoch-open--from = Primer dia
help-epoch-open--to = Darrer dia
help-epoch-open--give = El pressupost de GIVE de cada membre
help-epoch-open--id = El seu id [per defecte: E-PROJECTE-DES-DE]
help-epoch-close = Tanca una ronda de GIVE després del seu darrer dia
help-epoch-close--epoch = La ronda de GIVE
help-epoch-show = Qui va donar a qui, i el que va rebre cadascú
help-epoch-show--epoch = La ronda de GIVE
help-give = Dona GIVE a un altre membre en una ronda de GIVE (0 el retira)
help-give--epoch = La ronda de GIVE
help-give--from = Qui dona
help-give--to = Qui rep
help-give--amount = GIVE sencers
help-give--note = Unes paraules d'agraïment per a qui rep (a l'aplicació, només ho veu aquesta persona quan l'inici de sessió està activat)
help-value = Valora l'aportació d'un altre membre d'un tipus amb valoració entre iguals (substitueix la vostra valoració anterior)
help-value--id = L'aportació
help-value--by = El membre que la valora (vós, si heu iniciat sessió)
help-value--amount = El valor de tota l'aportació, en la moneda base
help-reputation = La reputació de cada membre, que pondera les valoracions entre iguals
help-reputation--date = En aquest dia [per defecte: avui]
help-conflicts = Llista el que van fer dos portàtils i no pot valer alhora
help-backup = Escriu una còpia coherent del llibre de comptes
help-backup--file = On escriure la còpia (no ha d'existir)
help-settings = Canvia la configuració del llibre de comptes
help-settings--approvals = Aprovacions que necessita una aportació per comptar
help-settings--sign_in = Si tota escriptura necessita un membre amb sessió iniciada: on o off
help-role = Rols dels membres: membre < coordinació < tresoreria < administració
help-role-grant = Dona un rol a un membre
help-role-grant--handle = Identificador
help-role-grant--role = member, coordinator, treasurer o admin
help-role-revoke = Torna un membre al rol de membre
help-role-revoke--handle = Identificador
help-role-list = Llista el rol de cada membre
help-demo = Crea un llibre de comptes de demostració d'una cooperativa petita realista
help-demo--file = On crear-lo (no ha d'existir)
