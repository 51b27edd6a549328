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
app-balances-as-of-placeholder = AAAA-MM-DD (hoy)
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
app-date-placeholder = AAAA-MM-DD
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


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

