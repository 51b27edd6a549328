# OpenValue's catalogue (es). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Español

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens


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
