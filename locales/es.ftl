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
