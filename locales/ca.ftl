# OpenValue's catalogue (ca). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Català

## The app's shell, shared parts, and the screens Balances … Ledger

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


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

