# OpenValue's catalogue (es). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Español

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

## The app's shell, shared parts, and the screens Balances … Ledger


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
app-sync-skipped = Se ha omitido { $file }: { $why }
app-sync-revoke-question = ¿Revocar { $name }?
app-sync-revoke-explain = Hazlo con un dispositivo perdido o sustituido. Sus entradas hasta ahora siguen contando; lo que escriba a partir de ahora se guarda pero nunca se aplica, en todos los dispositivos que sincronizan. No se puede deshacer: para volver a usar ese dispositivo, invítalo de nuevo.
app-sync-admit-question = ¿Admitir { $name }?
app-sync-admit-explain = Solo si conoces este dispositivo: su pantalla de sincronización muestra su id, { $id }. Una vez admitido, sus entradas cuentan como las de este dispositivo.
app-sync-revoke-name = Revocar { $name }
app-sync-admit-name = Admitir { $name }
app-sync-cancel = Cancelar (Esc)
app-sync-revoked-notice = { $name } revocado: sus entradas hasta el número { $last } cuentan; lo que escriba a partir de ahora se guarda pero nunca se aplica, en todos los dispositivos que sincronizan.
app-sync-admitted-notice = { $name } admitido. Sus entradas llegarán con la próxima sincronización.
app-sync-conflicts = Conflictos
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

