# OpenValue's catalogue (es). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Español

## The app's shell, shared parts, and the screens Balances … Ledger

app-error-no-ledger = no hay ningún libro de cuentas abierto: crea o abre uno primero

app-quantity-hours = { $count ->
    [one] { $quantity } hora
   *[other] { $quantity } horas
}

app-history-by = por { $author }, en { $device }
app-history-on = en { $device }
app-history-first = tal como se registró
app-history-after-correction = tras la corrección { $revision }
app-history-quantity-of = { $quantity } de { $kind }
app-history-quantity-unit = { $quantity } { $unit }
app-history-quantity-unit-of = { $quantity } { $unit } de { $kind }
app-history-logged = Registrada para { $member }
app-history-logged-detail = { $amount } en { $project }, con fecha { $date }
app-history-logged-detail-note = { $amount } en { $project }, con fecha { $date } — «{ $note }»
app-history-approved = Aprobada por { $by }
app-history-approved-stale = { $revision }; una corrección posterior necesita nuevas aprobaciones
app-history-rejected = Rechazada por { $by }
app-history-reason = Motivo: { $reason }
app-history-reason-stale = Motivo: { $reason } ({ $revision }; corregida después)
app-history-corrected = Corregida (corrección { $revision })
app-history-no-change = no cambió ningún campo
app-history-change = { $field } { $from } → { $to }
app-history-empty = (vacío)
app-history-field-quantity = cantidad
app-history-field-date = fecha
app-history-field-kind = tipo
app-history-field-note = nota
app-history-voided = Anulada
app-history-voided-detail = ya no cuenta

app-warn-future-date = { $date } es posterior a hoy: las aportaciones se suelen registrar una vez hecho el trabajo.
app-warn-many-hours = { $quantity } horas en una sola entrada es más de un día entero: registra las horas de cada día o revisa la cifra.
app-warn-member-left = { $member } se ha dado de baja de la cooperativa: registra esto solo si es trabajo hecho antes de la baja.
app-warn-multiplier-high = Con un multiplicador de { $multiplier }, una unidad de este tipo cuenta tanto como { $multiplier } unidades de trabajo normal.
app-warn-multiplier-low = Con un multiplicador de { $multiplier }, este tipo casi no cuenta.

app-backup-never = Nunca se ha hecho una copia de seguridad de este libro de cuentas.
app-backup-old = { $days ->
    [one] La última copia de seguridad es de hace { $days } día.
   *[other] La última copia de seguridad es de hace { $days } días.
}

app-shortcuts-help = Alt+1–9 pantallas · Alt+N nueva aportación · / buscar en las notas

app-check-required = obligatorio
app-check-handle = usa de 1 a 32 minúsculas, cifras, «_» o «-»
app-check-date-format = usa AAAA-MM-DD, por ejemplo 2026-03-31
app-check-not-a-date = { $text } no es una fecha
app-check-decimal = escribe cifras con un «.» y decimales opcionales, por ejemplo 12.5
app-check-no-decimals = no se admiten decimales
app-check-max-decimals = { $places ->
    [one] como máximo { $places } decimal
   *[other] como máximo { $places } decimales
}
app-check-positive = debe ser mayor que cero
app-check-currency = usa de 3 a 10 mayúsculas, por ejemplo EUR

app-sync-none-yet = Ningún otro portátil se ha sincronizado todavía a través de esta carpeta.
app-sync-nothing-new = Nada nuevo de los otros portátiles.
app-sync-took = { $count ->
    [one] Se ha tomado { $count } entrada nueva de { $from }.
   *[other] Se han tomado { $count } entradas nuevas de { $from }.
}
app-sync-wrote = { $count ->
    [one] Se ha escrito el archivo de este portátil ({ $count } entrada) en la carpeta.
   *[other] Se ha escrito el archivo de este portátil ({ $count } entradas) en la carpeta.
}
app-sync-skipped = { $count ->
    [one] Se ha omitido { $count } archivo (ver abajo).
   *[other] Se han omitido { $count } archivos (ver abajo).
}
app-sync-conflicts = { $count ->
    [one] { $count } conflicto en las cuentas.
   *[other] { $count } conflictos en las cuentas.
}
app-sync-conflicts-new = { $count ->
    [one] { $count } conflicto en las cuentas ({ $fresh } nuevo).
   *[other] { $count } conflictos en las cuentas ({ $fresh } nuevos).
}
app-sync-future = { $count ->
    [one] { $count } entrada tiene fecha más de una hora por delante del reloj de este ordenador: revisa los relojes de los portátiles.
   *[other] { $count } entradas tienen fecha más de una hora por delante del reloj de este ordenador: revisa los relojes de los portátiles.
}
app-ago-now = ahora mismo
app-ago-minutes = hace { $count } min
app-ago-hours = hace { $count } h
app-ago-yesterday = ayer
app-ago-days = hace { $count } días

app-totals-contributions = { $count ->
    [one] { $shown } aportación
   *[other] { $shown } aportaciones
}
app-totals-hours = { $count ->
    [one] { $shown } hora
   *[other] { $shown } horas
}
app-totals-value = valor { $amount } { $code }
app-totals-voided = { $count ->
    [one] ({ $count } anulada no se cuenta)
   *[other] ({ $count } anuladas no se cuentan)
}
app-overpay-owed = { $amount } son { $excess } más que los { $owed } pendientes con { $account }: a { $account } se le pagarían { $excess } por adelantado. ¿Registrarlo de todos modos?
app-overpay-nothing = No hay nada pendiente con { $account }: los { $amount } se pagarían por adelantado. ¿Registrarlo de todos modos?
app-overpay-advance = No hay nada pendiente con { $account }, a quien ya se le pagaron { $advance } por adelantado: tras { $amount } más, a { $account } se le habrán pagado { $excess } por adelantado. ¿Registrarlo de todos modos?


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

