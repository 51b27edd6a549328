# OpenValue's catalogue (ca). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Català

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens


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
