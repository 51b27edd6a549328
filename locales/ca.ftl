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

app-sync-none-yet = Encara no s’ha sincronitzat cap altre portàtil a través d’aquesta carpeta.
app-sync-nothing-new = Res de nou dels altres portàtils.
app-sync-took = { $count ->
    [one] S’ha pres { $count } entrada nova de { $from }.
   *[other] S’han pres { $count } entrades noves de { $from }.
}
app-sync-wrote = { $count ->
    [one] S’ha escrit el fitxer d’aquest portàtil ({ $count } entrada) a la carpeta.
   *[other] S’ha escrit el fitxer d’aquest portàtil ({ $count } entrades) a la carpeta.
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
    [one] { $count } entrada té data més d’una hora per davant del rellotge d’aquest ordinador: reviseu els rellotges dels portàtils.
   *[other] { $count } entrades tenen data més d’una hora per davant del rellotge d’aquest ordinador: reviseu els rellotges dels portàtils.
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


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

