# OpenValue's catalogue (es). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Español

## The app's shell, shared parts, and the screens Balances … Ledger

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

app-sync-none-yet = Ningún otro dispositivo se ha sincronizado todavía a través de esta carpeta.
app-sync-nothing-new = Nada nuevo de los otros dispositivos.
app-sync-took = { $count ->
    [one] Se ha tomado { $count } entrada nueva de { $from }.
   *[other] Se han tomado { $count } entradas nuevas de { $from }.
}
app-sync-wrote = { $count ->
    [one] Se ha escrito el archivo de este dispositivo ({ $count } entrada) en la carpeta.
   *[other] Se ha escrito el archivo de este dispositivo ({ $count } entradas) en la carpeta.
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
    [one] { $count } entrada tiene fecha más de una hora por delante del reloj de este ordenador: revisa los relojes de los dispositivos.
   *[other] { $count } entradas tienen fecha más de una hora por delante del reloj de este ordenador: revisa los relojes de los dispositivos.
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

app-opening = Abriendo tu libro de cuentas…
app-nav-label = Pantallas
app-nav-account = Mi cuenta
app-nav-contributions = Aportaciones
app-nav-members = Miembros y fondos
app-nav-projects = Proyectos
app-nav-kinds = Tipos y tarifas
app-nav-equations = Ecuaciones
app-nav-resources = Recursos
app-nav-give = GIVE
app-nav-tokens = Fichas
app-nav-revenues = Ingresos
app-nav-payouts = Pagos
app-nav-balances = Saldos
app-nav-import = Importar
app-nav-export = Informes y exportación
app-nav-sync = Sincronizar y dispositivos
app-nav-ledger = Libro y copia de seguridad
app-nav-conflicts = { $count ->
    [one] conflicto
   *[other] conflictos
}
app-nav-sync-failed = La última sincronización falló
app-sign-out = Cerrar sesión
app-cancel = Cancelar
app-event-question = ¿Convertir este dispositivo en un quiosco? Solo quedará accesible la cuadrícula de miembros; se sale con la frase de contraseña de alguien de coordinación.
app-event-start = Iniciar el modo evento
app-event-title = Un quiosco para un dispositivo compartido en un evento
app-event-button = Modo evento…
app-currency-approvals = { $count ->
    [one] { $code } · se necesita { $count } aprobación
   *[other] { $code } · se necesitan { $count } aprobaciones
}
app-language-label = Idioma
app-read-only-title = Solo lectura en este ordenador.
app-read-only-text = Este archivo del libro de cuentas se copió de otro ordenador, y la clave que firma sus entradas se quedó allí. Puedes leer, verificar y exportar. Para registrar entradas aquí, convierte esta copia en un nuevo dispositivo de la cooperativa; un dispositivo ya admitido lo admitirá al sincronizar.
app-new-device-name = Nombre de este dispositivo
app-new-device-placeholder = Portátil de Marta
app-new-device-confirm = Convertirlo en un nuevo dispositivo
app-new-device-open = Convertir esta copia en un nuevo dispositivo…
app-new-device-done = Esta copia escribe ahora como un nuevo dispositivo (id { $id }). Sincronízalo: la pantalla Sincronizar de un dispositivo admitido ofrecerá admitirlo.
app-synced-folder-title = El archivo del libro de cuentas está dentro de una carpeta que { $service } sincroniza.
app-synced-folder-text = { $service } podría copiar el archivo mientras OpenValue lo escribe y dañar las cuentas en todos los dispositivos. Cierra OpenValue, mueve el archivo a una carpeta que no se sincronice (tu carpeta Documentos, por ejemplo) y ábrelo desde allí; comparte entre dispositivos solo la carpeta de sincronización.
app-backup-now = Hacer una copia ahora

app-close = Cerrar
app-loading = Cargando…
app-total = Total
app-chart-save-title = Guardar el gráfico (.png o .svg)
app-chart-saved = Guardado en { $path }.
app-chart-save = Guardar como PNG o SVG…
app-history-of = Historial de { $id }
app-error-file-problems = El archivo tiene problemas:
app-error-please-fix = Corrige lo siguiente:
app-pager-first = Primera
app-pager-previous = Anterior
app-pager-next = Siguiente
app-pager-last = Última
app-pager-range = { $first }–{ $last } de { $total }
app-plan-revenue = Ingreso
app-plan-equation = ecuación de valor «{ $name }»
app-plan-bucket = Partida
app-plan-recipient = Destinatario
app-plan-amount = Importe
app-plan-weight = Peso
app-plan-share = Parte de la partida
app-plan-capped-title = Limitado al tope de la partida: el resto de su parte fue a los demás según su peso
app-plan-capped = en el tope
app-plan-stage-title = Parte de este peso se contó al porcentaje de la etapa
app-plan-stage = etapa { $stage }
app-plan-exact-weight = peso exacto: { $weight }
app-plan-hide = Ocultar
app-plan-why = ¿Por qué?
app-plan-behind = Aportaciones detrás del peso de { $recipient } en «{ $bucket }»:
app-plan-formula = valor = cantidad × tarifa × multiplicador
app-plan-formula-stage = { " " }× etapa
app-plan-formula-decay = { " " }× reducción semanal
app-plan-none-eligible = No hay aportaciones que cuenten aquí.
app-plan-col-contribution = Aportación
app-plan-col-date = Fecha
app-plan-col-kind = Tipo
app-plan-col-quantity = Cantidad
app-plan-col-rate = Tarifa
app-plan-col-multiplier = Multiplicador
app-plan-col-value = Valor
app-plan-col-decay = Reducción
app-plan-col-stage = Etapa
app-plan-col-left = Baja
app-plan-nothing-placed = nada asignado
app-plan-totals = Totales por destinatario

app-project = Proyecto
app-all-projects = todos los proyectos
app-from = Desde
app-to = Hasta
app-file = Archivo
app-choose = Elegir…
app-choose-a-file = elige un archivo
app-save = Guardar
app-never = nunca
app-whole-number = un número entero, 0 o más

app-balances-title = Saldos pendientes
app-balances-intro = Lo ganado es lo que asignaron los repartos confirmados y no anulados; pendiente = ganado − pagado. Importes en { $code }.
app-balances-which = Qué saldos
app-balances-as-of = A fecha de
app-balances-as-of-placeholder = Vacío: hoy
app-balances-scope-now = Todo hasta ahora
app-balances-scope-date = Ingresos y pagos con fecha hasta el { $date }
app-balances-scope-project = ; lo ganado solo de los repartos de { $project }.
app-balances-project-note = Los pagos se hacen a una cuenta, no a un proyecto, así que lo pagado y lo pendiente no se pueden separar por proyecto: aquí solo se ve lo que asignaron los repartos de { $project }. Elige «todos los proyectos» para ver lo pagado y lo pendiente.
app-balances-account = Cuenta
app-balances-name = Nombre
app-balances-type = Tipo
app-balances-type-member = miembro
app-balances-type-fund = fondo
app-balances-earned = Ganado
app-balances-paid = Pagado
app-balances-owed = Pendiente
app-balances-pay = Pagar…
app-balances-advance-title = Se pagó más de lo ganado: la diferencia es un adelanto sobre lo próximo que gane { $account }
app-balances-advance = { $amount } pagados por adelantado
app-balances-none-project = Todavía no se ha repartido nada de { $project }.
app-balances-none = Todavía no hay cuentas.

app-export-contributions = Aportaciones (CSV)
app-export-allocations = Asignaciones (CSV)
app-export-balances = Saldos (CSV)
app-export-payouts = Pagos (CSV)
app-export-journal = Diario por partida doble (CSV)
app-export-hledger = Diario de hledger (texto plano)
app-export-save-title = Exportar { $report }
app-export-wrote = { $count ->
    [one] Se ha escrito { $count } fila en { $path }.
   *[other] Se han escrito { $count } filas en { $path }.
}
app-export-reports = Informes
app-export-chart = Gráfico
app-export-chart-contributions = Aportaciones por tipo y mes
app-export-chart-shares = Valor acumulado y parte de cada miembro
app-export-chart-shares-alt = Valor acumulado y parte por miembro
app-export-title = Exportar
app-export-intro = Para la gestoría y la asamblea: CSV con el separador y la marca decimal que lee tu hoja de cálculo, o un diario contable en texto plano. El texto que una hoja de cálculo podría ejecutar como fórmula se neutraliza.
app-export-report = Informe
app-export-locale = Formato regional
app-export-locale-point = { $locale } — «,» y «.»
app-export-locale-comma = { $locale } — «;» y «,»
app-export-bom = Marca de orden de bytes (Excel)
app-export-any = cualquiera
app-export-all = todos
app-export-run = Exportar…

app-import-title = Importar
app-import-intro = CSV en UTF-8 con una fila de cabecera: separado por comas, con decimales con «.» y fechas AAAA-MM-DD, o como lo guarda una hoja de cálculo en español, catalán, francés, alemán, italiano, portugués o neerlandés («;», coma decimal, fechas como 31/03/2026): el formato se detecta en el archivo. Se importa el archivo entero o nada; importar otra vez el mismo archivo no añade nada.
app-import-detected = { $description } (tal como se escribe en { $locales })
app-import-choose-title = Elige { $file }
app-import-file-type = Tipo de archivo
app-import-dry-run = Prueba (solo comprobar, sin escribir nada)
app-import-ignore-unknown = Ignorar las columnas desconocidas
app-import-check = Comprobar el archivo
app-import-run = Importar
app-import-phase-reading = leyendo
app-import-phase-checking = comprobando
app-import-phase-writing = escribiendo
app-import-phase-indexing = indexando
app-import-progress = { $phase }…
app-import-progress-of = { $count ->
    [one] { $phase } { $done } de { $total } fila…
   *[other] { $phase } { $done } de { $total } filas…
}
app-import-progress-rows = { $count ->
    [one] { $phase } { $done } fila…
   *[other] { $phase } { $done } filas…
}

app-ledger-backup-title = Copia de seguridad del libro de cuentas
app-ledger-backed-up = Copia de seguridad guardada en { $path }.
app-ledger-approvals-saved = { $count ->
    [one] Ahora las aportaciones necesitan { $count } aprobación para contar.
   *[other] Ahora las aportaciones necesitan { $count } aprobaciones para contar.
}
app-ledger-cooperative = Cooperativa
app-ledger-currency = Moneda
app-ledger-currency-scale = { $count ->
    [one] { $code } ({ $count } decimal)
   *[other] { $code } ({ $count } decimales)
}
app-ledger-last-backup = Última copia de seguridad
app-ledger-backup-when = { $count ->
    [one] { $when } (hace { $count } día)
   *[other] { $when } (hace { $count } días)
}
app-ledger-backup = Hacer una copia de seguridad…
app-ledger-verify = Verificar las cuentas
app-ledger-switch = Abrir o crear otro libro de cuentas…
app-ledger-backup-hint = Una copia de seguridad es una copia coherente hecha con el libro de cuentas abierto; guárdala en otro disco.
app-ledger-about = Acerca de
app-ledger-schema = esquema del libro de cuentas
app-ledger-about-text = un libro de cuentas escrito por una versión anterior se actualiza a este esquema al abrirlo; la línea de comandos muestra la misma versión. Software libre bajo la AGPL 3.0 o posterior.
app-ledger-approvals = Aprobaciones
app-ledger-approvals-label = Aprobaciones de otros miembros que necesita una aportación para contar
app-ledger-verify-ok = Correcto: { $entries } entradas del diario de { $devices ->
    [one] { $devices } dispositivo
   *[other] { $devices } dispositivos
}, { $contributions ->
    [one] { $contributions } aportación
   *[other] { $contributions } aportaciones
}; todas las cadenas de hash y tablas derivadas coinciden con el diario.
app-ledger-verify-problems = { $count ->
    [one] La verificación encontró { $count } problema:
   *[other] La verificación encontró { $count } problemas:
}

app-choose-dash = — elige —
app-first-scale-range = de 0 a 4
app-first-open = Abrir un libro de cuentas
app-first-open-invitation = Abrir la invitación
app-first-where = Dónde crear el libro de cuentas
app-first-tagline = Contabilidad de valor abierta para pequeñas cooperativas: registra las aportaciones, valóralas según vuestros propios criterios y reparte los ingresos hasta el céntimo.
app-first-back = ← Volver a { $name }
app-first-create = Crear un libro de cuentas
app-first-name = Nombre de la cooperativa
app-first-name-placeholder = Cooperativa Laboratorio
app-first-decimals = Decimales
app-first-decimals-note = (solo monedas no ISO)
app-first-approvals = Aprobaciones necesarias
app-first-create-submit = Crear el libro de cuentas
app-first-open-hint = Un archivo .openvalue en este ordenador o en una unidad compartida.
app-first-open-submit = Abrir
app-first-join = Empezar con una invitación
app-first-join-hint = Otro dispositivo de la cooperativa ha invitado a este: ha escrito un archivo de invitación (.ovinvite). Este dispositivo tendrá su propia copia del libro de cuentas.
app-first-invitation = Invitación
app-first-join-path = Archivo del libro de cuentas en este dispositivo
app-first-join-submit = Poner en marcha este dispositivo
app-first-demo = Explorar una demostración
app-first-demo-hint = Una cooperativa inventada: doce miembros y un fondo común, tres proyectos, dieciocho meses de aportaciones, ingresos y repartos.
app-first-demo-submit = Crear el libro de demostración
app-first-demo-open = Abrir el archivo existente

app-eq-the-default = la ecuación por defecto del libro
app-eq-saved = Guardada para { $target } desde el principio.
app-eq-saved-from = Guardada para { $target } desde el { $date }.
app-eq-intro = Una ecuación de valor divide los ingresos de un proyecto en partidas: un fondo, reembolsos, o miembros según un criterio (lifetime, period, recent, balanced, equal, o peer: según el GIVE que recibieron los miembros). Un proyecto sin ecuación propia usa la del libro por defecto.
app-eq-for = Para
app-eq-ledger-default = por defecto del libro
app-eq-in-force-from = En vigor desde
app-eq-beginning = el principio
app-eq-save = Guardar la ecuación
app-eq-form = Formulario
app-eq-share = Parte
app-eq-goes-to = Va a
app-eq-kinds = Tipos
app-eq-kinds-title = Solo estos tipos, separados por comas; vacío: todos los tipos que cuentan
app-eq-cap = Tope
app-eq-cap-title = Lo máximo que una persona recibe de esta partida: un porcentaje de ella o un importe
app-eq-decay = Reducción / entre
app-eq-decay-title = recent: reducción semanal · equal: entre quiénes se reparte
app-eq-name-placeholder = nombre
app-eq-kind-policy = miembros
app-eq-kind-policy-title = se reparte entre los miembros según un criterio
app-eq-kind-fund = fondo
app-eq-kind-fund-title = todo a un fondo
app-eq-kind-reimburse = reembolso
app-eq-kind-reimburse-title = devuelve los gastos reembolsables, los más antiguos primero
app-eq-kind-repay = devolución
app-eq-kind-repay-title = paga el trabajo diferido, el más antiguo primero
app-eq-choose-fund = — fondo —
app-eq-oldest-first = créditos pendientes más antiguos primero
app-eq-all-kinds = todos
app-eq-no-cap = sin tope
app-eq-among-contributors = quienes aportaron
app-eq-among-members = miembros
app-eq-remove-bucket = Quitar esta partida
app-eq-add-bucket = Añadir una partida
app-eq-form-help = Las partes son porcentajes como 10% o «rest» para lo que queda. Un tope es un porcentaje de la partida (25%) o un importe (400).
app-eq-form-error = El texto no es una ecuación que el formulario pueda mostrar ({ $error }); corrígelo en la vista TOML.
app-eq-line-column = línea { $line }, columna { $column }:
app-eq-valid = ✓ La ecuación es válida.
app-eq-versions-default = Versiones de la ecuación por defecto
app-eq-versions-of = Versiones de { $project }
app-eq-no-default = Todavía no hay ecuación por defecto.
app-eq-none-default-applies = Ninguna: se aplica la del libro por defecto.
app-eq-load = Cargar
app-eq-preview-title = Vista previa sobre un ingreso
app-eq-preview = Vista previa
app-eq-preview-hint = Muestra lo que daría este texto; no se escribe nada.

app-cancel-esc = Cancelar (Esc)
app-contrib-unit-hours = horas
app-contrib-saved = Guardado: { $amount } de { $what } a nombre de { $member } en { $project } ({ $id }).
app-contrib-timer-refused = El cronómetro registra horas; { $kind } se mide en { $unit }.
app-contrib-date = Fecha
app-contrib-member = Miembro
app-contrib-kind = Tipo
app-contrib-quantity = Cantidad
app-contrib-status = Estado
app-contrib-note = Nota
app-contrib-id = Id
app-contrib-actions = Acciones
app-contrib-setup-members = Añadir miembros
app-contrib-setup-members-why = quién aporta (y un fondo, si parte de los ingresos va a un bote común)
app-contrib-setup-projects = Añadir un proyecto
app-contrib-setup-projects-why = para qué son el trabajo y los ingresos
app-contrib-setup-kinds = Añadir tipos de aportación
app-contrib-setup-kinds-why = horas de trabajo, dinero, palabras traducidas… cada uno con la tarifa a la que se valora
app-contrib-status-counts = cuenta
app-contrib-status-pending = pendiente de revisión
app-contrib-status-rejected = rechazada
app-contrib-status-void = anulada
app-contrib-choose-reviewer-first = elige primero quién revisa («Revisar como»)
app-contrib-choose-valuer-first = elige primero quién la valora («Revisar como»)
app-contrib-voided = Anulada: { $quantity } de { $kind } a nombre de { $member } del { $date } ({ $id }). Sigue en la lista, tachada; su historial muestra quién la anuló.
app-contrib-valued-zero = Sigue en 0 hasta que miembros con más de la mitad de la reputación la valoren por encima de 0: quien no da valoración cuenta como si valorara 0.
app-contrib-valued = { $by } ha valorado la aportación { $kind } de { $member } del { $date } en { $amount }; ahora su valor es { $value }.
app-contrib-own-value = nadie valora su propia aportación
app-contrib-getting-started = Primeros pasos
app-contrib-getting-started-text = Las aportaciones las registra un miembro, en un proyecto, como un tipo de aportación con su tarifa. Prepara esto primero:
app-contrib-done = hecho
app-contrib-then = Después registra aquí las aportaciones. La cooperativa de demostración ({ $ledger } → { $switch } → { $demo }) lo muestra todo ya rellenado.
app-contrib-log = Registrar una aportación
app-contrib-save = Guardar ⏎
app-contrib-timer-title = Pon en marcha un cronómetro; al pararlo rellena las horas
app-contrib-timer-start = Iniciar cronómetro
app-contrib-timer-stop = Parar { $elapsed }
app-contrib-warnings-again = Pulsa Guardar (o Intro) otra vez para guardarla tal cual, o cámbiala.
app-contrib-filters = Filtros
app-contrib-filter-all = todas (las anuladas, tachadas)
app-contrib-filter-standing = todas menos las anuladas
app-contrib-search = Buscar en las notas
app-contrib-search-placeholder = texto de la nota
app-contrib-review-as = Revisar como
app-contrib-sort-title = Ordenar por { $column }; otro clic invierte el orden
app-contrib-valued-short = valorada en { $value }
app-contrib-status-title = { $approvals ->
    [one] { $approvals } aprobación
   *[other] { $approvals } aprobaciones
}, { $rejections ->
    [one] { $rejections } rechazo
   *[other] { $rejections } rechazos
} desde la revisión { $revision }
app-contrib-history = Historial
app-contrib-approve = Aprobar
app-contrib-reject = Rechazar
app-contrib-value-this = Valorar
app-contrib-correct = Corregir
app-contrib-void = Anular…
app-contrib-void-question = ¿Anular { $quantity } de { $kind } a nombre de { $member } del { $date }?
app-contrib-void-text = Deja de contar: los repartos a partir de ahora la dejan fuera y sus aprobaciones ya no importan. Sigue en esta lista, tachada, y su historial registra quién la anuló y cuándo. Una anulación no se puede deshacer: para que este trabajo vuelva a contar, regístralo de nuevo.
app-contrib-void-confirm = Sí, anularla
app-contrib-value-question = ¿Cuánto vale para ti la aportación { $kind } de { $member } del { $date }, en { $code }?
app-contrib-value-now = Ahora su valor es
app-contrib-value-explained = : las valoraciones de los miembros ponderadas por su reputación, el valor más bajo que alcanza al menos la mitad de la reputación. Quien no da ninguna cuenta como si valorara 0; una valoración tuya posterior sustituye a esta.
app-contrib-your-valuation = Tu valoración
app-contrib-their-valuation = Valoración de { $who }
app-contrib-choose-reviewer = (elige «Revisar como»)
app-contrib-value-it = Valorar
app-contrib-reject-why-you = ¿Por qué la rechazas?
app-contrib-reject-why = ¿Por qué la rechaza { $who }?
app-contrib-leave-empty = Deja un campo vacío para conservarlo.
app-contrib-save-correction = Guardar la corrección
app-contrib-none = Ninguna aportación coincide.

app-event-pins-differ = los dos PIN no coinciden: escribe el mismo PIN dos veces
app-event-pin-set = PIN guardado en este dispositivo. Ahora inicia sesión con él.
app-event-shift-logged = Turno registrado ({ $id }).
app-event-saved = Guardado: { $quantity } de { $kind } en { $project } ({ $id }).
app-event-mode = Modo evento
app-event-leave-button = Salir del modo evento…
app-event-signed-in = Sesión iniciada:
app-event-done = Listo: cerrar sesión
app-event-leave = Salir del modo evento
app-event-leave-hint = Alguien de coordinación (o superior) escribe su frase de contraseña.
app-event-coordinator = Coordinación
app-event-passphrase = Frase de contraseña
app-event-locked = Bloqueado tras demasiados PIN erróneos: inténtalo de nuevo dentro de { $seconds } s.
app-event-locked-short = bloqueado { $seconds } s
app-event-your-pin = Tu PIN
app-event-sign-in = Iniciar sesión
app-event-no-pin = Todavía no hay PIN en este dispositivo.
app-event-no-pin-passphrase = Escribe tu frase de contraseña una vez y después elige un PIN de 4 a 12 cifras.
app-event-no-pin-choose = Elige un PIN de 4 a 12 cifras.
app-event-new-pin = Nuevo PIN
app-event-pin-again = Repite el PIN
app-event-set-pin = Guardar el PIN
app-event-back = Volver a la lista completa
app-event-find = Busca tu nombre
app-event-find-placeholder = Busca tu nombre…
app-event-nobody = Nadie coincide con «{ $search }».
app-event-my-shift = Mi turno
app-event-shift-since = { $kind } en { $project }, desde { $since }
app-event-stop = Parar y registrar mis horas
app-event-start-shift = Empezar mi turno
app-event-my-totals = Mis totales
app-event-value-counts = Valor que cuenta:
app-event-owed = Pendiente de pagarte:
app-event-contributions = Aportaciones:
app-event-waiting = ({ $count } pendientes de revisión)
app-event-measure-hours = horas
app-event-measure-money = dinero
app-event-measure-quantity = cantidad


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens

# Números escritos en un campo (ui/src/lib/numbers.ts).
app-input-required = obligatorio
app-input-negative = no puede ser negativo: escríbelo sin signo
app-input-not-a-number = escribe un número, por ejemplo { $example }
app-input-wrong-separator = aquí no se usa «{ $symbol }»: escribe los decimales tras «{ $decimal }», por ejemplo { $example }
app-input-bad-grouping = agrupa los millares de tres en tres, o no los agrupes, por ejemplo { $example }
app-input-whole = no se admiten decimales
app-input-places = { $places ->
    [one] como máximo { $places } decimal
   *[other] como máximo { $places } decimales
}
app-input-positive = tiene que ser mayor que cero
app-input-field-problem = { $field }: { $problem }
app-input-handle = usa de 1 a 32 letras minúsculas, cifras, «_» o «-»
app-input-date-format = escribe AAAA-MM-DD, por ejemplo 2026-03-31
app-input-date-missing = { $date } no es una fecha

# Proyectos
app-projects-title = Proyectos
app-projects-add-title = Añadir un proyecto
app-projects-code = Código
app-projects-code-placeholder = festival
app-projects-name = Nombre
app-projects-name-placeholder = Festival de verano
app-projects-parent = Proyecto padre
app-projects-parent-none = (ninguno)
app-projects-add = Añadir
app-projects-added = Proyecto { $code } añadido.
app-projects-empty = Todavía no hay proyectos.
app-projects-parent-note = Un proyecto padre no transmite nada: el ingreso de cada proyecto se reparte según sus propias aportaciones y su ecuación de valor.

# Inicio de sesión
app-signin-title = Iniciar sesión en { $ledger }
app-signin-intro = Esta cooperativa firma cada cambio con el nombre del miembro que lo hace.
app-signin-who = ¿Quién eres?
app-signin-choose = — elige tu nombre —
app-signin-passphrase = Frase de contraseña
app-signin-checking = Comprobando…
app-signin-submit = Iniciar sesión
app-signin-switch = Abrir otro libro de cuentas…

# Pagos
app-payouts-title = Pagos
app-payouts-record-title = Registrar dinero pagado
app-payouts-to = Para
app-payouts-choose = — elige —
app-payouts-account-option = { $handle } ({ $type })
app-payouts-type-member = miembro
app-payouts-type-fund = fondo
app-payouts-amount-in = Importe ({ $currency })
app-payouts-amount = Importe
app-payouts-date = Fecha
app-payouts-method = Forma de pago
app-payouts-method-default = transferencia
app-payouts-note = Nota
app-payouts-status = Estado
app-payouts-record = Registrar el pago
app-payouts-recorded = Pago de { $amount } { $currency } a { $account } registrado.
app-payouts-overpay-title = Este pago supera lo pendiente.
app-payouts-overpay-yes = Sí, registrarlo
app-payouts-cancel = Cancelar (Esc)
app-payouts-status-void = anulado
app-payouts-status-paid = pagado
app-payouts-void = Anular…
app-payouts-void-question = ¿Anular el pago de { $amount } { $currency } a { $account } del { $date }?
app-payouts-void-explain = Hazlo con un pago registrado por error (el dinero nunca salió). Dejará de contar como pagado, así que a { $account } se le deberán { $amount } más. Sigue en la lista, tachado. Una anulación no se puede deshacer: si al final el dinero sí se pagó, vuelve a registrar el pago.
app-payouts-void-yes = Sí, anularlo
app-payouts-voided = Pago de { $amount } { $currency } a { $account } del { $date } anulado: ya no cuenta como pagado, así que vuelve a estar pendiente para { $account }. Sigue en la lista, tachado.
app-payouts-empty = Todavía no hay pagos.

# Ingresos
app-revenues-title = Ingresos
app-revenues-record-title = Registrar un ingreso
app-revenues-project = Proyecto
app-revenues-choose = — elige —
app-revenues-amount-in = Importe ({ $currency })
app-revenues-amount = Importe
app-revenues-date = Fecha
app-revenues-id = Id
app-revenues-id-placeholder = opcional
app-revenues-note = Nota
app-revenues-record = Registrar
app-revenues-recorded = Ingreso { $id } registrado.
app-revenues-status = Estado
app-revenues-status-distributed = repartido
app-revenues-status-open = abierto
app-revenues-status-reversed = anulado
app-revenues-reversed-title = Repartos anulados: { $ids }
app-revenues-reversed-count = { $count ->
    [one] { $count } anulado
   *[other] { $count } anulados
}
app-revenues-empty = Todavía no hay ingresos.
app-revenues-choose-one = Elige un ingreso para ver la vista previa de su reparto, confirmarlo o anularlo.
app-revenues-reversed-line = ({ $equation }) — sus asignaciones ya no cuentan
app-revenues-distributed-as = Repartido como
app-revenues-reverse = Anular el reparto…
app-revenues-reverse-question = ¿Anular el reparto { $id }?
app-revenues-reverse-explain = Sus asignaciones se cancelan: lo que dio a cada miembro y fondo deja de contar en lo que se les debe (los pagos ya hechos se mantienen). Después el ingreso se puede volver a repartir. El reparto anulado sigue en la lista como anulado.
app-revenues-reverse-yes = Sí, anularlo
app-revenues-reverse-keep = Mantenerlo (Esc)
app-revenues-reversed-notice = Reparto { $id } anulado: sus asignaciones ya no cuentan y el ingreso se puede volver a repartir. Sigue en la lista de abajo como anulado.
app-revenues-chart-distribution = Reparto por destinatario y partida
app-revenues-preview = Vista previa del reparto
app-revenues-commit = Confirmar este reparto
app-revenues-preview-note = Vista previa: no se guarda nada hasta que lo confirmes.
app-revenues-chart-preview = Vista previa: reparto de este ingreso por destinatario y partida

# Recursos
app-resources-title = Recursos
app-resources-intro = Equipos que son de los miembros o de los fondos de la cooperativa, como una cortadora láser. Un uso en un proyecto vale cantidad × tarifa, repartido entre los propietarios según sus partes: los miembros ganan con él del ingreso del proyecto como con cualquier aportación, y la parte de un fondo se devuelve con una partida repay.
app-resources-code = Código
app-resources-code-placeholder = laser
app-resources-name = Nombre
app-resources-name-placeholder = Cortadora láser
app-resources-rate = Tarifa
app-resources-unit = Unidad
app-resources-unit-default = horas
app-resources-owners = Propietarios
app-resources-owners-shares = Propietarios (partes)
app-resources-owners-title = Miembros o fondos, cada uno con una parte entera (1 si no se indica): ana:2, ben, comun
app-resources-owners-placeholder = ana:2, ben, comun
app-resources-empty = Todavía no hay recursos.
app-resources-add-title = Añadir un recurso
app-resources-add = Añadir
app-resources-added = Recurso { $code } añadido.
app-resources-log-title = Anotar un uso
app-resources-resource = Recurso
app-resources-project = Proyecto
app-resources-quantity = Cantidad
app-resources-date = Fecha
app-resources-date-empty = Vacío: hoy
app-resources-by = Por
app-resources-by-none = sin indicar
app-resources-log = Anotar el uso
app-resources-logged = Uso anotado: { $quantity } { $unit } de { $resource } en { $project }.
app-resources-uses = Usos
app-resources-quantity-rate = Cantidad × tarifa
app-resources-credits = Abonos
app-resources-uses-empty = Todavía no hay usos.

# Fichas
app-tokens-title = Fichas
app-tokens-intro = Una ficha comunitaria se gana aportando —tantas por unidad del valor del trabajo que cuenta— y se envía entre miembros a cambio de sus servicios. Nunca es dinero: no entra en los saldos, los pagos ni las exportaciones contables.
app-tokens-empty = Todavía no hay fichas.
app-tokens-define-below = Define una abajo.
app-tokens-token = Ficha
app-tokens-about = { $perValue } { $code } por unidad de valor que cuenta; importes con { $scale ->
    [one] { $scale } decimal
   *[other] { $scale } decimales
}. Una anulación o un rechazo retira lo que ganó ese trabajo.
app-tokens-member = Miembro
app-tokens-balance = Saldo
app-tokens-send-title = Enviar { $code }
app-tokens-from = De
app-tokens-to = Para
app-tokens-amount = Cantidad
app-tokens-date = Fecha
app-tokens-date-empty = Vacío: hoy
app-tokens-note = Nota
app-tokens-note-placeholder = arreglo de la bici
app-tokens-sender-has = { $sender } tiene { $balance } { $code }.
app-tokens-send = Enviar
app-tokens-sent-notice = { $sender } ha enviado { $amount } { $token } a { $to }.
app-tokens-history = Historial
app-tokens-show-earned = También lo que ganó cada aportación ({ $count })
app-tokens-what = Qué
app-tokens-move-earned = ganado por aportación
app-tokens-move-sent = enviado
app-tokens-contribution = aportación
app-tokens-moves-empty-all = Todavía no se ha ganado ni enviado nada.
app-tokens-moves-empty = Todavía no se ha enviado nada.
app-tokens-chart = Saldos de { $name } a lo largo del tiempo
app-tokens-define-title = Definir una ficha
app-tokens-define-note = Una definición no cambia nunca. La gana el trabajo que cuenta de cada miembro, también el pasado.
app-tokens-code = Código
app-tokens-code-placeholder = eco
app-tokens-name = Nombre
app-tokens-name-placeholder = Ecos
app-tokens-decimals = Decimales
app-tokens-decimals-title = Decimales de sus cantidades
app-tokens-per-value = Por unidad de valor
app-tokens-per-value-title = Fichas por unidad de valor que cuenta (como máximo 4 decimales)
app-tokens-define = Definir
app-tokens-defined = Ficha { $code } definida: los miembros ganan { $perValue } por unidad de valor que cuenta, también por todo su trabajo pasado.

# Tipos y tarifas
app-kinds-title = Tipos y tarifas
app-kinds-intro = Una tarifa o un multiplicador nuevos llevan una fecha de entrada en vigor: valoran las aportaciones con esa fecha o posterior, y nunca revalorizan las anteriores.
app-kinds-code = Código
app-kinds-code-placeholder = cuidados
app-kinds-name = Nombre
app-kinds-name-placeholder = Trabajo de cuidados
app-kinds-measure = Medida
app-kinds-measure-hours = horas
app-kinds-measure-money = dinero
app-kinds-measure-quantity = cantidad
app-kinds-flags = Características
app-kinds-flag-gift = donación
app-kinds-flag-reimbursable = reembolsable
app-kinds-flag-deferred = diferido
app-kinds-flag-peers = valorado entre pares
app-kinds-history = Historial de tarifas (desde → tarifa × multiplicador)
app-kinds-beginning = el principio
app-kinds-new-rate = Nueva tarifa…
app-kinds-rate = Tarifa
app-kinds-rate-by-peers = entre pares
app-kinds-multiplier = Multiplicador
app-kinds-multiplier-high = Con un multiplicador de { $multiplier }, una unidad de este tipo cuenta tanto como { $multiplier } unidades de trabajo normal.
app-kinds-multiplier-low = Con un multiplicador de { $multiplier }, este tipo casi no cuenta.
app-kinds-effective-from = En vigor desde
app-kinds-add-rate = Añadir la tarifa
app-kinds-cancel = Cancelar
app-kinds-empty = Todavía no hay tipos: añade los tipos de aportación que reconoce tu cooperativa.
app-kinds-add-title = Añadir un tipo
app-kinds-unit = Unidad
app-kinds-unit-placeholder = palabras
app-kinds-from = Desde
app-kinds-from-empty = Vacío: desde el principio
app-kinds-gift = Donación (se valora, no da parte)
app-kinds-reimbursable = Reembolsable (dinero que se devuelve)
app-kinds-deferred = Diferido (se devuelve más adelante con una partida repay)
app-kinds-deferred-title = Se valora ahora y se devuelve más adelante con los ingresos mediante una partida repay (lo más antiguo primero); no da parte
app-kinds-peers = Valorado entre pares (sin tarifa)
app-kinds-peers-title = Sin tarifa: los demás miembros valoran cada aportación (en la pantalla de aportaciones), y vale la mediana de sus valoraciones ponderada por la reputación
app-kinds-add = Añadir el tipo
app-kinds-added = Tipo { $code } añadido.
app-kinds-peers-no-rate = un tipo valorado entre pares no tiene tarifa: déjala vacía
app-kinds-only-money-reimbursable = solo los tipos de dinero pueden ser reembolsables
app-kinds-one-of-flags = un tipo es como mucho una de estas cosas: donación, reembolsable o diferido

# Miembros y fondos
app-members-title = Miembros y fondos
app-members-add-title = Añadir un miembro o un fondo
app-members-handle = Identificador
app-members-handle-placeholder = ana
app-members-name = Nombre
app-members-name-placeholder = Ana Puig
app-members-type = Tipo de cuenta
app-members-type-member = miembro
app-members-type-fund = fondo
app-members-joined = Fecha de alta
app-members-add = Añadir
app-members-added-member = Miembro { $handle } añadido.
app-members-added-fund = Fondo { $handle } añadido.
app-members-members-count = Miembros ({ $count })
app-members-status = Estado
app-members-status-active = activo
app-members-status-left = de baja
app-members-stage-today = Etapa hoy
app-members-reputation = Reputación
app-members-reputation-title = 1 + el valor entero del trabajo que cuenta del miembro (sin donaciones, gastos ni trabajo valorado entre pares), hoy: pondera sus valoraciones del trabajo de los demás valorado entre pares
app-members-leaves = Se da de baja…
app-members-rejoins = Vuelve…
app-members-rejoin-explain = { $name } vuelve a ser miembro activo. El trabajo con fecha desde entonces cuenta con normalidad; lo que se revalorizó antes se queda así.
app-members-leave-explain = { $name } se da de baja de la cooperativa. El motivo de la baja decide lo que su trabajo pasado gana de los ingresos posteriores:
app-members-good-reason = Con causa justificada
app-members-good-reason-explain = todo lo que aportó conserva su valor en cada reparto posterior.
app-members-bad-reason = Sin causa justificada
app-members-bad-reason-explain = para los ingresos desde esta fecha, solo cuenta el dinero que aportó, por su valor simple (multiplicador 1); sus horas y el resto de su trabajo ya no dan parte.
app-members-active-again-from = Activo de nuevo desde
app-members-left-on = Fecha de baja
app-members-date-empty = Vacío: hoy
app-members-today = hoy
app-members-rejoin = Volver a darlo de alta
app-members-confirm-leaving = Confirmar la baja
app-members-cancel = Cancelar
app-members-empty = Todavía no hay miembros.
app-members-stages = Etapas
app-members-stages-intro = Una etapa valora el trabajo de ciertos tipos de un miembro a un porcentaje mientras está en ella — la fase de “noviazgo” de un miembro nuevo al 50 %, luego al 75 %. Las aportaciones se valoran según la etapa vigente en su fecha.
app-members-stage = Etapa
app-members-percent = Porcentaje
app-members-kinds = Tipos
app-members-members-today = Miembros hoy
app-members-stage-since = { $code } ({ $percent } %) desde el { $since }
app-members-member-since = { $member } (desde el { $since })
app-members-stages-empty = No hay etapas: cada aportación cuenta al 100 %.
app-members-stage-history = Historial de etapas
app-members-member = Miembro
app-members-from = Desde
app-members-stage-none = ninguna (100 %)
app-members-define-stage-title = Definir una etapa
app-members-code = Código
app-members-stage-code-placeholder = noviazgo
app-members-kinds-placeholder = todos los que dan parte
app-members-define = Definir
app-members-stage-defined = Etapa { $code } definida.
app-members-put-in-stage-title = Poner a un miembro en una etapa
app-members-set = Aplicar
app-members-no-stage-from = { $member } no tiene etapa desde { $from }.
app-members-in-stage-from = { $member } está en la etapa { $stage } desde { $from }.
app-members-funds-count = Fondos ({ $count })
app-members-funds-empty = Todavía no hay fondos. Un fondo común recibe una parte de los ingresos mediante una ecuación de valor.

# Círculos de GIVE
app-give-intro = En una ronda de GIVE cada miembro reparte un presupuesto de GIVE entre los demás por su papel en un proyecto. Cuando la ronda ha terminado y se cierra, una partida peer de la ecuación de valor del proyecto reparte los ingresos según el GIVE que recibió cada miembro. El GIVE que un miembro no da se pierde al cerrar.
app-give-no-epochs = Todavía no hay rondas.
app-give-open-below = Abre una abajo.
app-give-epoch = Ronda
app-give-epoch-option = { $epoch } — { $project }, del { $from } al { $to }
app-give-epoch-option-closed = { $epoch } — { $project }, del { $from } al { $to } (cerrada)
app-give-state-closed = cerrada
app-give-state-ended = terminada, sin cerrar
app-give-state-open = abierta
app-give-project = Proyecto
app-give-epoch-terms = del { $from } al { $to }; cada miembro da { $give } GIVE.
app-give-ended-close-it = Ha terminado: ciérrala para que su GIVE cuente en los repartos (un reparto con una partida peer se rechaza mientras siga abierta).
app-give-close-from = Se puede cerrar a partir del día siguiente al { $to }.
app-give-close = Cerrar la ronda
app-give-closed-notice = { $epoch } cerrada: su GIVE ya cuenta en las partidas peer del proyecto { $project }.
app-give-your-gifts = Tus entregas de GIVE
app-give-gifts = Entregas de GIVE
app-give-who-gives = Quién da
app-give-no-receivers = No hay ningún otro miembro activo a quien dar.
app-give-left = Te quedan { $remaining } de { $give } GIVE por dar
app-give-over = { $over } GIVE por encima del presupuesto de { $give }: baja alguna cantidad
app-give-to = Para
app-give-or-slide = …o desliza
app-give-thanks = Unas palabras de agradecimiento (solo las ve quien las recibe)
app-give-thanks-placeholder = por los turnos de noche
app-give-amount-to = GIVE para { $to }
app-give-slide-to = Desliza el GIVE para { $to }
app-give-bad-amount = GIVE para { $to }: escribe un número entero, por ejemplo 20 (0 no da nada).
app-give-save = Guardar
app-give-saved = Entregas de { $giver } en { $epoch } guardadas: { $given } de { $give } GIVE dados{ $remaining ->
    [0] .
   *[other] , { $remaining } sin usar (el GIVE que no se da se pierde al cerrar la ronda).
}
app-give-received = Recibido
app-give-hidden = Las entregas de los demás quedan ocultas hasta que se cierre la ronda; solo ves las tuyas.
app-give-member = Miembro
app-give-received-col = GIVE recibido
app-give-share = Parte
app-give-nobody-yet = Nadie ha dado GIVE todavía.
app-give-who-gave-whom = Quién dio a quién ({ $count })
app-give-chart = GIVE recibido en cada ronda de { $project }
app-give-open-title = Abrir una ronda
app-give-from = Desde
app-give-until = Hasta
app-give-each = GIVE por persona
app-give-each-title = GIVE entero que cada miembro da a los demás
app-give-id = Id
app-give-id-placeholder = automático
app-give-open = Abrir
app-give-opened = Ronda { $epoch } abierta: cada miembro tiene { $give } GIVE para dar hasta el { $to }.

# Mi cuenta
app-myaccount-title-own = Mi cuenta
app-myaccount-title-other = La cuenta de un miembro
app-myaccount-member = Miembro
app-myaccount-choose = — elige —
app-myaccount-role-member = miembro
app-myaccount-role-coordinator = coordinación
app-myaccount-role-treasurer = tesorería
app-myaccount-role-admin = administración
app-myaccount-statement-placeholder = archivo del extracto (.pdf o .html), o elige…
app-myaccount-statement-title = Dónde guardar el extracto: un archivo .pdf o .html; déjalo vacío para elegirlo en un diálogo
app-myaccount-save-statement = Guardar el extracto…
app-myaccount-save-dialog = Guardar el extracto
app-myaccount-statement-saved = Extracto guardado en
app-myaccount-value-counts = Valor que cuenta
app-myaccount-reputation = Reputación
app-myaccount-reputation-title = 1 + el valor entero de tu trabajo que cuenta (sin donaciones, gastos ni trabajo valorado entre pares): pondera tus valoraciones del trabajo de los demás valorado entre pares
app-myaccount-earned = Ganado
app-myaccount-paid = Pagado
app-myaccount-owed = Pendiente de cobrar
app-myaccount-shares-title = Mi parte de cada reparto
app-myaccount-shares-empty = Ningún reparto te ha dado una parte todavía.
app-myaccount-revenue = Ingreso
app-myaccount-date = Fecha
app-myaccount-project = Proyecto
app-myaccount-bucket = Partida
app-myaccount-amount = Importe
app-myaccount-weight = Peso
app-myaccount-reversed = anulado
app-myaccount-hide = Ocultar
app-myaccount-why = ¿Por qué?
app-myaccount-bucket-no-weights = Esta partida no pondera aportaciones (un fondo o una parte fija).
app-myaccount-contribution = Aportación
app-myaccount-kind = Tipo
app-myaccount-quantity = Cantidad
app-myaccount-rate = Tarifa
app-myaccount-value = Valor
app-myaccount-contributions-title = Mis aportaciones
app-myaccount-contributions-empty = Todavía no hay aportaciones.
app-myaccount-status = Estado
app-myaccount-why-rejected = Motivo del rechazo / nota
app-myaccount-id = Id
app-myaccount-status-counts = cuenta
app-myaccount-status-pending = pendiente de revisión
app-myaccount-status-rejected = rechazada
app-myaccount-status-void = anulada
app-myaccount-payouts-title = Pagos que he recibido
app-myaccount-payouts-empty = Todavía no se ha pagado nada.
app-myaccount-method = Forma de pago
app-myaccount-passphrase-own = Mi frase de contraseña
app-myaccount-passphrase-other = Frase de contraseña de { $name }
app-myaccount-passphrase-about-own = Sirve para iniciar tu sesión y para poner un PIN en un dispositivo en modo evento. Al menos 8 caracteres; nadie puede volver a leerla.
app-myaccount-passphrase-about-other = Sirve para iniciar la sesión de { $name } y para poner un PIN en un dispositivo en modo evento. Al menos 8 caracteres; nadie puede volver a leerla.
app-myaccount-new-passphrase = Nueva frase de contraseña
app-myaccount-again = Repítela
app-myaccount-set-passphrase = Guardar la frase de contraseña
app-myaccount-passphrase-done = Frase de contraseña guardada.
app-myaccount-passphrases-differ = las dos frases de contraseña no coinciden: escribe la misma dos veces

# Sincronizar entre dispositivos
app-sync-title = Sincronizar entre dispositivos
app-sync-intro = Cada dispositivo guarda su propia copia del libro de cuentas. Intercambian entradas a través de una carpeta compartida (Syncthing, Nextcloud, una memoria USB): cada dispositivo escribe allí solo su propio archivo y lee los de los demás.
app-sync-joined = Este dispositivo empezó con la invitación { $invitation }. Borra ese archivo ahora: contiene la clave de este dispositivo y nadie más debe empezar con él. Después elige abajo la carpeta compartida.
app-sync-shared-folder = Carpeta compartida
app-sync-folder = Carpeta
app-sync-folder-placeholder = /home/tu-usuario/Sync/cooperativa
app-sync-folder-required = elige la carpeta que comparten los dispositivos
app-sync-folder-dialog = La carpeta que comparten los dispositivos
app-sync-choose = Elegir…
app-sync-syncing = Sincronizando…
app-sync-now = Sincronizar ahora
app-sync-last = Última sincronización: { $at } ({ $ago }).
app-sync-every-minute = OpenValue sincroniza con esta carpeta cada minuto mientras está abierto.
app-sync-choose-then-sync = Elige la carpeta que comparten los dispositivos y sincroniza: a partir de entonces OpenValue sincroniza cada minuto mientras está abierto.
app-sync-not-admitted = El dispositivo { $id } todavía no está admitido
app-sync-not-admitted-rest = , así que no se han tomado sus entradas.
app-sync-laptop-id = dispositivo { $id }
app-sync-admit-this = Admitir este dispositivo…
app-sync-file-skipped = Se ha omitido { $file }: { $why }
app-sync-revoke-question = ¿Revocar { $name }?
app-sync-revoke-explain = Hazlo con un dispositivo perdido o sustituido. Sus entradas hasta ahora siguen contando; lo que escriba a partir de ahora se guarda pero nunca se aplica, en todos los dispositivos que sincronizan. No se puede deshacer: para volver a usar ese dispositivo, invítalo de nuevo.
app-sync-admit-question = ¿Admitir { $name }?
app-sync-admit-explain = Solo si conoces este dispositivo: su pantalla de sincronización muestra su id, { $id }. Una vez admitido, sus entradas cuentan como las de este dispositivo.
app-sync-revoke-name = Revocar { $name }
app-sync-admit-name = Admitir { $name }
app-sync-cancel = Cancelar (Esc)
app-sync-revoked-notice = { $name } revocado: sus entradas hasta el número { $last } cuentan; lo que escriba a partir de ahora se guarda pero nunca se aplica, en todos los dispositivos que sincronizan.
app-sync-admitted-notice = { $name } admitido. Sus entradas llegarán con la próxima sincronización.
app-sync-conflicts-heading = Conflictos
app-sync-no-conflicts = No hay conflictos: se aplican las entradas de todos los dispositivos.
app-sync-conflicts-intro = Una entrada que las reglas rechazan en el lugar que le toca en el orden compartido se guarda pero no se aplica. Todos los dispositivos muestran los mismos conflictos. Se resuelven con entradas nuevas, nunca editando.
app-sync-from = de
app-sync-this-laptop-paren = (este dispositivo)
app-sync-concerns = afecta a
app-sync-what-happened = Qué ha pasado
app-sync-what-to-do = Qué hacer
app-sync-open-revenue = Abrir el ingreso { $id }
app-sync-books-record = Las cuentas registran:
app-sync-entry = entrada
app-sync-laptops = Dispositivos
app-sync-this-laptop-label = Este dispositivo:
app-sync-id = id
app-sync-laptop = Dispositivo
app-sync-admitted = Admitido por
app-sync-entries = Entradas
app-sync-last-entry = Última entrada escrita
app-sync-last-sync = Última sincronización
app-sync-this-laptop = este dispositivo
app-sync-revoked = revocado
app-sync-revoked-title = Sus entradas hasta el número { $last } cuentan; lo posterior se guarda pero nunca se aplica
app-sync-never = nunca
app-sync-revoke = Revocar…
app-sync-devices-note = Entradas cuenta lo que cada dispositivo ha escrito y este dispositivo tiene; la última sincronización es cuándo escribió por última vez su archivo en la carpeta compartida.
app-sync-invite-title = Invitar a un dispositivo
app-sync-invite-intro = Escribe un archivo de invitación que pone en marcha el libro de cuentas en un dispositivo más. Llévalo allí (una memoria USB, un mensaje a ti mismo) y elige
app-sync-invite-intro-choice = Empezar con una invitación
app-sync-invite-intro-end = cuando OpenValue se abra por primera vez en ese dispositivo.
app-sync-invite-label = Nombre del nuevo dispositivo
app-sync-invite-label-placeholder = Portátil de Marta
app-sync-invite-label-required = ponle un nombre al nuevo dispositivo, por ejemplo «Portátil de Marta»
app-sync-invite-path = Archivo de invitación
app-sync-invite-path-required = elige dónde guardar la invitación
app-sync-invitation-dialog = Guardar la invitación
app-sync-invite-submit = Escribir la invitación
app-sync-invited = Invitación para { $label } escrita en { $path }. Contiene la clave de ese dispositivo: dásela solo a ese dispositivo y bórrala cuando haya empezado con ella.


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################


## Things the books hold, as messages name them

thing-account = cuenta
thing-member = miembro
thing-project = proyecto
thing-kind = tipo
thing-contribution = aportación
thing-revenue = ingreso
thing-distribution = reparto
thing-payout = pago
thing-token = ficha
thing-epoch = ronda de GIVE
thing-stage = etapa
thing-resource = recurso
thing-resource_use = uso de un recurso

## Refusals: the rules of the books (refusal-CODE, one per Refusal::code)

refusal-already_exists = { $named ->
    [named] { $thing } '{ $id }': ya existe
   *[id] { $thing } con el identificador '{ $id }': ya existe
}
refusal-unknown = { $thing } { $id }: no existe{ $hinted ->
    [yes] {" "}— ¿quería decir '{ $hint }'?
   *[no] {""}
}
refusal-fund_cannot = '{ $handle }' es un fondo; solo los miembros pueden { $action }
refusal-no_rate_on_date = el tipo '{ $kind }' no tiene tarifa vigente el { $date } (su primera versión es del { $first })
refusal-version_exists = el tipo '{ $kind }' ya tiene una versión { $date ->
    [none] desde el principio
   *[other] vigente desde el { $date }
}; las versiones nunca se reescriben: elija otra fecha de entrada en vigor
refusal-void = la aportación { $contribution } está anulada
refusal-self_review = { $member } no puede { $verdict ->
    [approve] aprobar
   *[other] rechazar
} su propia aportación { $contribution }; otro miembro debe revisarla
refusal-already_reviewed = { $member } ya { $verdict ->
    [approve] aprobó
   *[other] rechazó
} la aportación { $contribution } después de su última corrección
refusal-measure_change = el tipo '{ $kind }' se mide en { $measure ->
    [hours] horas
    [money] dinero
    [quantity] cantidad
   *[other] { $measure }
}, pero la aportación { $contribution } se mide en { $old_measure ->
    [hours] horas
    [money] dinero
    [quantity] cantidad
   *[other] { $old_measure }
}; anúlela y registre una nueva
refusal-already_distributed = el ingreso '{ $revenue }' ya está repartido por { $distribution }; anule antes ese reparto
refusal-already_reversed = el reparto { $distribution } ya está anulado
refusal-distribution_mismatch = el reparto { $distribution } no cuadra con el ingreso '{ $revenue }': { $detail }
refusal-claim_overpaid = la aportación { $contribution } recibiría { $paying } más, pero de su crédito pendiente de { $claim } solo quedan { $open } por pagar
refusal-out_of_bounds = { $field }: { $detail }
refusal-stage_kind = la etapa '{ $stage }' no puede escalar el tipo '{ $kind }': es { $why }; una etapa solo escala tipos que ganan partes de los criterios
refusal-status_unchanged = '{ $handle }' { $why }
refusal-not_a_claim = la aportación { $contribution } no es un crédito pendiente reembolsable ni diferido
refusal-differs = { $named ->
    [named] { $thing } '{ $id }': ya existe
   *[id] { $thing } con el identificador '{ $id }': ya existe
} con otros datos ({ $detail })
refusal-changed_since = la aportación { $id } ha cambiado: esto corrige la revisión { $revision }, pero la vigente es la { $current }
refusal-depends_on = depende de la entrada { $entry }, que está en conflicto (trae '{ $id }')
refusal-epoch_closed = la ronda de GIVE { $epoch } está cerrada
refusal-not_peer_valued = la aportación { $contribution } es del tipo '{ $kind }', que se valora por su tarifa, no entre pares
refusal-self_valuation = { $member } no puede valorar la aportación { $contribution }: es suya; la valoran los demás miembros
refusal-give_to_self = { $member } no puede darse GIVE a sí mismo/a
refusal-give_budget = { $member } puede dar como máximo { $budget } GIVE en la ronda { $epoch }: ya ha dado { $others } a otros, así que { $amount } más es demasiado
refusal-epoch_open = la ronda de GIVE { $epoch } del proyecto '{ $project }' terminó pero sigue abierta; ciérrela antes de repartir con una partida entre pares
refusal-token_to_self = { $member } no puede enviarse fichas a sí mismo/a
refusal-token_overdraw = { $member } tiene { $balance } { $token }, no basta para enviar { $amount }
refusal-needs_sign_in = el inicio de sesión está activado: cada cambio indica el miembro que lo hace
refusal-role_needed = { $member } tiene el rol de { $role }; { $action } requiere el rol de { $needed }
refusal-not_in_own_name = { $author } ha iniciado sesión y no puede { $what } en nombre de { $by }
refusal-member_signature = la revisión de { $member } de la aportación { $contribution } no lleva una firma válida de la clave de { $member } (falsificada, o hecha sin iniciar sesión)
refusal-last_admin = { $member } es quien queda con el rol de administración; dé antes ese rol a otro miembro
refusal-not_own_passphrase = solo { $member } o la administración pueden cambiar la frase de contraseña de { $member }
refusal-device_state = el dispositivo { $device } { $state }
refusal-already_void = { $thing } '{ $id }': está anulado/a
refusal-revenue_distributed = el ingreso '{ $revenue }' tiene un reparto activo, { $distribution }; anule antes ese reparto y luego corrija o anule el ingreso
refusal-revenue_changed_since = el ingreso '{ $id }' ha cambiado: esta entrada se hizo para su revisión { $revision }, pero la vigente es la { $current }
refusal-device_revoked = el dispositivo { $device } fue revocado tras su entrada { $last_seq }; esta es su entrada { $seq }

## Refusals: the words some of them carry

refusal-fund-contribute = aportar
refusal-fund-review = revisar aportaciones
refusal-fund-account = tener cuenta de miembro
refusal-fund-tokens = tener fichas
refusal-fund-give = dar o recibir GIVE
refusal-fund-value = valorar aportaciones
refusal-fund-sign_in = iniciar sesión
refusal-fund-leave = darse de baja o volver
refusal-fund-stage = tener una etapa
refusal-fund-use = usar un recurso
refusal-fund-passphrase = tener frase de contraseña
refusal-fund-role = tener un rol
refusal-stage-gift = una donación
refusal-stage-reimbursable = reembolsable
refusal-stage-deferred = diferido
refusal-stage-credits = el tipo propio de los créditos de los propietarios de recursos, que ninguna etapa escala
refusal-status-left = ya se ha dado de baja
refusal-status-active = ya está activo/a
refusal-status-reason = vuelve sin motivo de baja
refusal-device-admitted = ya está admitido
refusal-device-revoked = ya está revocado
refusal-device-unknown = no es conocido en este libro de cuentas
refusal-device-this = es este portátil; revóquelo desde otro portátil
refusal-device-not_an_id = no es un identificador de dispositivo: copie el que mostró el portátil nuevo (36 caracteres como 6f1c2a3b-…)
refusal-differs-figures = otro portátil lo definió con otras cifras
refusal-differs-values = otro portátil lo registró con otros valores
refusal-own_name-review = revisar
refusal-own_name-value = valorar trabajo
refusal-role-member = miembro
refusal-role-coordinator = coordinación
refusal-role-treasurer = tesorería
refusal-role-admin = administración
refusal-action-log_own = registrar aportaciones
refusal-action-log_for_others = registrar aportaciones de otros
refusal-action-correct_own = corregir una aportación
refusal-action-correct_others = corregir la aportación de otro miembro
refusal-action-review = revisar
refusal-action-set_own_passphrase = poner una frase de contraseña
refusal-action-add_projects = añadir proyectos
refusal-action-record_revenue = registrar ingresos
refusal-action-distribute = repartir ingresos
refusal-action-reverse = anular un reparto
refusal-action-pay_out = hacer pagos
refusal-action-change_members = cambiar miembros
refusal-action-change_kinds = cambiar tipos y tarifas
refusal-action-set_equations = fijar ecuaciones de valor
refusal-action-change_settings = cambiar la configuración
refusal-action-change_roles = cambiar roles
refusal-action-reset_passphrase = restablecer la frase de contraseña de otro miembro
refusal-action-change_devices = cambiar dispositivos
refusal-action-define_tokens = definir fichas
refusal-action-epochs = abrir y cerrar rondas de GIVE
refusal-action-give_own = dar GIVE
refusal-action-give_for_others = dar en nombre de otro miembro
refusal-action-send_own_tokens = enviar fichas
refusal-action-send_others_tokens = enviar fichas de otro miembro
refusal-action-import = importar aportaciones e ingresos
refusal-action-export = exportar informes
refusal-action-backup = hacer una copia de seguridad
refusal-action-sync = sincronizar
refusal-action-event_mode = entrar o salir del modo evento
refusal-action-change_stages = cambiar etapas
refusal-action-void_payout = anular un pago
refusal-action-correct_revenue = corregir ingresos
refusal-action-void_revenue = anular ingresos
refusal-action-rename_members = renombrar miembros
refusal-action-rename_projects = renombrar proyectos
refusal-action-rename_kinds = renombrar tipos
refusal-action-change_resources = definir recursos
refusal-action-use_own = registrar un uso de un recurso
refusal-action-use_for_others = registrar un uso de un recurso en nombre de otro miembro
refusal-action-value_others = valorar el trabajo de otros

## The core's errors (err-*)

thing-fund = fondo
err-io = { $path }: { $detail }
err-export = la exportación falló: { $detail }
err-chart = el gráfico falló: { $detail }
err-os-not_found = no existe ese archivo o carpeta
err-os-permission = permiso denegado
err-os-exists = el archivo ya existe
err-os-full = el disco está lleno
err-os-read_only = el sistema de archivos es de solo lectura
err-os-directory = es una carpeta
err-file-folder = una carpeta, no un archivo
err-file-fifo = una tubería con nombre (FIFO), no un archivo
err-file-device = un dispositivo, no un archivo
err-file-special = un socket u otro archivo especial, no un archivo
err-file-directory = una carpeta
err-file-pipe = una tubería con nombre (FIFO)
err-file-char_device = un dispositivo de caracteres
err-file-block_device = un dispositivo de bloques
err-file-socket = un socket
err-file-neither = ni un archivo ni una carpeta
err-store-missing = { $path }: no existe ese libro de cuentas; cree uno primero o revise la ruta
err-store-not_a_file = { $path }: esto es { $what }; un libro de cuentas es un archivo; no se abrió nada
err-store-hard_linked = { $path }: este libro de cuentas tiene { $names } nombres (enlaces duros); SQLite lleva un registro aparte para cada nombre, así que dos programas con dos nombres lo dañarían. Déjele un solo nombre: cópielo a un archivo nuevo y abra la copia, o quite los otros nombres; no se abrió nada
err-store-protected = { $path }: { $why }; no se escribió nada: elija otro nombre de archivo
err-store-unreadable = { $path }: el libro de cuentas es de solo lectura y no se puede leer tal como está ({ $why }); cópielo (con su archivo -wal) a una carpeta donde pueda escribir, o ábralo donde se escribió
err-store-exists = { $path }: ya hay un archivo ahí; elija otra ruta
err-store-not_a_ledger = { $path }: no es un libro de cuentas de OpenValue ({ $why }); el archivo no se modificó
err-store-newer_schema = { $path }: lo escribió un OpenValue más reciente (esquema { $found }; esta versión lee hasta el { $supported }); actualice OpenValue para abrirlo; el archivo no se modificó
err-store-damaged = { $path }: el libro de cuentas está dañado: { $why }. Restáurelo desde una copia de seguridad; el archivo no se modificó
err-store-busy = el libro de cuentas está ocupado: otra ventana u orden de OpenValue está escribiendo en él; inténtelo de nuevo en un momento
err-store-disk_full = el disco está lleno; no se escribió nada: libere espacio e inténtelo de nuevo
err-store-read_only = { $path }: el libro de cuentas es de solo lectura; no se escribió nada
err-store-corrupt = el archivo del libro de cuentas está dañado ({ $why }); no se escribió nada: restáurelo desde una copia de seguridad
err-store-sqlite = el libro de cuentas no se puede leer ni escribir tal como está ({ $why }); si se modificó fuera de OpenValue, restáurelo desde una copia de seguridad
err-store-payload = error en el contenido del diario: { $why }
err-store-too_large = { $what } supera lo que OpenValue puede mostrar ({ $minor } unidades menores)
err-store-no_device_key = { $path }: este ordenador no tiene la clave del dispositivo { $device } de este libro de cuentas (un archivo copiado, o una copia de seguridad restaurada en otro ordenador), así que se abre en solo lectura: leer, verificar y exportar funcionan. Para seguir escribiendo con esta copia, conviértala en un dispositivo nuevo, que los otros portátiles de la cooperativa deberán admitir; no se escribió nada
err-store-revoked = este portátil (dispositivo { $device }) fue revocado por la cooperativa (¿un portátil perdido?); sus entradas posteriores a la número { $last_seq } no se aplican en ningún sitio, así que no se escribe nada más desde él: pida a la administración que invite de nuevo a este portátil
err-store-bundle_refused = { $path }: { $why }; no se cambió nada
err-key-damaged = { $path }: este archivo de clave del dispositivo está dañado ({ $why })
err-key-random = no se puede crear una clave nueva: falló la fuente aleatoria del sistema ({ $why })
err-import-not_a_file = { $file }: esto es { $what }, no un archivo CSV
err-import-read = { $file }: no se puede leer el archivo: { $detail }
err-import-more = … y { $count } { $count ->
    [one] problema más
   *[other] problemas más
}
err-import-rows = { $count ->
    [one] se encontró { $count } problema
   *[other] se encontraron { $count } problemas
}; no se importó nada
err-equation-missing = el proyecto '{ $project }' no tiene ecuación de valor vigente el { $date }: fije una ecuación para el proyecto, o una por defecto del libro de cuentas para todos los proyectos
err-distribute-cannot_place = la partida '{ $bucket }' no puede colocar { $amount }: { $reason }. No se repartió nada
err-distribute-overflow = los importes son demasiado grandes para repartirlos con exactitud
err-distribute-negative = el libro de cuentas contiene una cantidad, tarifa o multiplicador negativos, que OpenValue nunca registra: se modificó a espaldas de OpenValue; verifique el libro de cuentas
err-distribute-above_maximum = el ingreso '{ $revenue }' es de { $amount }, por encima del mayor importe que OpenValue reparte ({ $max }); regístrelo como varios ingresos
err-event-damaged = { $path }: el archivo del modo evento está dañado ({ $detail }); bórrelo para empezar el modo evento de cero (luego se vuelven a poner los PIN)
err-event-pin_shape = un PIN tiene de 4 a 12 dígitos
err-event-no_pin = { $member } aún no tiene PIN en este portátil: póngale uno primero
err-event-wrong_pin = PIN incorrecto para { $member }; { $left ->
    [one] un error más
   *[other] { $left } errores más
} y { $member } queda bloqueado/a durante un minuto
err-event-locked = { $member } está bloqueado/a tras { $count } PIN incorrectos; inténtelo de nuevo dentro de { $seconds } s
err-event-timer_running = { $member } ya tiene un temporizador de turno en marcha (desde { $since })
err-event-no_timer = { $member } no tiene ningún temporizador de turno en marcha
err-event-forgotten_timer = el temporizador de { $member } lleva en marcha desde { $since }, más de un día: se olvidó; descártelo y registre las horas a mano
err-event-hash = no se pudo comprobar el PIN ({ $why })
err-sign_in-wrong = frase de contraseña incorrecta para { $handle }; no se escribió nada
err-sign_in-key = { $handle }: { $detail }
err-sign_in-fund = { $handle } es un fondo; solo los miembros inician sesión
err-sign_in-no_member = no hay ningún miembro { $handle } en este libro de cuentas
err-sign_in-give = { $handle } tiene frase de contraseña: dela para iniciar sesión
err-sign_in-none_yet = { $handle } aún no tiene frase de contraseña; la administración pone una primero
err-sign_in-needs = { $handle } no tiene frase de contraseña; { $action } requiere el rol de { $needed } con frase de contraseña
err-sign_in-needs_admin = activar el inicio de sesión requiere una persona de administración que haya iniciado sesión con frase de contraseña, para que alguien pueda seguir iniciando sesión después
err-unknown = { $thing } { $word }: no existe{ $hinted ->
    [yes] {" "}— ¿quería decir { $hint }?
   *[no] {""}
}
err-not_found-id = { $thing } { $id }: no existe
err-not_found-epoch = no existe la ronda de GIVE { $epoch }
err-not_found-balance = no hay saldo de { $account }
err-not_found-revenue_or_distribution = no hay ningún ingreso ni reparto con el identificador { $id }; la lista de ingresos los muestra junto con sus repartos
err-not_found-file = { $path }: no existe ese archivo
err-not_found-token = no existe la ficha { $token }
err-kind-differs = el tipo '{ $kind }' ya existe con otro valor en { $what }; entre versiones solo cambian la tarifa y el multiplicador
err-nothing_to_correct-contribution = nada que corregir: indique una cantidad, fecha, tipo o nota nuevos, o anúlela
err-nothing_to_correct-revenue = nada que corregir: indique un importe, fecha o nota nuevos, o anúlelo
err-unchanged-contribution = la aportación { $id } ya tiene estos valores; no se cambió nada y sus aprobaciones se mantienen
err-unchanged-revenue = el ingreso { $id } ya tiene estos valores; no se cambió nada
err-renamed-same = { $thing } { $code } ya se llama { $name }; no se cambió nada
err-no_token = este libro de cuentas no define ninguna ficha
err-epoch-not_ended = la ronda de GIVE { $epoch } dura hasta el { $to }; se puede cerrar a partir del día siguiente
err-bundle-not_a_file = { $path }: esto es { $what }; un paquete es un archivo
err-protected = { $path }: { $why }; no se escribió nada: elija otro nombre de archivo
err-sync-not_a_folder = { $path }: no es una carpeta; sincronizar necesita la carpeta compartida (créela primero)
err-sync-ledger_folder = { $path }: esta carpeta contiene el propio archivo del libro de cuentas; sincronice a través de una carpeta aparte en la que solo entren los paquetes

## The command line: errors of its own

cli-equation-default_and_project = con --default indique solo el archivo de la ecuación, no un proyecto
cli-equation-arguments = indique un código de proyecto y un archivo de ecuación, o --default y un archivo
cli-device-new-confirm = esto convierte esta copia del libro de cuentas en un dispositivo nuevo, que los otros portátiles de la cooperativa deben admitir antes de aceptar sus entradas; confírmelo con --yes
cli-verify-missing = { $count ->
    [one] falta aquí { $count } entrada
   *[other] faltan aquí { $count } entradas
} de { $file }: este libro de cuentas se truncó o volvió atrás (o aún no ha fusionado ese archivo)
cli-verify-problems = verify encontró { $count } { $count ->
    [one] problema
   *[other] problemas
}
cli-passphrase-empty = { $var } está definida pero vacía; ponga en ella la frase de contraseña, o elimínela para que se le pregunte
cli-passphrase-not_utf8 = { $var } no es texto UTF-8 válido
cli-passphrase-no_terminal = hace falta una frase de contraseña y no hay terminal donde pedirla; désela en { $var }
cli-passphrase-differ = las dos frases de contraseña no coinciden; no se cambió nada

## The command line: errors, hints, confirmations and reports

cli-error = error: { $message }
cli-hint = sugerencia: { $hint }
cli-hint-init = créelo con `openvalue init --name NAME --currency EUR`
cli-hint-equation = `openvalue equation set { $project } FILE.toml`, o `openvalue equation set --default FILE.toml` para todos los proyectos
cli-hint-device_new = `openvalue device new --yes` convierte esta copia en un dispositivo nuevo; después, en un portátil admitido, `openvalue device admit ID`
cli-hint-revoked = en un portátil admitido, `openvalue device invite --out FILE`; aquí, `openvalue clone FILE --ledger NEW-PATH`
cli-hint-admit = si ese portátil es de la cooperativa, admítalo aquí primero: `openvalue device admit DEVICE-ID`
cli-hint-verify = `openvalue verify` indica qué ha cambiado
cli-hint-scale = indique sus decimales con `--scale N`
cli-hint-locale = `--locale es` (o ca, fr, de, it, pt, nl) lee `;`, comas decimales y las fechas del idioma
cli-hint-no_locale = quite `--locale` (o ponga `--locale en`)
cli-hint-ignore_unknown = `--ignore-unknown` omite las columnas que el formato no conoce
cli-hint-member_list = `openvalue member list` muestra los miembros y fondos que hay
cli-hint-sign_in = añada `--as MEMBER` (la frase de contraseña se pide en pantalla, o se toma de OPENVALUE_PASSPHRASE)
cli-hint-role = la administración puede dar el rol a { $member }: `openvalue role grant { $member } ROLE --as ADMIN`
cli-hint-reverse_distribute = primero `openvalue reverse { $distribution }`, y luego reparta de nuevo
cli-hint-reverse_correct = primero `openvalue reverse { $distribution }`, y luego corrija o anule el ingreso
cli-merged-added = { $count } { $count ->
    [one] entrada nueva
   *[other] entradas nuevas
} de { $offered }
cli-merged-conflicts = { $count ->
    [0] sin conflictos
    [one] { $count } conflicto en las cuentas ({ $new } nuevo/s) — vea la lista de conflictos
   *[other] { $count } conflictos en las cuentas ({ $new } nuevo/s) — vea la lista de conflictos
}
cli-merged = fusionado { $file }: { $report }
cli-warn-future = aviso: { $count ->
    [one] { $count } entrada tiene
   *[other] { $count } entradas tienen
} una marca de tiempo más de una hora por delante del reloj de este ordenador; revise los relojes de los portátiles
cli-col-device = dispositivo
cli-col-label = etiqueta
cli-col-admitted_by = admitido por
cli-col-entries = entradas
cli-col-last_seen = visto por última vez
cli-device-short = dispositivo { $device }
cli-device-short_label = dispositivo { $device } ({ $label })
cli-device-this = {" "}(este portátil)
cli-device-revoked_after = {" "}(revocado tras la entrada { $last })
cli-device-never = nunca
cli-device-no_label = sin etiqueta
cli-device-invited = dispositivo { $device } invitado ({ $label }); invitación escrita en { $file }
cli-device-invited-key = contiene la clave del portátil nuevo: llévela solo a ese portátil y bórrela cuando el portátil haya arrancado con ella
cli-device-revoked = dispositivo { $device } revocado: sus entradas posteriores a la número { $last } se guardarán pero no se aplicarán, en cada portátil que fusione esto
cli-device-new = este libro de cuentas escribe ahora como dispositivo { $device }
cli-device-new-admit = en un portátil admitido, ejecute: openvalue device admit { $device }
cli-device-admitted = dispositivo { $device } admitido
cli-clone-created = creado { $path } como dispositivo { $device } de { $name }: { $count } entradas fusionadas
cli-warn-synced_clone = aviso: este libro de cuentas está en una carpeta que { $tool } sincroniza; guárdelo fuera y sincronice mediante una carpeta aparte
cli-warn-synced_ledger = aviso: el propio archivo del libro de cuentas está en una carpeta que { $tool } sincroniza; sáquelo de ahí (solo se debe compartir la carpeta de sincronización)
cli-bundle-wrote = { $count ->
    [one] escrita { $count } entrada
   *[other] escritas { $count } entradas
} en { $file }
cli-sync-skipped = omitido { $file }: { $why }
sync-skipped-conflicted_copy = una copia que hizo la herramienta de sincronización al encontrarse dos versiones; cada portátil reescribe su propio archivo, así que no hace falta
cli-sync-wrote = { $count ->
    [one] escrita { $count } entrada
   *[other] escritas { $count } entradas
} en { $file }; { $conflicts } { $conflicts ->
    [one] conflicto
   *[other] conflictos
} en las cuentas
cli-conflicts-none = no hay conflictos
cli-conflict = { $entry } { $kind } [{ $concerns }] de { $device }: { $reason }
cli-conflicts-count = { $count } { $count ->
    [one] conflicto: se guarda
   *[other] conflictos: se guardan
} en el diario sin aplicarse; resuelva cada uno con entradas nuevas (anule y reparta de nuevo, corrija de nuevo)
cli-verify-against-ok = OK: este libro de cuentas contiene todas las entradas de { $file }
cli-verify-against-missing = falta: la entrada { $entry } ({ $kind }) del dispositivo { $device }, número { $seq }
cli-wrote-rows = escrito { $file } ({ $count } { $count ->
    [one] fila
   *[other] filas
})
cli-wrote-transactions = escrito { $file } ({ $count } { $count ->
    [one] transacción
   *[other] transacciones
})
cli-wrote-events = escrito { $file } ({ $count } { $count ->
    [one] evento
   *[other] eventos
})
cli-wrote-chart = escrito { $file } ({ $width }×{ $height } px, { $format })
cli-wrote-statement = escrito { $file } (extracto de { $account }, { $period }: ganado { $earned }, pagado { $paid }, pendiente { $owed } { $currency })
cli-table-none = (ninguno)
cli-col-handle = identificador
cli-col-name = nombre
cli-col-type = tipo
cli-col-status = estado
cli-col-joined = alta
cli-col-code = código
cli-col-parent = proyecto padre
cli-col-id = id
cli-col-date = fecha
cli-col-project = proyecto
cli-col-amount = importe
cli-col-distribution = reparto
cli-col-note = nota
cli-col-from = desde
cli-col-bucket = partida
cli-col-contribution = aportación
cli-col-kind = tipo
cli-col-quantity = cantidad
cli-col-rate = tarifa
cli-col-multiplier = multiplicador
cli-col-value = valor
cli-col-decay_factor = factor de decaimiento
cli-col-stage = etapa
cli-col-left = baja
cli-col-recipient = destinatario
cli-col-weight = peso
cli-col-share = parte
cli-col-account = cuenta
cli-col-earned = ganado
cli-col-paid = pagado
cli-col-owed = pendiente
cli-col-method = método
cli-col-resource = recurso
cli-col-unit = unidad
cli-col-owners = propietarios
cli-col-use = uso
cli-col-by = por
cli-col-credits = créditos
cli-col-percent = porcentaje
cli-col-kinds = tipos
cli-col-members_today = miembros hoy
cli-col-member = miembro
cli-col-measure = medida
cli-col-flags = marcas
cli-distribute-committed = {"\u000A"}registrado como reparto { $id }
cli-distribute-dry_run = {"\u000A"}simulación: no se escribió nada
cli-explain-behind = {"\u000A"}aportaciones detrás del peso de { $member }:
cli-explain-credits = {"\u000A"}créditos por recursos (cantidad de uso × tarifa, la parte del propietario):
cli-plan-revenue = ingreso { $id } — { $amount } { $currency } el { $date } para { $project } — ecuación de valor '{ $equation }'
cli-plan-note = partida '{ $bucket }': { $note }
cli-plan-totals = {"\u000A"}totales:
cli-reversed = reparto { $distribution } anulado; el ingreso { $revenue } se puede repartir de nuevo
cli-balances-project_note = (los pagos se hacen a una cuenta, no para un proyecto: lo pagado y lo pendiente están en `openvalue balances`)
cli-status-void = anulado
cli-status-paid = pagado
cli-payout-voided = pago { $id } anulado
cli-init-created = creado { $path } ({ $name }, { $currency }, { $count ->
    [one] { $count } aprobación necesaria
   *[other] { $count } aprobaciones necesarias
})
cli-demo-created = creado el libro de cuentas de demostración { $path }
cli-settings-sign_in_on = inicio de sesión: activado (cada escritura necesita --as MEMBER)
cli-settings-sign_in_off = inicio de sesión: desactivado
cli-settings = { $name }: { $currency }, { $count ->
    [one] { $count } aprobación necesaria
   *[other] { $count } aprobaciones necesarias
}
cli-verify-ok = OK: { $entries } entradas de { $devices } { $devices ->
    [one] dispositivo
   *[other] dispositivos
}, { $contributions } aportaciones; cada cadena de hashes, firma y tabla derivada coincide con el diario
cli-verify-head = cabeza del dispositivo { $device }{ $this }: entrada { $seq }, hash { $hash }
cli-verify-before_signatures = { $count ->
    [one] { $count } entrada se escribió
   *[other] { $count } entradas se escribieron
} antes de las firmas (por el dispositivo que creó el libro de cuentas)
cli-verify-conflicts = { $count } { $count ->
    [one] conflicto
   *[other] conflictos
}: entradas que las reglas rechazaron en su lugar del orden al fusionar el trabajo de los portátiles; se guardan sin aplicarse
cli-backup = copia de seguridad en { $path }
cli-resource-defined = recurso { $code }: tarifa { $rate } por unidad de uso ({ $unit }), propiedad de { $owners }
cli-resources-none = no hay recursos
cli-resources-uses = {"\u000A"}usos (los créditos son valores, aportaciones del tipo resource-use):
cli-stage-defined = etapa { $code }: { $percent } % del valor de { $kinds }
cli-stage-set = { $member } está en la etapa { $stage } desde el { $from }
cli-stage-none = { $member } no tiene etapa desde el { $from }
cli-stages-none = no hay etapas
cli-stages-history = {"\u000A"}historial:
cli-left-good = { $member } se dio de baja el { $date } con causa justificada: todo lo que aportó conserva su valor
cli-left-bad = { $member } se dio de baja el { $date } sin causa justificada: para los ingresos desde el { $date }, solo cuentan sus aportaciones en dinero, con multiplicador 1
cli-rejoined = { $member } vuelve a estar activo/a desde el { $date }
cli-token-defined = ficha { $code }: { $per_value } por unidad de valor contado, { $scale } decimales
cli-epoch-show = ronda de GIVE { $id } de { $project }: del { $from } al { $to }, { $give } GIVE cada miembro, { $closed ->
    [closed] cerrada
   *[open] abierta
}
cli-epoch-gave = {"  "}{ $from } dio a { $to } { $amount }{ $note }
cli-epoch-received = recibido: { $member } { $amount }
cli-give = { $from } da a { $to } { $amount } GIVE en { $epoch }
cli-value = { $by } valora { $id } en { $amount }; vale { $worth }
cli-passphrase-set = frase de contraseña puesta para { $member }
cli-role-now = { $member } tiene ahora el rol de { $role }
cli-role-list-passphrase = con frase de contraseña
cli-role-list-no_passphrase = sin frase de contraseña
cli-added-member = miembro { $handle } añadido
cli-added-fund = fondo { $handle } añadido
cli-added-project = proyecto { $code } añadido
cli-renamed = { $thing } { $code } renombrado a { $name }
cli-kind-added = tipo { $code }: { $peers ->
    [yes] valorado entre pares
   *[no] tarifa { $rate }
}{ $dated ->
    [yes] {" "}desde el { $from }
   *[no] {""}
}
cli-revenue-voided = ingreso { $id } anulado
cli-revenue-corrected = ingreso { $id } corregido
cli-equation-set = ecuación de valor '{ $name }' ({ $count } { $count ->
    [one] partida
   *[other] partidas
}) fijada para { $default ->
    [yes] todo el libro de cuentas (por defecto)
   *[no] { $project }
}{ $dated ->
    [yes] {" "}desde el { $from }
   *[no] {""}
}
cli-list-latest = (las { $shown } más recientes de { $total }; vea --limit)
cli-approved = { $by } aprobó { $id }
cli-rejected = { $by } rechazó { $id }
cli-contribution-voided = { $id } anulada
cli-contribution-corrected = { $id } corregida

## Charts: titles, legends and axes (chart-*)

chart-project = proyecto { $project }
chart-all_projects = todos los proyectos
chart-others = { $count ->
    [one] { $count } más
   *[other] otros { $count }
}
chart-more_buckets = … { $count ->
    [one] { $count } partida más
   *[other] { $count } partidas más
}
chart-state-preview = vista previa, sin registrar
chart-state-committed = registrado
chart-state-reversed = ANULADO
chart-distribution-title = Reparto de { $amount } { $currency } — ingreso { $revenue }
chart-distribution-subtitle = proyecto { $project } · { $date } · ecuación de valor '{ $equation }' · { $state }
chart-distribution-empty = No se asignó nada.
chart-axis-amount = Importe ({ $currency })
chart-other_kinds = { $count ->
    [one] { $count } tipo más
   *[other] otros { $count } tipos
}: { $value } { $currency }
chart-contributions-title = Aportaciones por tipo y mes — { $project }
chart-contributions-subtitle = valor = cantidad × tarifa × multiplicador, en { $currency } · total { $total } { $currency } · sin las aportaciones anuladas ni rechazadas
chart-contributions-empty = Aún no hay aportaciones que mostrar.
chart-axis-value = Valor ({ $currency })
chart-axis-month = Mes
chart-other_members = { $count ->
    [one] { $count } miembro más
   *[other] otros { $count } miembros
}
chart-together = { $value } { $currency } · { $percent } en conjunto
chart-shares-title = Valor acumulado y parte — { $project }
chart-shares-subtitle = aportaciones que cuentan, sin donaciones ni gastos reembolsables · total { $total } { $currency } · a fin de cada mes
chart-shares-empty = Aún no hay aportaciones que ganen una parte.
chart-axis-cumulative = Valor acumulado ({ $currency })
chart-axis-share = Parte del valor total
chart-give-title = GIVE recibido por ronda — { $project }
chart-give-subtitle = GIVE que cada miembro recibió de los demás · total { $total } GIVE en { $count } { $count ->
    [one] ronda
   *[other] rondas
}{ $open ->
    [0] {""}
    [one] {" "}· { $open } sigue abierta (marcada con *): sus GIVE pueden cambiar
   *[other] {" "}· { $open } siguen abiertas (marcadas con *): sus GIVE pueden cambiar
}
chart-give-others = { $count ->
    [one] { $count } más
   *[other] otros { $count }
}: { $total } GIVE
chart-give-empty = Aún no se ha dado GIVE.
chart-axis-give = GIVE recibido
chart-axis-epoch = Ronda
chart-tokens-title = Saldos de fichas a lo largo del tiempo — { $name } ({ $token })
chart-tokens-subtitle = ganadas al aportar, más recibidas, menos enviadas · { $amount } { $token } en total · a fin de cada mes
chart-tokens-others = { $count ->
    [one] { $count } más
   *[other] otros { $count }
}: { $amount } { $token }
chart-tokens-empty = Aún no se han ganado ni enviado fichas.
chart-axis-balance = Saldo ({ $token })

err-field = { $field }: { $message }

## The core's field problems (err-*)

err-decimal-malformed = { $text } no es un número: escriba cifras con un '.' y decimales opcionales, como 12.5
err-decimal-places = { $text } tiene { $places ->
    [one] { $places } decimal
   *[other] { $places } decimales
}; aquí se admiten como máximo { $max }
err-decimal-too_large = { $text } es demasiado grande
err-decimal-above = { $text } supera el máximo de { $max } que se admite aquí
err-decimal-not_positive = { $text } debe ser mayor que cero
err-project-own_parent = el proyecto { $code } no puede ser su propio proyecto padre
err-kind-valued_by = { $text } no indica quién valora un tipo: déjelo vacío (se valora por su tarifa) o escriba peers
err-kind-unit_measure = la unidad { $unit } solo se aplica a la medida quantity, no a { $measure }
err-kind-unit_needed = un tipo medido en cantidad necesita una unidad, como palabras
err-kind-peers_rate = un tipo valorado entre pares no tiene tarifa: los demás miembros valoran cada aportación; deje la tarifa vacía
err-kind-reimbursable_money = solo un tipo con medida money puede ser reembolsable
err-kind-gift_reimbursable = un tipo no puede ser a la vez donación y reembolsable: una donación se da a la cooperativa, un gasto reembolsable se devuelve; ponga uno de los dos a false
err-kind-deferred_one = un tipo es como mucho uno de donación, reembolsable o diferido: una aportación diferida es un crédito pendiente que se paga más adelante con los ingresos; ponga los demás a false
err-kind-peers_one = un tipo es como mucho uno de donación, reembolsable, diferido o valorado entre pares; ponga los demás a false
err-text-too_long = { $what } { $text } tiene más de { $max } caracteres
err-text-control = { $what } { $text } contiene el carácter de control { $char }; { $newline ->
    [yes] solo se admiten el tabulador y el salto de línea
   *[no] solo se admite el tabulador
}
err-text-empty = { $what } está vacío
cli-revenue-not_distributed = sin repartir
cli-explain-peers = { $id } valorada entre pares: { $working }
cli-device-created_ledger = creó el libro de cuentas
cli-device-not_admitted = no admitido
cli-prompt-passphrase = frase de contraseña de { $member }:{" "}
cli-prompt-new = nueva frase de contraseña de { $member }:{" "}
cli-prompt-again = repita la nueva frase de contraseña de { $member }:{" "}
cli-the_terminal = el terminal
err-stage-no_kind = aún ningún tipo gana partes de los criterios, así que la etapa no escalaría nada: añada primero un tipo
err-reject-reason = un rechazo necesita un motivo
err-token-which = este libro de cuentas tiene más de una ficha: indique la ficha { $purpose ->
    [send] que se envía
    [chart] del gráfico
   *[other] para { $purpose }
}
err-too_large = demasiado grande
err-owner-share = { $owner }: la parte { $share } no es un número entero de 1 a { $max }
err-not_found-account = no existe la cuenta { $account }
err-chart-format = { $path }: formato de imagen desconocido { $ext }; termine el nombre del archivo en .svg o .png
err-chart-no_extension = { $path }: el nombre del archivo no tiene extensión; termínelo en .svg o .png
cli-out-no_folder = { $file }: la carpeta { $dir } no existe
cli-statement-extension = { $file }: un extracto se escribe como .html o .pdf
err-handle = { $text } no es un identificador o código válido: use de 1 a 32 minúsculas, cifras, '_' o '-'
err-id = { $text } no es un identificador válido: use de 1 a 64 letras, cifras, '.', '_' o '-'
err-date-range = { $text } está fuera de rango: las fechas van de los años { $min } a { $max }
err-date = { $text } no es una fecha: use AAAA-MM-DD, como 2026-03-31

# Undo of the last action on this laptop (store/undo.rs, cli undo)
err-undo-nothing = nada que deshacer: aún no se ha registrado nada en este portátil
err-undo-moved-on = no se ha deshecho nada: desde entonces se ha registrado otra cosa en este portátil
err-undo-not-yours = no se ha deshecho nada: la última acción es de { $author }, no tuya
err-undo-not-yours-anonymous = no se ha deshecho nada: la última acción se registró antes de que nadie iniciara sesión
err-undo-no-reversal = la última acción en este portátil ({ $action }) no tiene asiento que la anule; no se ha deshecho nada
cli-undo-nothing-recorded = aún no se ha registrado nada en este portátil
cli-undo-last = última acción: { $action } ({ $ids }); deshacer la anularía
cli-undo-last-not-undoable = última acción: { $action }; no tiene asiento que la anule
cli-undo-voided = deshecho: anulado { $ids }
cli-undo-reversed = deshecho: anulado el reparto { $ids }
cli-token-sent = { $from } envió { $amount } { $token } a { $to }

## Imported CSV files: the text itself (csvread.rs), a locale's dates and
## numbers (csvformat.rs), the header and rows (import.rs)

err-csv-text_after_quote = hay texto después de las comillas que cierran un campo entrecomillado: ponga todo el valor entre comillas y escriba dos veces las comillas que vayan dentro ("5"" pantalla")
err-csv-unterminated = las comillas que abren este campo no se cierran nunca, así que el resto del archivo (hasta la línea { $last_line }) sería un solo valor: añada las comillas de cierre (")
err-csv-quote_too_long = este campo entrecomillado sigue durante más de 1 MiB ({ $bytes } bytes) sin sus comillas de cierre: añada las comillas de cierre (")
err-csv-row_too_long = esta fila ocupa más de 1 MiB ({ $bytes } bytes): ningún valor necesita tanto (los nombres tienen como máximo 200 caracteres y las notas 2000) — ¿es un archivo CSV?
err-csv-not_text = este archivo no es texto (contiene bytes NUL): importe un archivo CSV
err-csv-utf16 = este archivo está en UTF-16 ({ $big_endian ->
    [yes] big-endian
   *[no] little-endian
}, { $bom ->
    [yes] con
   *[no] sin
} marca de orden de bytes), no en UTF-8: { $save }
err-csv-utf32 = este archivo está en UTF-32 ({ $big_endian ->
    [yes] big-endian
   *[no] little-endian
}), no en UTF-8: { $save }
err-csv-save_utf8 = guárdelo como UTF-8 — en LibreOffice Calc: Archivo › Guardar como…, tipo de archivo Texto CSV, marque «Editar la configuración del filtro» y luego Juego de caracteres: Unicode (UTF-8); en Excel: Guardar como, tipo de archivo «CSV UTF-8 (delimitado por comas)»
err-csv-latin1 = este archivo no está en UTF-8: parece Latin-1 o Windows-1252 (como escriben Excel y los programas de Windows antiguos); { $save }
err-csv-not_utf8_again = tampoco es texto UTF-8 (vea la línea { $first })
err-csv-field_count = esta fila tiene { $count ->
    [one] { $count } campo
   *[other] { $count } campos
}, pero la cabecera tiene { $expected }
err-locale-unknown = idioma { $locale } desconocido: use { $first } o { $last }
err-date-two_digit_year = { $text } tiene el año con dos cifras: escriba el año completo, como { $full } (en una hoja de cálculo, dé a la columna un formato de fecha con el año de cuatro cifras, { $style ->
    [slash] DD/MM/AAAA
    [dot] DD.MM.AAAA
    [dash] DD-MM-AAAA
   *[iso] AAAA-MM-DD
})
err-date-locale = { $text } no es una fecha: escriba { $style ->
    [slash] DD/MM/AAAA
    [dot] DD.MM.AAAA
    [dash] DD-MM-AAAA
   *[iso] AAAA-MM-DD
}, como { $example } (o AAAA-MM-DD)
err-number-decimal_comma = { $text } no es un número de este archivo: su separador decimal es la coma (12,5), y el '.' solo agrupa los miles de tres en tres (1.234,5)
err-number-grouping = { $text } no es un número de este archivo: los espacios solo pueden agrupar los miles de tres en tres (1 234,5)
err-import-no_header = no se puede leer la fila de cabecera
err-import-empty = el archivo está vacío: la primera línea debe nombrar las columnas, como mínimo { $columns }
err-import-column_twice = la columna { $column } aparece dos veces
err-import-unknown_column-hint = columna { $column } desconocida — ¿quería decir { $hint }?
err-import-unknown_column = columna { $column } desconocida; los archivos { $table } tienen { $columns } (o ignore las columnas desconocidas)
err-import-missing_column = falta la columna obligatoria { $column }
err-import-semicolon = la cabecera está separada por ';', no por ',': el archivo tiene el formato de un idioma con coma decimal (es, ca, fr, de, it, pt o nl) — impórtelo indicando ese idioma ({ $header })
err-import-comma = la cabecera está separada por ',', no por ';': el archivo tiene el formato canónico (',', punto decimal, AAAA-MM-DD) — impórtelo sin indicar idioma ({ $header })
err-import-handle_twice = el identificador { $handle } ya aparece en la línea { $first }
err-import-project_twice = el proyecto { $code } ya aparece en la línea { $first }
err-import-project_cycle = el proyecto { $code } forma parte de un ciclo de proyectos padre
err-import-id_twice = el id { $id } ya aparece en la línea { $first } con otro contenido
err-import-id_in_ledger = el id { $id } ya está en el libro de cuentas con otro contenido; dé otro id a esta fila, o corrija la entrada existente

## Currencies (money.rs) and the command line's export names

err-currency-code = { $code } no es un código de moneda: use de 3 a 10 letras mayúsculas, como EUR
err-currency-unknown_scale = '{ $code }' no es una moneda ISO 4217; indique su número de decimales
err-currency-iso_scale = moneda { $code }: la ISO 4217 le da { $iso } decimales, no { $given }
err-currency-scale = moneda { $code }: se admiten como máximo { $max } decimales
cli-export-unknown = { $what } no es una exportación: use { $exports }, hledger, beancount, valueflows o tokens

## Equation files (equation.rs)

err-equation-too_large = el archivo ocupa { $bytes } bytes; un archivo de ecuación de valor puede ocupar como máximo { $max }
err-equation-no_buckets = la ecuación no tiene partidas: añada al menos una [[bucket]]
err-equation-name_twice = el nombre de partida { $name } ya lo usa la partida { $first }
err-equation-no_share = la partida { $name } necesita una parte: "N%" o "rest"
err-equation-two_rests = solo una partida puede llevarse el resto
err-equation-share_over = la parte { $share } pasa del 100 %
err-equation-total_over = los porcentajes suman { $total } % hasta aquí, más del 100 %
err-equation-total = sin una partida "rest", los porcentajes deben sumar exactamente el 100 %, no el { $total } %
err-equation-share_spaces = la parte { $share } tiene espacios: escriba { $compact }
err-equation-share = la parte { $share } no es un porcentaje como "10%" o "12.5%" (como máximo 2 decimales, sin signo) ni "rest"
err-equation-one_target = la partida { $name } necesita exactamente uno de fund = "HANDLE", reimburse = true, repay = true o policy = "…"
err-equation-member_not_fund = { $fund } es un miembro, no un fondo
err-equation-only_true = { $key } solo puede ser true; quite la clave en su lugar
err-equation-only_policy = { $key } solo se aplica a policy = "{ $policy }"
err-equation-fund_kinds = una partida de fondo no lleva lista de tipos (kinds)
err-equation-empty_kinds = una lista de tipos vacía no coincide con nada; quítela para usar todos los tipos
err-equation-resource_credits = los créditos por uso de recursos los pagan las partidas de criterio y de devolución (repay), no el reembolso
err-equation-kind-gift = el tipo { $kind } es una donación y no gana parte
err-equation-kind-not_reimbursable = el tipo { $kind } no es reembolsable; una partida de reembolso solo paga tipos reembolsables
err-equation-kind-not_deferred = el tipo { $kind } no es diferido; una partida de devolución (repay) solo paga tipos diferidos
err-equation-kind-reimbursable = el tipo { $kind } es reembolsable: lo devuelve una partida de reembolso, no lo reparte un criterio
err-equation-kind-deferred = el tipo { $kind } es diferido: lo devuelve una partida de devolución (repay), no lo reparte un criterio
err-equation-cap_policy = cap solo se aplica a las partidas con criterio
err-equation-cap_percent = el tope { $cap } no es un porcentaje mayor que 0 % y como máximo del 100 % (como máximo 2 decimales), ni un importe
err-equation-cap = el tope { $cap } no es un porcentaje como "25%" ni un importe mayor que cero en { $currency } con como máximo { $scale } decimales
err-equation-unknown_key = clave { $key } desconocida: una ecuación tiene name y [[bucket]]
err-equation-unknown_bucket_key = clave { $key } desconocida en una partida: use { $keys }
err-equation-decay = decay { $decay } debe ser un porcentaje de "0%" a "100%"
err-equation-among = among { $among } no se conoce: use "contributors" o "members"
err-equation-policy = criterio { $policy } desconocido: use lifetime, period, recent, balanced, equal o peer

## Bundles refused (bundle.rs, store/sync.rs)

err-bundle-not_a_bundle = esto no es un paquete de OpenValue
err-bundle-newer = este paquete lo escribió un OpenValue más nuevo (formato { $format }; esta versión lee el { $version }); actualice OpenValue
err-bundle-damaged = el paquete está dañado o incompleto ({ $why })
err-bundle-cut_short = está cortado
err-bundle-checksum = su suma de comprobación no coincide: se modificó o se cortó por el camino
err-bundle-trailing = hay bytes inesperados tras su contenido
err-bundle-too_large = el paquete se descomprime en más de { $mib } MiB, mucho más de lo que cabría en sus entradas (un archivo dañado o malintencionado)
err-bundle-same_name = viene de otro libro de cuentas, que también se llama { $name } pero se empezó por separado (libro { $theirs }, no { $ours }): sus cuentas no son estas
err-bundle-other_name = viene de otro libro de cuentas ({ $name }, no { $ours })
err-bundle-other_ledger = este paquete viene de otro libro de cuentas (las cuentas de otra cooperativa)
err-bundle-forged = este paquete no contiene el único libro de cuentas que nombra (un paquete dañado o falsificado)
err-bundle-entry = entrada { $entry } del dispositivo { $device }: { $problem }
err-bundle-chain = las entradas del dispositivo { $device } están dañadas o incompletas (entrada { $entry }: { $detail })
err-bundle-fork = el dispositivo { $device } escribió dos entradas distintas con el número { $number } (una bifurcación: un archivo del libro de cuentas copiado, o una invitación, usados en dos ordenadores; en uno de ellos convierta el libro de cuentas en un dispositivo nuevo)
err-bundle-id_twice = el id de entrada { $entry } se usa dos veces (un paquete dañado o falsificado)
err-bundle-kind_mismatch = la entrada { $entry } dice ser { $kind } pero contiene otra cosa (un paquete dañado o falsificado)
err-bundle-unreadable = la entrada { $entry } no se puede leer ({ $detail })
err-bundle-before_creation = la entrada { $entry } del dispositivo { $device } lleva la marca { $stamp }, anterior a la creación del libro de cuentas ({ $created }): un paquete dañado o falsificado
err-bundle-far_future = la entrada { $entry } del dispositivo { $device } lleva la marca { $stamp }, más de un año después del reloj de este ordenador: compruebe la fecha y la hora del portátil que la escribió, o de este
err-bundle-not_an_invitation = esto es un paquete, no una invitación: un portátil nuevo empieza con un archivo de invitación hecho en un portátil admitido
err-bundle-invitation_key = la clave de la invitación está dañada
err-bundle-invitation_entries = la invitación no coincide con las entradas que lleva
err-bundle-invitation_used = esta invitación ya se usó en este ordenador: cada invitación pone en marcha un portátil; pida una nueva
err-entry-not_admitted = su dispositivo no lo admitió ni lo invitó ninguno de los dispositivos de esta cooperativa
err-entry-no_key = su dispositivo no tiene clave conocida
err-entry-signature = su firma no coincide con su contenido (modificada o falsificada)
err-entry-unsigned = no lleva firma
err-entry-hash = su hash no coincide con su contenido (dañada o modificada)

## Passphrases, splits and journal payloads (members.rs, split.rs, journal.rs)

err-key-wrong_passphrase = frase de contraseña incorrecta
err-key-too_short = una frase de contraseña necesita al menos { $min } caracteres
err-key-sealed_damaged = la clave sellada del miembro está dañada ({ $why })
err-key-no_random = el sistema no dio bytes aleatorios ({ $why })
err-split-no_weight = ningún destinatario tiene un peso mayor que cero
err-split-duplicate = un destinatario aparece dos veces
err-payload-encode = no se puede codificar el contenido de la entrada: { $why }
err-payload-decode = no se puede descodificar el contenido binario de la entrada: { $why }
err-payload-json = no se puede descodificar el contenido JSON de la entrada: { $why }
err-payload-format = formato de contenido desconocido (primer byte { $byte })
err-payload-empty = contenido vacío

## Import rows that differ from the books (import.rs)

err-import-account_differs = { $handle } ya existe con otros datos (nombre { $name }, tipo { $type }, alta { $joined ->
    [none] desconocida
   *[other] { $joined }
}); de una cuenta existente solo puede cambiar el estado
err-import-project_differs = el proyecto { $code } ya existe como { $name }{ $parent ->
    [none] {""}
   *[other] {" "}dentro de { $parent }
}; una importación no puede cambiar un proyecto existente
err-import-kind_differs = el tipo { $kind } es distinto { $line ->
    [ledger] del que hay en el libro de cuentas
   *[other] del de la línea { $line }
} ({ $details }); entre versiones solo cambian la tarifa y el multiplicador — name, measure, unit, gift, reimbursable, deferred y valued_by se mantienen
err-import-version_exists = el tipo { $kind } ya tiene una versión { $date ->
    [none] desde el principio
   *[other] vigente desde el { $date }
} con tarifa { $rate } y multiplicador { $multiplier }; añada en su lugar una versión con otro effective_from
err-import-version_twice = el tipo { $kind } { $date ->
    [none] desde el principio
   *[other] vigente desde el { $date }
} ya aparece en la línea { $line } con otra tarifa u otro multiplicador

## verify's findings (store/verify.rs, journal.rs)

err-verify-integrity = comprobación de integridad de SQLite: { $detail }
err-verify-entry = entrada del diario { $entry }: { $problem }
err-verify-signature = entrada del diario { $entry } del dispositivo { $device }: { $problem }
err-verify-device_unknown = meta: el id de dispositivo de este archivo, { $device }, no escribió ninguna entrada del diario; el archivo se modificó fuera de OpenValue
err-verify-device_missing = meta: falta el id de dispositivo de este archivo
err-verify-undo_damaged = los pasos para deshacer de la entrada del diario { $entry } están dañados ({ $count } entradas en total); el archivo se modificó fuera de OpenValue
err-verify-more_rows = { $table }: hay más filas distintas
err-verify-row = { $table }, fila { $key }{ $entry ->
    [none] {""}
   *[other] {" "}(entrada del diario { $entry })
}: { $how ->
    [missing] falta o se modificó
   *[added] se modificó o se añadió fuera de OpenValue
}; no coincide con el diario
err-verify-lines = reparto { $distribution }: sus líneas ({ $sum }, { $negative } negativas) no suman lo que el ingreso { $revenue } ({ $amount })
err-verify-two_live = el ingreso { $revenue } tiene más de un reparto vigente: { $distributions }
err-verify-balance = cuenta { $account }: su saldo ({ $balance }) supera lo que las cuentas pueden guardar
err-chain-seq = el número de secuencia del dispositivo { $device } es { $seq }; se esperaba { $expected }
err-chain-link = no enlaza con la entrada anterior del dispositivo (se modificó, quitó o insertó una entrada)
err-chain-hash = el hash no coincide: la entrada { $kind } guardada se modificó después de escribirse
err-chain-payload = no se puede leer su contenido
err-csv-detected = detectado: { $separator } y { $comma ->
    [yes] coma
   *[no] punto
} decimal, fechas { $style ->
    [slash] DD/MM/AAAA
    [dot] DD.MM.AAAA
    [dash] DD-MM-AAAA
   *[iso] AAAA-MM-DD
}

## The command line's help and parse errors (cli/localize.rs,
## cli/parse_error.rs): clap's own words. The help of each command and
## argument (help-PATH, help-PATH--ID) is in the other catalogues only:
## in English it is the doc comment of src/cli/args.rs.

cli-help-usage = Uso:
cli-help-commands = Órdenes:
cli-help-arguments = Argumentos:
cli-help-options = Opciones:
cli-help-example = Ejemplo:
cli-help-flag-help = Muestra la ayuda
cli-help-flag-help-more = Muestra la ayuda (más detalle con '--help')
cli-help-flag-help-summary = Muestra la ayuda (un resumen con '-h')
cli-help-flag-version = Muestra la versión
cli-help-subcommand = Muestra este mensaje o la ayuda de las órdenes indicadas
cli-help-default = [por defecto: { $value }]
cli-parse-missing = faltan estos argumentos obligatorios:
cli-parse-unknown_argument = argumento inesperado { $arg }
cli-parse-unknown_subcommand = orden desconocida { $name }
cli-parse-value_required = { $arg } necesita un valor y no se ha dado ninguno
cli-parse-invalid_value = valor no válido { $value } para { $arg }
cli-parse-invalid_value_because = valor no válido { $value } para { $arg }: { $reason }
cli-parse-possible_values = [valores posibles: { $values }]
cli-parse-conflict = el argumento { $arg } no se puede usar junto con { $other }
cli-parse-conflict_self = el argumento { $arg } no se puede usar más de una vez
cli-parse-conflict_any = el argumento { $arg } no se puede usar junto con uno o más de los demás argumentos dados
cli-parse-too_many_values = valor inesperado { $value } para { $arg }; no se esperaban más
cli-parse-wrong_number = { $arg } necesita { $expected } valores, pero { $actual ->
    [one] se ha dado { $actual }
   *[other] se han dado { $actual }
}
cli-parse-missing_subcommand = { $name } necesita una orden y no se ha dado ninguna
cli-parse-subcommands = [órdenes: { $values }]
cli-parse-no_equals = hace falta un signo igual para dar un valor a { $arg }
cli-parse-similar_subcommand = { $count ->
    [one] sugerencia: existe una orden parecida: { $similar }
   *[other] sugerencia: existen órdenes parecidas: { $similar }
}
cli-parse-similar_argument = { $count ->
    [one] sugerencia: existe un argumento parecido: { $similar }
   *[other] sugerencia: existen argumentos parecidos: { $similar }
}
cli-parse-similar_value = { $count ->
    [one] sugerencia: existe un valor parecido: { $similar }
   *[other] sugerencia: existen valores parecidos: { $similar }
}
cli-parse-tip = sugerencia: { $tip }
cli-parse-not_table = { $value } no es un archivo que se pueda importar: use members, projects, kinds, contributions o revenues
cli-parse-not_leave_reason = { $value } no es un motivo de baja: use good o bad
cli-parse-not_measure = { $value } no es una medida: use hours, money o quantity
cli-parse-not_role = { $value } no es un rol: use member, coordinator, treasurer o admin
cli-parse-not_status = { $value } no es un estado: use counts, pending, rejected o void
cli-parse-not_on_off = { $value } no es ni on ni off
cli-parse-more = Para más información, pruebe { $help }.

help-openvalue = Contabilidad de valor abierto para pequeñas cooperativas: aportaciones, ecuaciones de valor y repartos exactos de los ingresos
help-openvalue--ledger = El libro de cuentas [por defecto: ledger.openvalue en su carpeta de datos]
help-openvalue--as_member = Actuar como este miembro (su frase de contraseña se pide en pantalla, o se toma de OPENVALUE_PASSPHRASE); necesario para cualquier escritura cuando el inicio de sesión está activado
help-init = Crea un libro de cuentas nuevo
help-init--name = El nombre de la cooperativa
help-init--currency = Moneda base (un código ISO 4217 como EUR, o su propia unidad con --scale)
help-init--scale = Decimales de una moneda que no está en ISO 4217 (ECO, HOUR)
help-init--approvals = Aprobaciones de otros miembros que necesita una aportación para contar
help-import = Importa un archivo CSV (miembros, proyectos, tipos, aportaciones, ingresos)
help-import--table = members | projects | kinds | contributions | revenues
help-import--file = El archivo CSV
help-import--dry_run = Indica qué pasaría sin escribir nada
help-import--ignore_unknown = Omite las columnas que el formato no conoce
help-import--locale = El idioma en que se escribió el archivo: en (`,`, `.` y YYYY-MM-DD, por defecto) o es, ca, fr, it, pt (`;`, coma decimal, DD/MM/YYYY), de (DD.MM.YYYY), nl (DD-MM-YYYY); las fechas ISO se leen en todos los idiomas, y `.` o un espacio pueden agrupar los miles de tres en tres
help-log = Registra una aportación; muestra su id
help-log--member = Identificador del miembro
help-log--project = Código del proyecto
help-log--kind = Código del tipo
help-log--quantity = Cantidad (horas, dinero o unidades del tipo)
help-log--date = Fecha del trabajo [por defecto: hoy]
help-log--note = Una nota
help-log--id = Su propio id para ella (si no, un UUID)
help-list = Lista las aportaciones
help-list--member = Solo este miembro
help-list--project = Solo este proyecto
help-list--kind = Solo este tipo
help-list--from = Desde esta fecha, incluida
help-list--to = Hasta esta fecha, incluida
help-list--status = Solo este estado: counts, pending, rejected o void
help-list--all = Incluye las aportaciones anuladas
help-list--search = Solo las aportaciones cuya nota contiene este texto (sin distinguir mayúsculas)
help-list--limit = Muestra las últimas, como mucho tantas
help-approve = Aprueba la aportación de otra persona
help-approve--id = Id de la aportación
help-approve--by = Miembro que aprueba
help-reject = Rechaza la aportación de otra persona, con un motivo
help-reject--id = Id de la aportación
help-reject--by = Miembro que rechaza
help-reject--reason = Por qué
help-correct = Corrige o anula una aportación (se sustituye, nunca se edita)
help-correct--id = Id de la aportación
help-correct--quantity = Cantidad nueva
help-correct--date = Fecha nueva
help-correct--kind = Tipo nuevo
help-correct--note = Nota nueva
help-correct--void = Anula la aportación (sola: en una entrada anulada no hay nada que cambiar)
help-member = Miembros y fondos
help-member-add = Añade un miembro (o un fondo con --fund)
help-member-add--handle = Identificador en minúsculas
help-member-add--name = Nombre
help-member-add--fund = Un fondo, no una persona
help-member-add--joined = Fecha de alta
help-member-leave = Da de baja a un miembro: con una buena razón lo conserva todo; sin ella, su trabajo se revalora para los ingresos posteriores
help-member-leave--handle = Identificador
help-member-leave--date = Fecha de la baja [por defecto: hoy]
help-member-leave--reason = good: lo conserva todo; bad: para los ingresos desde esa fecha solo cuenta su dinero, con multiplicador 1
help-member-rejoin = Vuelve a dar de alta a un miembro
help-member-rejoin--handle = Identificador
help-member-rejoin--date = De nuevo en activo desde [por defecto: hoy]
help-member-passphrase = Fija o cambia la frase de contraseña de un miembro (la administración puede restablecerla); la nueva se pide en pantalla, o se toma de OPENVALUE_NEW_PASSPHRASE
help-member-passphrase--handle = Identificador
help-member-list = Lista los miembros y fondos
help-member-rename = Da un nombre nuevo a un miembro o fondo (el identificador no cambia)
help-member-rename--handle = Identificador
help-member-rename--name = El nombre nuevo
help-project = Proyectos
help-project-add = Añade un proyecto
help-project-add--code = Código en minúsculas
help-project-add--name = Nombre
help-project-add--parent = Código del proyecto padre
help-project-list = Lista los proyectos
help-project-rename = Da un nombre nuevo a un proyecto (el código no cambia)
help-project-rename--code = Código
help-project-rename--name = El nombre nuevo
help-kind = Tipos de aportación y sus tarifas
help-kind-add = Añade un tipo, o una nueva versión de su tarifa (con --from)
help-kind-add--code = Código en minúsculas
help-kind-add--name = Nombre
help-kind-add--measure = hours | money | quantity
help-kind-add--unit = Unidad de los tipos por cantidad (en palabras)
help-kind-add--rate = Valor por unidad (ninguno para un tipo con valoración entre pares)
help-kind-add--multiplier = Factor de riesgo [por defecto: 1]
help-kind-add--gift = Se valora y se muestra, pero no da parte
help-kind-add--reimbursable = Dinero que se devuelve (medida money)
help-kind-add--deferred = Un crédito pendiente que se devuelve más tarde con partidas de devolución, sin dar parte
help-kind-add--valued_by = `peers`: otros miembros valoran cada aportación (sin tarifa)
help-kind-add--from = En vigor desde [por defecto: el principio]
help-kind-list = Lista los tipos y el historial de sus tarifas
help-kind-rename = Da un nombre nuevo a un tipo (el código, la tarifa y el multiplicador no cambian)
help-kind-rename--code = Código
help-kind-rename--name = El nombre nuevo
help-revenue = Ingresos
help-revenue-add = Registra el dinero que ha recibido un proyecto; muestra su id
help-revenue-add--project = Código del proyecto
help-revenue-add--amount = Importe en la moneda base
help-revenue-add--date = Fecha de cobro [por defecto: hoy]
help-revenue-add--id = Su propio id (si no, un UUID)
help-revenue-add--note = Una nota
help-revenue-list = Lista los ingresos y si cada uno está repartido
help-revenue-void = Anula un ingreso registrado por error (se rechaza mientras tenga un reparto activo: anule antes el reparto)
help-revenue-void--id = Id del ingreso
help-revenue-correct = Corrige el importe, la fecha o la nota de un ingreso (se rechaza mientras tenga un reparto activo: anule antes el reparto)
help-revenue-correct--id = Id del ingreso
help-revenue-correct--amount = Importe nuevo
help-revenue-correct--date = Fecha nueva
help-revenue-correct--note = Nota nueva
help-equation = Ecuaciones de valor (reglas de reparto)
help-equation-set = Fija la ecuación de valor de un proyecto (o la del libro por defecto) desde un archivo TOML
help-equation-set--first = Código del proyecto y después el archivo TOML (solo el archivo con --default)
help-equation-set--file = El archivo TOML
help-equation-set--default = Fija la del libro por defecto en vez de la de un proyecto
help-equation-set--from = En vigor desde esta fecha [por defecto: el principio]
help-equation-list = Lista las versiones de las ecuaciones de valor
help-distribute = Reparte un ingreso según la ecuación de valor de su proyecto
help-distribute--revenue = Id del ingreso
help-distribute--dry_run = Muestra el resultado sin escribir nada
help-distribute--json = Muestra el resultado en JSON
help-distribute--explain = Lista las aportaciones que hay detrás del peso de este miembro
help-reverse = Anula un reparto confirmado
help-reverse--distribution = Id del reparto
help-undo = Deshace la última acción en este portátil con su entrada inversa (una aportación o un ingreso registrados se anulan, un reparto se anula, un pago se anula)
help-undo--dry_run = Solo indica cuál fue la última acción y si se puede deshacer
help-pay = Registra un pago a un miembro o fondo
help-pay--account = Identificador de la cuenta
help-pay--amount = Importe
help-pay--date = Fecha del pago [por defecto: hoy]
help-pay--method = Cómo se pagó
help-pay--note = Una nota
help-payout = Pagos: listarlos, anular uno registrado por error
help-payout-list = Lista los pagos, los más recientes primero
help-payout-list--all = Incluye los pagos anulados
help-payout-void = Anula un pago registrado por error (deja de contar como pagado)
help-payout-void--id = Id del pago (`payout list` los muestra; `pay` lo mostró)
help-balances = Ganado, pagado y pendiente por cuenta (con un periodo: lo ganado y pagado en él, y su diferencia; con un proyecto: solo lo que asignaron sus repartos, ya que los pagos no son por proyecto)
help-balances--from = Desde esta fecha, incluida [por defecto: el principio]
help-balances--to = Hasta esta fecha, incluida [por defecto: el final]
help-balances--project = Solo lo que asignaron los repartos de este proyecto (solo lo ganado)
help-statement = Escribe el extracto de un miembro (aportaciones, líneas de reparto, pagos, lo pendiente) en HTML o PDF, según la extensión de --out
help-statement--member = El miembro (o fondo)
help-statement--from = Desde esta fecha, incluida [por defecto: el principio]
help-statement--to = Hasta esta fecha, incluida [por defecto: el final]
help-statement--out = Archivo de salida: .html o .pdf
help-export = Escribe una exportación CSV, de contabilidad en texto plano (hledger, beancount) o Valueflows
help-export--what = contributions | allocations | balances | payouts | journal (CSV); members | projects | kinds | revenues (CSV que `import` vuelve a leer); hledger | beancount (contabilidad en texto plano); valueflows (JSON-LD); tokens
help-export--out = Archivo de salida
help-export--locale = en (`,` y `.`) o es, ca, fr, de, it, pt, nl (`;` y `,`); solo CSV
help-export--bom = Empieza con una marca de orden de bytes (Excel)
help-export--from = Solo las filas con fecha desde esta, incluida
help-export--to = Solo las filas con fecha hasta esta, incluida
help-export--project = Solo este proyecto
help-chart = Dibuja un gráfico en SVG o PNG (según la extensión de --out)
help-chart-distribution = El reparto por destinatario y partida (un id de ingreso muestra su reparto, o una vista previa si no lo tiene)
help-chart-distribution--id = Id del ingreso o del reparto
help-chart-distribution--out = Archivo de salida: .svg o .png
help-chart-contributions = El valor de las aportaciones por tipo, por mes, apilado
help-chart-contributions--project = Solo este proyecto
help-chart-contributions--out = Archivo de salida: .svg o .png
help-chart-shares = El valor acumulado y la parte de cada miembro a lo largo del tiempo
help-chart-shares--project = Solo este proyecto
help-chart-shares--out = Archivo de salida: .svg o .png
help-chart-give = El GIVE que recibió cada miembro en cada ronda de GIVE de un proyecto
help-chart-give--project = El proyecto
help-chart-give--out = Archivo de salida: .svg o .png
help-chart-tokens = El saldo de fichas de cada miembro al final de cada mes
help-chart-tokens--token = La ficha (necesaria cuando el libro tiene más de una)
help-chart-tokens--out = Archivo de salida: .svg o .png
help-verify = Comprueba las cadenas de hashes, las firmas y cada tabla derivada contra el diario; muestra la cabeza de la cadena de cada dispositivo
help-verify--against = Un paquete o una copia de seguridad: lista las entradas que contiene y que faltan en este libro ("missing") y falla si hay alguna
help-device = Este portátil y los demás portátiles de la cooperativa (dispositivos)
help-device-invite = Escribe un archivo de invitación para un portátil nuevo
help-device-invite--out = El archivo de invitación (contiene la clave del portátil nuevo: guárdelo bien y bórrelo una vez usado)
help-device-invite--label = Cómo se llama el portátil
help-device-list = Lista los dispositivos: id, etiqueta, admitido por, última entrada, visto por última vez
help-device-revoke = Revoca un portátil perdido: sus entradas posteriores se guardan pero no se aplican
help-device-revoke--id = El id del dispositivo
help-device-new = Convierte esta copia del libro en un dispositivo nuevo (un archivo copiado en un ordenador sin su clave)
help-device-new--label = Cómo se llama este portátil
help-device-new--yes = Confirmar: los demás portátiles deberán admitir después este dispositivo
help-device-admit = Admite un dispositivo creado con `device new` en otro portátil
help-device-admit--id = El id del dispositivo
help-clone = Empieza el libro de este portátil a partir de un archivo de invitación (como dispositivo nuevo)
help-clone--file = El archivo de invitación creado en un portátil admitido
help-bundle = Lleva entradas de un portátil a otro en una memoria USB
help-bundle-export = Escribe todas las entradas de este libro en un archivo de paquete
help-bundle-export--out = El archivo de paquete
help-bundle-import = Fusiona un paquete de otro portátil (se comprueba entero y se rechaza entero)
help-bundle-import--file = El archivo de paquete
help-sync = Intercambia entradas a través de una carpeta compartida (Syncthing, Nextcloud, una memoria USB)
help-sync--dir = La carpeta compartida (nunca la carpeta del propio libro de cuentas)
help-token = Fichas de la comunidad: se ganan aportando, se envían entre miembros, nunca son dinero
help-token-define = Define una ficha (no cambia nunca después)
help-token-define--code = Código en minúsculas
help-token-define--name = Nombre
help-token-define--scale = Decimales de los importes (0–8)
help-token-define--per_value = Fichas emitidas por unidad de valor contado (como mucho 4 decimales)
help-token-send = Envía fichas de un miembro a otro
help-token-send--from = Quien envía
help-token-send--to = Quien recibe
help-token-send--amount = Importe, con los decimales de la ficha
help-token-send--token = La ficha (necesaria cuando el libro tiene más de una)
help-token-send--note = Texto libre
help-token-send--date = Fecha [por defecto: hoy]
help-token-balances = El saldo de cada miembro en cada ficha (o en una)
help-token-balances--code = Solo esta ficha
help-stage = Etapas: el trabajo de algunos tipos de un miembro se valora a un porcentaje durante un tiempo (una fase de "noviazgo")
help-stage-define = Define una etapa (no cambia una vez definida)
help-stage-define--code = Código en minúsculas
help-stage-define--percent = Porcentaje de 0 a 100 (como mucho 2 decimales)
help-stage-define--kinds = Los tipos a los que se aplica [por defecto: todos los tipos que dan parte por criterio ahora]
help-stage-set = Pone a un miembro en una etapa (o en ninguna) a partir de una fecha
help-stage-set--member = El miembro
help-stage-set--stage = El código de la etapa, o none
help-stage-set--from = Desde [por defecto: hoy]
help-stage-list = Las etapas, quién está hoy en cada una, y el historial de cada miembro
help-resource = Recursos cuyo uso acredita a sus propietarios (una cortadora láser, una furgoneta)
help-resource-add = Define un recurso (no cambia una vez definido)
help-resource-add--code = Código en minúsculas
help-resource-add--name = Nombre
help-resource-add--rate = Valor por unidad de uso (como mucho 4 decimales)
help-resource-add--unit = Unidad de uso (horas, hojas …)
help-resource-add--owners = Un propietario, miembro o fondo, con una parte entera (por defecto 1); repítalo para cada propietario
help-resource-list = Los recursos, sus propietarios, y cada uso con lo acreditado a cada propietario
help-use = Registra un uso de un recurso en un proyecto: se acredita a sus propietarios
help-use--resource = El código del recurso
help-use--project = El proyecto para el que se usó
help-use--quantity = Cuánto se usó, en la unidad del recurso
help-use--date = Fecha del uso [por defecto: hoy]
help-use--by = Quién lo usó (solo se registra)
help-epoch = Rondas de GIVE: cada miembro da a los demás un presupuesto de GIVE
help-epoch-open = Abre una ronda de GIVE de un proyecto
help-epoch-open--project = El proyecto
help-epoch-open--from = Primer día
help-epoch-open--to = Último día
help-epoch-open--give = El presupuesto de GIVE de cada miembro
help-epoch-open--id = Su id [por defecto: E-PROYECTO-DESDE]
help-epoch-close = Cierra una ronda de GIVE después de su último día
help-epoch-close--epoch = La ronda de GIVE
help-epoch-show = Quién dio a quién, y lo que recibió cada uno
help-epoch-show--epoch = La ronda de GIVE
help-give = Da GIVE a otro miembro en una ronda de GIVE (0 lo retira)
help-give--epoch = La ronda de GIVE
help-give--from = Quien da
help-give--to = Quien recibe
help-give--amount = GIVE enteros
help-give--note = Unas palabras de agradecimiento para quien recibe (en la aplicación, solo lo ve esa persona cuando el inicio de sesión está activado)
help-value = Valora la aportación de otro miembro de un tipo con valoración entre pares (sustituye su valoración anterior)
help-value--id = La aportación
help-value--by = El miembro que la valora (usted, si ha iniciado sesión)
help-value--amount = El valor de toda la aportación, en la moneda base
help-reputation = La reputación de cada miembro, que pondera las valoraciones entre pares
help-reputation--date = En este día [por defecto: hoy]
help-conflicts = Lista lo que hicieron dos portátiles y no puede valer a la vez
help-backup = Escribe una copia coherente del libro de cuentas
help-backup--file = Dónde escribir la copia (no debe existir)
help-settings = Cambia los ajustes del libro de cuentas
help-settings--approvals = Aprobaciones que necesita una aportación para contar
help-settings--sign_in = Si toda escritura necesita un miembro con sesión iniciada: on u off
help-role = Roles de los miembros: miembro < coordinación < tesorería < administración
help-role-grant = Da un rol a un miembro
help-role-grant--handle = Identificador
help-role-grant--role = member, coordinator, treasurer o admin
help-role-revoke = Devuelve a un miembro al rol de miembro
help-role-revoke--handle = Identificador
help-role-list = Lista el rol de cada miembro
help-demo = Crea un libro de cuentas de demostración de una pequeña cooperativa realista
help-demo--file = Dónde crearlo (no debe existir)
