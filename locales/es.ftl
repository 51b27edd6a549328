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
