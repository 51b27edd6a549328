# OpenValue's catalogue (ca). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Català

# Undo of the last action (components/UndoBar.svelte)
app-undo-button = Desfés l'última acció…
app-undo-logged = { $count ->
    [one] anul·lar l'aportació { $ids }
   *[other] anul·lar les aportacions { $ids }
}
app-undo-revenue = { $count ->
    [one] anul·lar l'ingrés { $ids }
   *[other] anul·lar els ingressos { $ids }
}
app-undo-distributed = anul·lar el repartiment { $ids }
app-undo-paid = anul·lar el pagament { $ids }
app-undo-question = Vols desfer l'última acció en aquest portàtil: { $what }? Queda a l'historial.
app-undo-confirm = Desfés-la
app-undo-keep = Mantén-la
app-undo-done = Fet: { $what }.

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens

# Nombres escrits en un camp (ui/src/lib/numbers.ts).
app-input-required = obligatori
app-input-negative = no pot ser negatiu: escriu-lo sense signe
app-input-not-a-number = escriu un nombre, per exemple { $example }
app-input-wrong-separator = aquí no s'usa «{ $symbol }»: escriu els decimals després de «{ $decimal }», per exemple { $example }
app-input-bad-grouping = agrupa els milers de tres en tres, o no els agrupis, per exemple { $example }
app-input-whole = no s'admeten decimals
app-input-places = { $places ->
    [one] com a màxim { $places } decimal
   *[other] com a màxim { $places } decimals
}
app-input-positive = ha de ser més gran que zero
app-input-field-problem = { $field }: { $problem }
app-input-handle = fes servir d'1 a 32 lletres minúscules, xifres, «_» o «-»
app-input-date-format = escriu AAAA-MM-DD, per exemple 2026-03-31
app-input-date-missing = { $date } no és una data

# Projectes
app-projects-title = Projectes
app-projects-add-title = Afegir un projecte
app-projects-code = Codi
app-projects-code-placeholder = festival
app-projects-name = Nom
app-projects-name-placeholder = Festival d'estiu
app-projects-parent = Projecte pare
app-projects-parent-none = (cap)
app-projects-add = Afegir
app-projects-added = S'ha afegit el projecte { $code }.
app-projects-empty = Encara no hi ha projectes.
app-projects-parent-note = Un projecte pare no transmet res: l'ingrés de cada projecte es reparteix segons les seves pròpies aportacions i la seva equació de valor.

# Inici de sessió
app-signin-title = Inicia la sessió a { $ledger }
app-signin-intro = Aquesta cooperativa signa cada canvi amb el nom del membre que el fa.
app-signin-who = Qui ets?
app-signin-choose = — tria el teu nom —
app-signin-passphrase = Frase de contrasenya
app-signin-checking = Comprovant…
app-signin-submit = Inicia la sessió
app-signin-switch = Obre un altre llibre de comptes…

# Pagaments
app-payouts-title = Pagaments
app-payouts-record-title = Registrar diners pagats
app-payouts-to = Per a
app-payouts-choose = — tria —
app-payouts-account-option = { $handle } ({ $type })
app-payouts-type-member = membre
app-payouts-type-fund = fons
app-payouts-amount-in = Import ({ $currency })
app-payouts-amount = Import
app-payouts-date = Data
app-payouts-method = Forma de pagament
app-payouts-method-default = transferència
app-payouts-note = Nota
app-payouts-status = Estat
app-payouts-record = Registra el pagament
app-payouts-recorded = S'ha registrat un pagament de { $amount } { $currency } a { $account }.
app-payouts-overpay-title = Aquest pagament és més del que està pendent.
app-payouts-overpay-yes = Sí, registra'l
app-payouts-cancel = Cancel·la (Esc)
app-payouts-status-void = anul·lat
app-payouts-status-paid = pagat
app-payouts-void = Anul·la…
app-payouts-void-question = Vols anul·lar el pagament de { $amount } { $currency } a { $account } del { $date }?
app-payouts-void-explain = Fes-ho amb un pagament registrat per error (els diners no van sortir mai). Deixarà de comptar com a pagat, de manera que a { $account } se li deuran { $amount } més. Continua a la llista, ratllat. Una anul·lació no es pot desfer: si al final els diners sí que es van pagar, torna a registrar el pagament.
app-payouts-void-yes = Sí, anul·la'l
app-payouts-voided = S'ha anul·lat el pagament de { $amount } { $currency } a { $account } del { $date }: ja no compta com a pagat, així que torna a estar pendent per a { $account }. Continua a la llista, ratllat.
app-payouts-empty = Encara no hi ha pagaments.

# Ingressos
app-revenues-title = Ingressos
app-revenues-record-title = Registrar un ingrés
app-revenues-project = Projecte
app-revenues-choose = — tria —
app-revenues-amount-in = Import ({ $currency })
app-revenues-amount = Import
app-revenues-date = Data
app-revenues-id = Id
app-revenues-id-placeholder = opcional
app-revenues-note = Nota
app-revenues-record = Registra
app-revenues-recorded = S'ha registrat l'ingrés { $id }.
app-revenues-status = Estat
app-revenues-status-distributed = repartit
app-revenues-status-open = obert
app-revenues-status-reversed = anul·lat
app-revenues-reversed-title = Repartiments anul·lats: { $ids }
app-revenues-reversed-count = { $count ->
    [one] { $count } anul·lat
   *[other] { $count } anul·lats
}
app-revenues-empty = Encara no hi ha ingressos.
app-revenues-choose-one = Tria un ingrés per veure la previsualització del seu repartiment, confirmar-lo o anul·lar-lo.
app-revenues-reversed-line = ({ $equation }) — les seves assignacions ja no compten
app-revenues-distributed-as = Repartit com a
app-revenues-reverse = Anul·la el repartiment…
app-revenues-reverse-question = Vols anul·lar el repartiment { $id }?
app-revenues-reverse-explain = Les seves assignacions queden cancel·lades: el que va donar a cada membre i fons deixa de comptar en el que se'ls deu (els pagaments ja fets es mantenen). Després l'ingrés es pot tornar a repartir. El repartiment anul·lat continua a la llista com a anul·lat.
app-revenues-reverse-yes = Sí, anul·la'l
app-revenues-reverse-keep = Mantén-lo (Esc)
app-revenues-reversed-notice = S'ha anul·lat el repartiment { $id }: les seves assignacions ja no compten i l'ingrés es pot tornar a repartir. Continua a la llista de sota com a anul·lat.
app-revenues-chart-distribution = Repartiment per destinatari i partida
app-revenues-preview = Previsualització del repartiment
app-revenues-commit = Confirma aquest repartiment
app-revenues-preview-note = Previsualització: no es desa res fins que ho confirmis.
app-revenues-chart-preview = Previsualització: repartiment d'aquest ingrés per destinatari i partida

# Recursos
app-resources-title = Recursos
app-resources-intro = Equips que són dels membres o dels fons de la cooperativa, com una talladora làser. Un ús en un projecte val quantitat × tarifa, repartit entre els propietaris segons les seves parts: els membres en guanyen de l'ingrés del projecte com amb qualsevol aportació, i la part d'un fons es retorna amb una partida repay.
app-resources-code = Codi
app-resources-code-placeholder = laser
app-resources-name = Nom
app-resources-name-placeholder = Talladora làser
app-resources-rate = Tarifa
app-resources-unit = Unitat
app-resources-unit-default = hores
app-resources-owners = Propietaris
app-resources-owners-shares = Propietaris (parts)
app-resources-owners-title = Membres o fons, cadascun amb una part sencera (1 si no s'indica): ana:2, ben, comu
app-resources-owners-placeholder = ana:2, ben, comu
app-resources-empty = Encara no hi ha recursos.
app-resources-add-title = Afegir un recurs
app-resources-add = Afegeix
app-resources-added = S'ha afegit el recurs { $code }.
app-resources-log-title = Anotar un ús
app-resources-resource = Recurs
app-resources-project = Projecte
app-resources-quantity = Quantitat
app-resources-date = Data
app-resources-date-empty = Buit: avui
app-resources-by = Per
app-resources-by-none = sense indicar
app-resources-log = Anota l'ús
app-resources-logged = S'ha anotat un ús: { $quantity } { $unit } de { $resource } a { $project }.
app-resources-uses = Usos
app-resources-quantity-rate = Quantitat × tarifa
app-resources-credits = Abonaments
app-resources-uses-empty = Encara no hi ha usos.

# Fitxes
app-tokens-title = Fitxes
app-tokens-intro = Una fitxa comunitària es guanya aportant —tantes per unitat del valor de la feina que compta— i s'envia entre membres a canvi dels seus serveis. Mai no són diners: no entra als saldos, als pagaments ni a les exportacions comptables.
app-tokens-empty = Encara no hi ha fitxes.
app-tokens-define-below = Defineix-ne una a sota.
app-tokens-token = Fitxa
app-tokens-about = { $perValue } { $code } per unitat de valor que compta; imports amb { $scale ->
    [one] { $scale } decimal
   *[other] { $scale } decimals
}. Una anul·lació o un rebuig retira el que va guanyar aquella feina.
app-tokens-member = Membre
app-tokens-balance = Saldo
app-tokens-send-title = Envia { $code }
app-tokens-from = De
app-tokens-to = Per a
app-tokens-amount = Quantitat
app-tokens-date = Data
app-tokens-date-empty = Buit: avui
app-tokens-note = Nota
app-tokens-note-placeholder = arranjament de la bici
app-tokens-sender-has = { $sender } té { $balance } { $code }.
app-tokens-send = Envia
app-tokens-sent-notice = { $sender } ha enviat { $amount } { $token } a { $to }.
app-tokens-history = Historial
app-tokens-show-earned = També el que va guanyar cada aportació ({ $count })
app-tokens-what = Què
app-tokens-move-earned = guanyat per aportació
app-tokens-move-sent = enviat
app-tokens-contribution = aportació
app-tokens-moves-empty-all = Encara no s'ha guanyat ni enviat res.
app-tokens-moves-empty = Encara no s'ha enviat res.
app-tokens-chart = Saldos de { $name } al llarg del temps
app-tokens-define-title = Definir una fitxa
app-tokens-define-note = Una definició no canvia mai. La guanya la feina que compta de cada membre, també la passada.
app-tokens-code = Codi
app-tokens-code-placeholder = eco
app-tokens-name = Nom
app-tokens-name-placeholder = Ecos
app-tokens-decimals = Decimals
app-tokens-decimals-title = Decimals dels seus imports
app-tokens-per-value = Per unitat de valor
app-tokens-per-value-title = Fitxes per unitat de valor que compta (com a màxim 4 decimals)
app-tokens-define = Defineix
app-tokens-defined = S'ha definit la fitxa { $code }: els membres guanyen { $perValue } per unitat de valor que compta, també per tota la seva feina passada.

# Tipus i tarifes
app-kinds-title = Tipus i tarifes
app-kinds-intro = Una tarifa o un multiplicador nous porten una data d'entrada en vigor: valoren les aportacions amb aquesta data o posterior, i mai no revaloren les anteriors.
app-kinds-code = Codi
app-kinds-code-placeholder = cures
app-kinds-name = Nom
app-kinds-name-placeholder = Feina de cures
app-kinds-measure = Mesura
app-kinds-measure-hours = hores
app-kinds-measure-money = diners
app-kinds-measure-quantity = quantitat
app-kinds-flags = Característiques
app-kinds-flag-gift = donació
app-kinds-flag-reimbursable = reemborsable
app-kinds-flag-deferred = diferit
app-kinds-flag-peers = valorat entre iguals
app-kinds-history = Historial de tarifes (des de → tarifa × multiplicador)
app-kinds-beginning = el principi
app-kinds-new-rate = Nova tarifa…
app-kinds-rate = Tarifa
app-kinds-rate-by-peers = entre iguals
app-kinds-multiplier = Multiplicador
app-kinds-multiplier-high = Amb un multiplicador de { $multiplier }, una unitat d'aquest tipus compta tant com { $multiplier } unitats de feina normal.
app-kinds-multiplier-low = Amb un multiplicador de { $multiplier }, aquest tipus gairebé no compta.
app-kinds-effective-from = En vigor des de
app-kinds-add-rate = Afegeix la tarifa
app-kinds-cancel = Cancel·la
app-kinds-empty = Encara no hi ha tipus: afegeix els tipus d'aportació que reconeix la teva cooperativa.
app-kinds-add-title = Afegir un tipus
app-kinds-unit = Unitat
app-kinds-unit-placeholder = paraules
app-kinds-from = Des de
app-kinds-from-empty = Buit: des del principi
app-kinds-gift = Donació (es valora, no dona part)
app-kinds-reimbursable = Reemborsable (diners que es retornen)
app-kinds-deferred = Diferit (es retorna més endavant amb una partida repay)
app-kinds-deferred-title = Es valora ara i es retorna més endavant amb els ingressos mitjançant una partida repay (el més antic primer); no dona part
app-kinds-peers = Valorat entre iguals (sense tarifa)
app-kinds-peers-title = Sense tarifa: els altres membres valoren cada aportació (a la pantalla d'aportacions), i val la mediana de les seves valoracions ponderada per la reputació
app-kinds-add = Afegeix el tipus
app-kinds-added = S'ha afegit el tipus { $code }.
app-kinds-peers-no-rate = un tipus valorat entre iguals no té tarifa: deixa-la buida
app-kinds-only-money-reimbursable = només els tipus de diners poden ser reemborsables
app-kinds-one-of-flags = un tipus és com a màxim una d'aquestes coses: donació, reemborsable o diferit

# Membres i fons
app-members-title = Membres i fons
app-members-add-title = Afegir un membre o un fons
app-members-handle = Identificador
app-members-handle-placeholder = ana
app-members-name = Nom
app-members-name-placeholder = Ana Puig
app-members-type = Tipus de compte
app-members-type-member = membre
app-members-type-fund = fons
app-members-joined = Data d'alta
app-members-add = Afegeix
app-members-added-member = S'ha afegit el membre { $handle }.
app-members-added-fund = S'ha afegit el fons { $handle }.
app-members-members-count = Membres ({ $count })
app-members-status = Estat
app-members-status-active = actiu
app-members-status-left = de baixa
app-members-stage-today = Etapa avui
app-members-reputation = Reputació
app-members-reputation-title = 1 + el valor sencer de la feina que compta del membre (sense donacions, despeses ni feina valorada entre iguals), avui: pondera les seves valoracions de la feina dels altres valorada entre iguals
app-members-leaves = Es dona de baixa…
app-members-rejoins = Torna…
app-members-rejoin-explain = { $name } torna a ser membre actiu. La feina amb data des d'aleshores compta amb normalitat; el que es va revalorar abans es queda així.
app-members-leave-explain = { $name } es dona de baixa de la cooperativa. El motiu de la baixa decideix què guanya la seva feina passada dels ingressos posteriors:
app-members-good-reason = Amb causa justificada
app-members-good-reason-explain = tot el que va aportar conserva el seu valor en cada repartiment posterior.
app-members-bad-reason = Sense causa justificada
app-members-bad-reason-explain = per als ingressos des d'aquesta data, només compten els diners que va aportar, pel seu valor simple (multiplicador 1); les seves hores i la resta de la seva feina ja no donen part.
app-members-active-again-from = Actiu de nou des de
app-members-left-on = Data de baixa
app-members-date-empty = Buit: avui
app-members-today = avui
app-members-rejoin = Torna a donar-lo d'alta
app-members-confirm-leaving = Confirma la baixa
app-members-cancel = Cancel·la
app-members-empty = Encara no hi ha membres.
app-members-stages = Etapes
app-members-stages-intro = Una etapa valora la feina de certs tipus d'un membre a un percentatge mentre hi és — la fase de “festeig” d'un membre nou al 50 %, després al 75 %. Les aportacions es valoren segons l'etapa vigent en la seva data.
app-members-stage = Etapa
app-members-percent = Percentatge
app-members-kinds = Tipus
app-members-members-today = Membres avui
app-members-stage-since = { $code } ({ $percent } %) des del { $since }
app-members-member-since = { $member } (des del { $since })
app-members-stages-empty = No hi ha etapes: cada aportació compta al 100 %.
app-members-stage-history = Historial d'etapes
app-members-member = Membre
app-members-from = Des de
app-members-stage-none = cap (100 %)
app-members-define-stage-title = Definir una etapa
app-members-code = Codi
app-members-stage-code-placeholder = festeig
app-members-kinds-placeholder = tots els que donen part
app-members-define = Defineix
app-members-stage-defined = S'ha definit l'etapa { $code }.
app-members-put-in-stage-title = Posar un membre en una etapa
app-members-set = Aplica
app-members-no-stage-from = { $member } no té etapa des de { $from }.
app-members-in-stage-from = { $member } és a l'etapa { $stage } des de { $from }.
app-members-funds-count = Fons ({ $count })
app-members-funds-empty = Encara no hi ha fons. Un fons comú rep una part dels ingressos mitjançant una equació de valor.

# Cercles de GIVE
app-give-intro = En una ronda de GIVE cada membre reparteix un pressupost de GIVE entre els altres pel seu paper en un projecte. Quan la ronda s'ha acabat i es tanca, una partida peer de l'equació de valor del projecte reparteix els ingressos segons el GIVE que ha rebut cada membre. El GIVE que un membre no dona es perd en tancar.
app-give-no-epochs = Encara no hi ha rondes.
app-give-open-below = Obre'n una a sota.
app-give-epoch = Ronda
app-give-epoch-option = { $epoch } — { $project }, del { $from } al { $to }
app-give-epoch-option-closed = { $epoch } — { $project }, del { $from } al { $to } (tancada)
app-give-state-closed = tancada
app-give-state-ended = acabada, sense tancar
app-give-state-open = oberta
app-give-project = Projecte
app-give-epoch-terms = del { $from } al { $to }; cada membre dona { $give } GIVE.
app-give-ended-close-it = S'ha acabat: tanca-la perquè el seu GIVE compti en els repartiments (un repartiment amb una partida peer es rebutja mentre continuï oberta).
app-give-close-from = Es pot tancar a partir de l'endemà del { $to }.
app-give-close = Tanca la ronda
app-give-closed-notice = S'ha tancat { $epoch }: el seu GIVE ja compta a les partides peer del projecte { $project }.
app-give-your-gifts = Els teus lliuraments de GIVE
app-give-gifts = Lliuraments de GIVE
app-give-who-gives = Qui dona
app-give-no-receivers = No hi ha cap altre membre actiu a qui donar.
app-give-left = Et queden { $remaining } de { $give } GIVE per donar
app-give-over = { $over } GIVE per sobre del pressupost de { $give }: rebaixa alguna quantitat
app-give-to = Per a
app-give-or-slide = …o llisca
app-give-thanks = Unes paraules d'agraïment (només les veu qui les rep)
app-give-thanks-placeholder = pels torns de nit
app-give-amount-to = GIVE per a { $to }
app-give-slide-to = Llisca el GIVE per a { $to }
app-give-bad-amount = GIVE per a { $to }: escriu un nombre enter, per exemple 20 (0 no dona res).
app-give-save = Desa
app-give-saved = S'han desat els lliuraments de { $giver } a { $epoch }: { $given } de { $give } GIVE donats{ $remaining ->
    [0] .
   *[other] , { $remaining } sense fer servir (el GIVE que no es dona es perd en tancar la ronda).
}
app-give-received = Rebut
app-give-hidden = Els lliuraments dels altres queden amagats fins que es tanqui la ronda; només veus els teus.
app-give-member = Membre
app-give-received-col = GIVE rebut
app-give-share = Part
app-give-nobody-yet = Encara ningú no ha donat GIVE.
app-give-who-gave-whom = Qui ha donat a qui ({ $count })
app-give-chart = GIVE rebut a cada ronda de { $project }
app-give-open-title = Obrir una ronda
app-give-from = Des de
app-give-until = Fins a
app-give-each = GIVE per persona
app-give-each-title = GIVE sencer que cada membre dona als altres
app-give-id = Id
app-give-id-placeholder = automàtic
app-give-open = Obre
app-give-opened = S'ha obert la ronda { $epoch }: cada membre té { $give } GIVE per donar fins al { $to }.

# El meu compte
app-myaccount-title-own = El meu compte
app-myaccount-title-other = El compte d'un membre
app-myaccount-member = Membre
app-myaccount-choose = — tria —
app-myaccount-role-member = membre
app-myaccount-role-coordinator = coordinació
app-myaccount-role-treasurer = tresoreria
app-myaccount-role-admin = administració
app-myaccount-statement-placeholder = fitxer de l'extracte (.pdf o .html), o tria…
app-myaccount-statement-title = On desar l'extracte: un fitxer .pdf o .html; deixa-ho buit per triar-lo en un diàleg
app-myaccount-save-statement = Desa l'extracte…
app-myaccount-save-dialog = Desa l'extracte
app-myaccount-statement-saved = Extracte desat a
app-myaccount-value-counts = Valor que compta
app-myaccount-reputation = Reputació
app-myaccount-reputation-title = 1 + el valor sencer de la teva feina que compta (sense donacions, despeses ni feina valorada entre iguals): pondera les teves valoracions de la feina dels altres valorada entre iguals
app-myaccount-earned = Guanyat
app-myaccount-paid = Pagat
app-myaccount-owed = Pendent de cobrar
app-myaccount-shares-title = La meva part de cada repartiment
app-myaccount-shares-empty = Encara cap repartiment no t'ha donat cap part.
app-myaccount-revenue = Ingrés
app-myaccount-date = Data
app-myaccount-project = Projecte
app-myaccount-bucket = Partida
app-myaccount-amount = Import
app-myaccount-weight = Pes
app-myaccount-reversed = anul·lat
app-myaccount-hide = Amaga
app-myaccount-why = Per què?
app-myaccount-bucket-no-weights = Aquesta partida no pondera aportacions (un fons o una part fixa).
app-myaccount-contribution = Aportació
app-myaccount-kind = Tipus
app-myaccount-quantity = Quantitat
app-myaccount-rate = Tarifa
app-myaccount-value = Valor
app-myaccount-contributions-title = Les meves aportacions
app-myaccount-contributions-empty = Encara no hi ha aportacions.
app-myaccount-status = Estat
app-myaccount-why-rejected = Motiu del rebuig / nota
app-myaccount-id = Id
app-myaccount-status-counts = compta
app-myaccount-status-pending = pendent de revisió
app-myaccount-status-rejected = rebutjada
app-myaccount-status-void = anul·lada
app-myaccount-payouts-title = Pagaments que he rebut
app-myaccount-payouts-empty = Encara no s'ha pagat res.
app-myaccount-method = Forma de pagament
app-myaccount-passphrase-own = La meva frase de contrasenya
app-myaccount-passphrase-other = Frase de contrasenya de { $name }
app-myaccount-passphrase-about-own = Serveix per iniciar la teva sessió i per posar un PIN en un dispositiu en mode esdeveniment. Com a mínim 8 caràcters; ningú no la pot tornar a llegir.
app-myaccount-passphrase-about-other = Serveix per iniciar la sessió de { $name } i per posar un PIN en un dispositiu en mode esdeveniment. Com a mínim 8 caràcters; ningú no la pot tornar a llegir.
app-myaccount-new-passphrase = Nova frase de contrasenya
app-myaccount-again = Repeteix-la
app-myaccount-set-passphrase = Desa la frase de contrasenya
app-myaccount-passphrase-done = Frase de contrasenya desada.
app-myaccount-passphrases-differ = les dues frases de contrasenya no coincideixen: escriu la mateixa dues vegades

# Sincronitzar entre dispositius
app-sync-title = Sincronitzar entre dispositius
app-sync-intro = Cada dispositiu desa la seva pròpia còpia del llibre de comptes. Intercanvien entrades a través d'una carpeta compartida (Syncthing, Nextcloud, una memòria USB): cada dispositiu hi escriu només el seu propi fitxer i llegeix els dels altres.
app-sync-joined = Aquest dispositiu va començar amb la invitació { $invitation }. Esborra aquest fitxer ara: conté la clau d'aquest dispositiu i ningú més no hauria de començar-hi. Després tria a sota la carpeta compartida.
app-sync-shared-folder = Carpeta compartida
app-sync-folder = Carpeta
app-sync-folder-placeholder = /home/el-teu-usuari/Sync/cooperativa
app-sync-folder-required = tria la carpeta que comparteixen els dispositius
app-sync-folder-dialog = La carpeta que comparteixen els dispositius
app-sync-choose = Tria…
app-sync-syncing = Sincronitzant…
app-sync-now = Sincronitza ara
app-sync-last = Última sincronització: { $at } ({ $ago }).
app-sync-every-minute = OpenValue sincronitza amb aquesta carpeta cada minut mentre és obert.
app-sync-choose-then-sync = Tria la carpeta que comparteixen els dispositius i sincronitza: a partir d'aleshores OpenValue sincronitza cada minut mentre és obert.
app-sync-not-admitted = El dispositiu { $id } encara no està admès
app-sync-not-admitted-rest = , així que no se n'han pres les entrades.
app-sync-laptop-id = dispositiu { $id }
app-sync-admit-this = Admet aquest dispositiu…
app-sync-skipped = S'ha omès { $file }: { $why }
app-sync-revoke-question = Vols revocar { $name }?
app-sync-revoke-explain = Fes-ho amb un dispositiu perdut o substituït. Les seves entrades fins ara continuen comptant; el que escrigui a partir d'ara es desa però no s'aplica mai, a tots els dispositius que sincronitzen. No es pot desfer: per tornar a fer servir aquest dispositiu, convida'l de nou.
app-sync-admit-question = Vols admetre { $name }?
app-sync-admit-explain = Només si coneixes aquest dispositiu: la seva pantalla de sincronització mostra el seu id, { $id }. Un cop admès, les seves entrades compten com les d'aquest dispositiu.
app-sync-revoke-name = Revoca { $name }
app-sync-admit-name = Admet { $name }
app-sync-cancel = Cancel·la (Esc)
app-sync-revoked-notice = S'ha revocat { $name }: les seves entrades fins al número { $last } compten; el que escrigui a partir d'ara es desa però no s'aplica mai, a tots els dispositius que sincronitzen.
app-sync-admitted-notice = S'ha admès { $name }. Les seves entrades arribaran amb la propera sincronització.
app-sync-conflicts = Conflictes
app-sync-no-conflicts = No hi ha conflictes: s'apliquen les entrades de tots els dispositius.
app-sync-conflicts-intro = Una entrada que les regles rebutgen al lloc que li toca en l'ordre compartit es desa però no s'aplica. Tots els dispositius mostren els mateixos conflictes. Es resolen amb entrades noves, mai editant.
app-sync-from = de
app-sync-this-laptop-paren = (aquest dispositiu)
app-sync-concerns = afecta
app-sync-what-happened = Què ha passat
app-sync-what-to-do = Què cal fer
app-sync-open-revenue = Obre l'ingrés { $id }
app-sync-books-record = Els comptes registren:
app-sync-entry = entrada
app-sync-laptops = Dispositius
app-sync-this-laptop-label = Aquest dispositiu:
app-sync-id = id
app-sync-laptop = Dispositiu
app-sync-admitted = Admès per
app-sync-entries = Entrades
app-sync-last-entry = Última entrada escrita
app-sync-last-sync = Última sincronització
app-sync-this-laptop = aquest dispositiu
app-sync-revoked = revocat
app-sync-revoked-title = Les seves entrades fins al número { $last } compten; el que sigui posterior es desa però no s'aplica mai
app-sync-never = mai
app-sync-revoke = Revoca…
app-sync-devices-note = Entrades compta el que cada dispositiu ha escrit i aquest dispositiu té; l'última sincronització és quan va escriure per última vegada el seu fitxer a la carpeta compartida.
app-sync-invite-title = Convidar un dispositiu
app-sync-invite-intro = Escriu un fitxer d'invitació que posa en marxa el llibre de comptes en un dispositiu més. Porta-l'hi (una memòria USB, un missatge a tu mateix) i tria
app-sync-invite-intro-choice = Començar amb una invitació
app-sync-invite-intro-end = quan OpenValue s'obri per primer cop en aquest dispositiu.
app-sync-invite-label = Nom del nou dispositiu
app-sync-invite-label-placeholder = Portàtil de la Marta
app-sync-invite-label-required = posa un nom al nou dispositiu, per exemple «Portàtil de la Marta»
app-sync-invite-path = Fitxer d'invitació
app-sync-invite-path-required = tria on desar la invitació
app-sync-invitation-dialog = Desa la invitació
app-sync-invite-submit = Escriu la invitació
app-sync-invited = S'ha escrit la invitació per a { $label } a { $path }. Conté la clau d'aquell dispositiu: dona-la només a aquell dispositiu i esborra-la quan hi hagi començat.


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

