# OpenValue's catalogue (fr). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Français

# Undo of the last action (components/UndoBar.svelte)
app-undo-button = Annuler la dernière action…
app-undo-logged = { $count ->
    [one] annuler la contribution { $ids }
   *[other] annuler les contributions { $ids }
}
app-undo-revenue = { $count ->
    [one] annuler la recette { $ids }
   *[other] annuler les recettes { $ids }
}
app-undo-distributed = annuler la répartition { $ids }
app-undo-paid = annuler le versement { $ids }
app-undo-question = Annuler la dernière action sur cet ordinateur : { $what } ? Elle reste dans l'historique.
app-undo-confirm = Oui, l'annuler
app-undo-keep = La garder
app-undo-done = Fait : { $what }.

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens

# Nombres saisis dans un champ (ui/src/lib/numbers.ts).
app-input-required = obligatoire
app-input-negative = ne peut pas être négatif : écrivez-le sans signe
app-input-not-a-number = écrivez un nombre, par exemple { $example }
app-input-wrong-separator = « { $symbol } » ne s'emploie pas ici : écrivez les décimales après « { $decimal } », par exemple { $example }
app-input-bad-grouping = groupez les milliers par trois, ou sans groupes, par exemple { $example }
app-input-whole = pas de décimales
app-input-places = { $places ->
    [one] au plus { $places } décimale
   *[other] au plus { $places } décimales
}
app-input-positive = doit être supérieur à zéro
app-input-field-problem = { $field } : { $problem }
app-input-handle = utilisez de 1 à 32 lettres minuscules, chiffres, « _ » ou « - »
app-input-date-format = écrivez AAAA-MM-JJ, par exemple 2026-03-31
app-input-date-missing = { $date } n'est pas une date

# Projets
app-projects-title = Projets
app-projects-add-title = Ajouter un projet
app-projects-code = Code
app-projects-code-placeholder = festival
app-projects-name = Nom
app-projects-name-placeholder = Festival d'été
app-projects-parent = Projet parent
app-projects-parent-none = (aucun)
app-projects-add = Ajouter
app-projects-added = Projet { $code } ajouté.
app-projects-empty = Aucun projet pour l'instant.
app-projects-parent-note = Un projet parent ne transmet rien : la recette de chaque projet est répartie selon ses propres contributions et sa propre équation de valeur.

# Connexion
app-signin-title = Connexion à { $ledger }
app-signin-intro = Cette coopérative signe chaque modification du nom du membre qui la fait.
app-signin-who = Qui êtes-vous ?
app-signin-choose = — choisissez votre nom —
app-signin-passphrase = Phrase secrète
app-signin-checking = Vérification…
app-signin-submit = Se connecter
app-signin-switch = Ouvrir un autre registre…

# Versements
app-payouts-title = Versements
app-payouts-record-title = Enregistrer une somme versée
app-payouts-to = À
app-payouts-choose = — choisir —
app-payouts-account-option = { $handle } ({ $type })
app-payouts-type-member = membre
app-payouts-type-fund = fonds
app-payouts-amount-in = Montant ({ $currency })
app-payouts-amount = Montant
app-payouts-date = Date
app-payouts-method = Moyen de paiement
app-payouts-method-default = virement
app-payouts-note = Note
app-payouts-status = État
app-payouts-record = Enregistrer le versement
app-payouts-recorded = Versement de { $amount } { $currency } à { $account } enregistré.
app-payouts-overpay-title = Ce versement dépasse ce qui est dû.
app-payouts-overpay-yes = Oui, l'enregistrer
app-payouts-cancel = Annuler (Échap)
app-payouts-status-void = annulé
app-payouts-status-paid = versé
app-payouts-void = Annuler…
app-payouts-void-question = Annuler le versement de { $amount } { $currency } à { $account } du { $date } ?
app-payouts-void-explain = À faire pour un versement enregistré par erreur (l'argent n'est jamais parti). Il ne comptera plus comme versé : { $amount } de plus seront dus à { $account }. Il reste dans la liste, barré. Une annulation est définitive : si l'argent a finalement été versé, enregistrez de nouveau le versement.
app-payouts-void-yes = Oui, l'annuler
app-payouts-voided = Versement de { $amount } { $currency } à { $account } du { $date } annulé : il ne compte plus comme versé, cette somme est donc de nouveau due à { $account }. Il reste dans la liste, barré.
app-payouts-empty = Aucun versement pour l'instant.

# Recettes
app-revenues-title = Recettes
app-revenues-record-title = Enregistrer une recette
app-revenues-project = Projet
app-revenues-choose = — choisir —
app-revenues-amount-in = Montant ({ $currency })
app-revenues-amount = Montant
app-revenues-date = Date
app-revenues-id = Id
app-revenues-id-placeholder = facultatif
app-revenues-note = Note
app-revenues-record = Enregistrer
app-revenues-recorded = Recette { $id } enregistrée.
app-revenues-status = État
app-revenues-status-distributed = répartie
app-revenues-status-open = ouverte
app-revenues-status-reversed = annulée
app-revenues-reversed-title = Répartitions annulées : { $ids }
app-revenues-reversed-count = { $count ->
    [one] { $count } annulée
   *[other] { $count } annulées
}
app-revenues-empty = Aucune recette pour l'instant.
app-revenues-choose-one = Choisissez une recette pour afficher l'aperçu de sa répartition, la valider ou l'annuler.
app-revenues-reversed-line = ({ $equation }) — ses attributions ne comptent plus
app-revenues-distributed-as = Répartie sous
app-revenues-reverse = Annuler la répartition…
app-revenues-reverse-question = Annuler la répartition { $id } ?
app-revenues-reverse-explain = Ses attributions sont annulées : ce qu'elle a donné à chaque membre et à chaque fonds ne compte plus dans ce qui leur est dû (les versements déjà faits restent). La recette peut ensuite être répartie de nouveau. La répartition annulée reste dans la liste, marquée comme annulée.
app-revenues-reverse-yes = Oui, annuler
app-revenues-reverse-keep = La garder (Échap)
app-revenues-reversed-notice = Répartition { $id } annulée : ses attributions ne comptent plus et la recette peut être répartie de nouveau. Elle reste dans la liste ci-dessous, marquée comme annulée.
app-revenues-chart-distribution = Répartition par bénéficiaire et par poste
app-revenues-preview = Aperçu de la répartition
app-revenues-commit = Valider cette répartition
app-revenues-preview-note = Aperçu : rien n'est enregistré tant que vous ne validez pas.
app-revenues-chart-preview = Aperçu : répartition de cette recette par bénéficiaire et par poste

# Ressources
app-resources-title = Ressources
app-resources-intro = Équipements dont les membres ou les fonds de la coopérative sont propriétaires, comme une découpeuse laser. Une utilisation sur un projet vaut quantité × taux, répartie entre les propriétaires selon leurs parts : les membres en tirent une part de la recette du projet comme pour toute contribution, la part d'un fonds est remboursée par un poste repay.
app-resources-code = Code
app-resources-code-placeholder = laser
app-resources-name = Nom
app-resources-name-placeholder = Découpeuse laser
app-resources-rate = Taux
app-resources-unit = Unité
app-resources-unit-default = heures
app-resources-owners = Propriétaires
app-resources-owners-shares = Propriétaires (parts)
app-resources-owners-title = Membres ou fonds, chacun avec une part entière (1 par défaut) : ana:2, ben, commun
app-resources-owners-placeholder = ana:2, ben, commun
app-resources-empty = Aucune ressource pour l'instant.
app-resources-add-title = Ajouter une ressource
app-resources-add = Ajouter
app-resources-added = Ressource { $code } ajoutée.
app-resources-log-title = Noter une utilisation
app-resources-resource = Ressource
app-resources-project = Projet
app-resources-quantity = Quantité
app-resources-date = Date
app-resources-date-empty = Vide : aujourd'hui
app-resources-by = Par
app-resources-by-none = non indiqué
app-resources-log = Noter l'utilisation
app-resources-logged = Utilisation notée : { $quantity } { $unit } de { $resource } sur { $project }.
app-resources-uses = Utilisations
app-resources-quantity-rate = Quantité × taux
app-resources-credits = Crédits
app-resources-uses-empty = Aucune utilisation pour l'instant.

# Jetons
app-tokens-title = Jetons
app-tokens-intro = Un jeton communautaire se gagne en contribuant — tant par unité de valeur du travail qui compte — et s'échange entre membres contre leurs services. Ce n'est jamais de l'argent : il n'entre ni dans les soldes, ni dans les versements, ni dans les exports comptables.
app-tokens-empty = Aucun jeton pour l'instant.
app-tokens-define-below = Définissez-en un ci-dessous.
app-tokens-token = Jeton
app-tokens-about = { $perValue } { $code } par unité de valeur qui compte ; montants à { $scale ->
    [one] { $scale } décimale
   *[other] { $scale } décimales
}. Une annulation ou un rejet reprend ce que le travail avait rapporté.
app-tokens-member = Membre
app-tokens-balance = Solde
app-tokens-send-title = Envoyer des { $code }
app-tokens-from = De
app-tokens-to = À
app-tokens-amount = Montant
app-tokens-date = Date
app-tokens-date-empty = Vide : aujourd'hui
app-tokens-note = Note
app-tokens-note-placeholder = réparation du vélo
app-tokens-sender-has = { $sender } a { $balance } { $code }.
app-tokens-send = Envoyer
app-tokens-sent-notice = { $sender } a envoyé { $amount } { $token } à { $to }.
app-tokens-history = Historique
app-tokens-show-earned = Aussi ce que chaque contribution a rapporté ({ $count })
app-tokens-what = Quoi
app-tokens-move-earned = gagné par une contribution
app-tokens-move-sent = envoyé
app-tokens-contribution = contribution
app-tokens-moves-empty-all = Rien de gagné ni d'envoyé pour l'instant.
app-tokens-moves-empty = Rien d'envoyé pour l'instant.
app-tokens-chart = Soldes de { $name } au fil du temps
app-tokens-define-title = Définir un jeton
app-tokens-define-note = Une définition ne change jamais. Le travail qui compte de chaque membre en rapporte, travail passé compris.
app-tokens-code = Code
app-tokens-code-placeholder = eco
app-tokens-name = Nom
app-tokens-name-placeholder = Ecos
app-tokens-decimals = Décimales
app-tokens-decimals-title = Nombre de décimales de ses montants
app-tokens-per-value = Par unité de valeur
app-tokens-per-value-title = Jetons par unité de valeur qui compte (au plus 4 décimales)
app-tokens-define = Définir
app-tokens-defined = Jeton { $code } défini : les membres gagnent { $perValue } par unité de valeur qui compte, y compris pour tout leur travail passé.

# Types et taux
app-kinds-title = Types et taux
app-kinds-intro = Un nouveau taux ou multiplicateur prend une date d'effet : il valorise les contributions datées de ce jour ou après, et ne revalorise jamais les plus anciennes.
app-kinds-code = Code
app-kinds-code-placeholder = soin
app-kinds-name = Nom
app-kinds-name-placeholder = Travail de soin
app-kinds-measure = Mesure
app-kinds-measure-hours = heures
app-kinds-measure-money = argent
app-kinds-measure-quantity = quantité
app-kinds-flags = Caractéristiques
app-kinds-flag-gift = don
app-kinds-flag-reimbursable = remboursable
app-kinds-flag-deferred = différé
app-kinds-flag-peers = évalué par les pairs
app-kinds-history = Historique des taux (depuis → taux × multiplicateur)
app-kinds-beginning = le début
app-kinds-new-rate = Nouveau taux…
app-kinds-rate = Taux
app-kinds-rate-by-peers = par les pairs
app-kinds-multiplier = Multiplicateur
app-kinds-multiplier-high = Avec un multiplicateur de { $multiplier }, une unité de ce type compte autant que { $multiplier } unités de travail ordinaire.
app-kinds-multiplier-low = Avec un multiplicateur de { $multiplier }, ce type ne compte presque pas.
app-kinds-effective-from = En vigueur à partir du
app-kinds-add-rate = Ajouter le taux
app-kinds-cancel = Annuler
app-kinds-empty = Aucun type pour l'instant : ajoutez les types de contribution que votre coopérative reconnaît.
app-kinds-add-title = Ajouter un type
app-kinds-unit = Unité
app-kinds-unit-placeholder = mots
app-kinds-from = À partir du
app-kinds-from-empty = Vide : depuis le début
app-kinds-gift = Don (valorisé, ne donne pas de part)
app-kinds-reimbursable = Remboursable (argent à rendre)
app-kinds-deferred = Différé (remboursé plus tard par un poste repay)
app-kinds-deferred-title = Valorisé maintenant, remboursé plus tard sur les recettes par un poste repay (le plus ancien d'abord) ; ne donne pas de part
app-kinds-peers = Évalué par les pairs (sans taux)
app-kinds-peers-title = Sans taux : les autres membres évaluent chaque contribution (sur l'écran des contributions), et elle vaut la médiane de leurs évaluations pondérée par la réputation
app-kinds-add = Ajouter le type
app-kinds-added = Type { $code } ajouté.
app-kinds-peers-no-rate = un type évalué par les pairs n'a pas de taux : laissez-le vide
app-kinds-only-money-reimbursable = seuls les types en argent peuvent être remboursables
app-kinds-one-of-flags = un type est au plus l'un des trois : don, remboursable ou différé

# Membres et fonds
app-members-title = Membres et fonds
app-members-add-title = Ajouter un membre ou un fonds
app-members-handle = Identifiant
app-members-handle-placeholder = ana
app-members-name = Nom
app-members-name-placeholder = Ana Puig
app-members-type = Type de compte
app-members-type-member = membre
app-members-type-fund = fonds
app-members-joined = Date d'arrivée
app-members-add = Ajouter
app-members-added-member = Membre { $handle } ajouté.
app-members-added-fund = Fonds { $handle } ajouté.
app-members-members-count = Membres ({ $count })
app-members-status = Statut
app-members-status-active = actif
app-members-status-left = parti
app-members-stage-today = Étape aujourd'hui
app-members-reputation = Réputation
app-members-reputation-title = 1 + la valeur entière du travail qui compte du membre (hors dons, dépenses et travail évalué par les pairs), aujourd'hui : elle pondère ses évaluations du travail des autres évalué par les pairs
app-members-leaves = Quitte la coopérative…
app-members-rejoins = Revient…
app-members-rejoin-explain = { $name } redevient membre actif. Le travail daté de ce jour ou après compte normalement ; ce qui a été réévalué avant le reste.
app-members-leave-explain = { $name } quitte la coopérative. Le motif du départ décide de ce que son travail passé rapporte sur les recettes suivantes :
app-members-good-reason = Pour un motif légitime
app-members-good-reason-explain = tout ce que la personne a apporté garde sa valeur dans chaque répartition suivante.
app-members-bad-reason = Sans motif légitime
app-members-bad-reason-explain = pour les recettes à partir de cette date, seul compte l'argent apporté, à sa valeur simple (multiplicateur 1) ; ses heures et ses autres travaux ne donnent plus de part.
app-members-active-again-from = De nouveau actif à partir du
app-members-left-on = Date de départ
app-members-date-empty = Vide : aujourd'hui
app-members-today = aujourd'hui
app-members-rejoin = Réintégrer
app-members-confirm-leaving = Confirmer le départ
app-members-cancel = Annuler
app-members-empty = Aucun membre pour l'instant.
app-members-stages = Étapes
app-members-stages-intro = Une étape valorise le travail de certains types d'un membre à un pourcentage tant qu'il s'y trouve — la période d'« essai » d'un nouveau membre à 50 %, puis à 75 %. Les contributions sont valorisées selon l'étape en vigueur à leur date.
app-members-stage = Étape
app-members-percent = Pourcentage
app-members-kinds = Types
app-members-members-today = Membres aujourd'hui
app-members-stage-since = { $code } ({ $percent } %) depuis le { $since }
app-members-member-since = { $member } (depuis le { $since })
app-members-stages-empty = Aucune étape : chaque contribution compte à 100 %.
app-members-stage-history = Historique des étapes
app-members-member = Membre
app-members-from = À partir du
app-members-stage-none = aucune (100 %)
app-members-define-stage-title = Définir une étape
app-members-code = Code
app-members-stage-code-placeholder = essai
app-members-kinds-placeholder = tous ceux qui donnent une part
app-members-define = Définir
app-members-stage-defined = Étape { $code } définie.
app-members-put-in-stage-title = Placer un membre dans une étape
app-members-set = Appliquer
app-members-no-stage-from = { $member } n'a pas d'étape à partir de { $from }.
app-members-in-stage-from = { $member } est dans l'étape { $stage } à partir de { $from }.
app-members-funds-count = Fonds ({ $count })
app-members-funds-empty = Aucun fonds pour l'instant. Un fonds commun reçoit une part des recettes par une équation de valeur.

# Cercles de GIVE
app-give-intro = Dans un cycle de GIVE, chaque membre distribue un budget de GIVE aux autres pour leur part dans un projet. Une fois le cycle terminé et clos, un poste peer de l'équation de valeur du projet répartit les recettes selon le GIVE reçu par chaque membre. Le GIVE qu'un membre ne donne pas est perdu à la clôture.
app-give-no-epochs = Aucun cycle pour l'instant.
app-give-open-below = Ouvrez-en un ci-dessous.
app-give-epoch = Cycle
app-give-epoch-option = { $epoch } — { $project }, du { $from } au { $to }
app-give-epoch-option-closed = { $epoch } — { $project }, du { $from } au { $to } (clos)
app-give-state-closed = clos
app-give-state-ended = terminé, non clos
app-give-state-open = ouvert
app-give-project = Projet
app-give-epoch-terms = du { $from } au { $to } ; chaque membre donne { $give } GIVE.
app-give-ended-close-it = Il est terminé : clôturez-le pour que son GIVE compte dans les répartitions (une répartition avec un poste peer est refusée tant qu'il reste ouvert).
app-give-close-from = Il peut être clos à partir du lendemain du { $to }.
app-give-close = Clore le cycle
app-give-closed-notice = { $epoch } clos : son GIVE compte désormais dans les postes peer du projet { $project }.
app-give-your-gifts = Vos dons de GIVE
app-give-gifts = Dons de GIVE
app-give-who-gives = Qui donne
app-give-no-receivers = Il n'y a aucun autre membre actif à qui donner.
app-give-left = Il vous reste { $remaining } GIVE sur { $give } à donner
app-give-over = { $over } GIVE au-delà du budget de { $give } : baissez un don
app-give-to = À
app-give-or-slide = …ou glissez
app-give-thanks = Un mot de remerciement (seule la personne le voit)
app-give-thanks-placeholder = pour les gardes de nuit
app-give-amount-to = GIVE pour { $to }
app-give-slide-to = Glisser le GIVE pour { $to }
app-give-bad-amount = GIVE pour { $to } : saisissez un nombre entier, par exemple 20 (0 ne donne rien).
app-give-save = Enregistrer les dons
app-give-saved = Dons de { $giver } dans { $epoch } enregistrés : { $given } GIVE donnés sur { $give }{ $remaining ->
    [0] .
   *[other] , { $remaining } non utilisés (le GIVE non donné est perdu à la clôture du cycle).
}
app-give-received = Reçu
app-give-hidden = Les dons des autres restent cachés jusqu'à la clôture du cycle ; vous ne voyez que les vôtres.
app-give-member = Membre
app-give-received-col = GIVE reçu
app-give-share = Part
app-give-nobody-yet = Personne n'a encore donné de GIVE.
app-give-who-gave-whom = Qui a donné à qui ({ $count })
app-give-chart = GIVE reçu par cycle de { $project }
app-give-open-title = Ouvrir un cycle
app-give-from = Du
app-give-until = Au
app-give-each = GIVE par personne
app-give-each-title = GIVE entier que chaque membre donne aux autres
app-give-id = Id
app-give-id-placeholder = automatique
app-give-open = Ouvrir
app-give-opened = Cycle { $epoch } ouvert : chaque membre a { $give } GIVE à donner jusqu'au { $to }.

# Mon compte
app-myaccount-title-own = Mon compte
app-myaccount-title-other = Le compte d'un membre
app-myaccount-member = Membre
app-myaccount-choose = — choisir —
app-myaccount-role-member = membre
app-myaccount-role-coordinator = coordination
app-myaccount-role-treasurer = trésorerie
app-myaccount-role-admin = administration
app-myaccount-statement-placeholder = fichier du relevé (.pdf ou .html), ou choisir…
app-myaccount-statement-title = Où enregistrer le relevé : un fichier .pdf ou .html ; laissez vide pour le choisir dans une boîte de dialogue
app-myaccount-save-statement = Enregistrer le relevé…
app-myaccount-save-dialog = Enregistrer le relevé
app-myaccount-statement-saved = Relevé enregistré dans
app-myaccount-value-counts = Valeur qui compte
app-myaccount-reputation = Réputation
app-myaccount-reputation-title = 1 + la valeur entière de votre travail qui compte (hors dons, dépenses et travail évalué par les pairs) : elle pondère vos évaluations du travail des autres évalué par les pairs
app-myaccount-earned = Acquis
app-myaccount-paid = Versé
app-myaccount-owed = Dû à vous
app-myaccount-shares-title = Ma part de chaque répartition
app-myaccount-shares-empty = Aucune répartition ne vous a encore donné de part.
app-myaccount-revenue = Recette
app-myaccount-date = Date
app-myaccount-project = Projet
app-myaccount-bucket = Poste
app-myaccount-amount = Montant
app-myaccount-weight = Poids
app-myaccount-reversed = annulée
app-myaccount-hide = Masquer
app-myaccount-why = Pourquoi ?
app-myaccount-bucket-no-weights = Ce poste ne pondère pas les contributions (un fonds ou une part fixe).
app-myaccount-contribution = Contribution
app-myaccount-kind = Type
app-myaccount-quantity = Quantité
app-myaccount-rate = Taux
app-myaccount-value = Valeur
app-myaccount-contributions-title = Mes contributions
app-myaccount-contributions-empty = Aucune contribution pour l'instant.
app-myaccount-status = État
app-myaccount-why-rejected = Motif du rejet / note
app-myaccount-id = Id
app-myaccount-status-counts = compte
app-myaccount-status-pending = en attente
app-myaccount-status-rejected = rejetée
app-myaccount-status-void = annulée
app-myaccount-payouts-title = Versements reçus
app-myaccount-payouts-empty = Rien n'a encore été versé.
app-myaccount-method = Moyen de paiement
app-myaccount-passphrase-own = Ma phrase secrète
app-myaccount-passphrase-other = Phrase secrète de { $name }
app-myaccount-passphrase-about-own = Elle vous connecte et permet de définir un code PIN sur un appareil en mode événement. Au moins 8 caractères ; personne ne peut la relire.
app-myaccount-passphrase-about-other = Elle connecte { $name } et permet de définir un code PIN sur un appareil en mode événement. Au moins 8 caractères ; personne ne peut la relire.
app-myaccount-new-passphrase = Nouvelle phrase secrète
app-myaccount-again = Encore une fois
app-myaccount-set-passphrase = Enregistrer la phrase secrète
app-myaccount-passphrase-done = Phrase secrète enregistrée.
app-myaccount-passphrases-differ = les deux phrases secrètes diffèrent : saisissez deux fois la même

# Synchroniser entre appareils
app-sync-title = Synchroniser entre appareils
app-sync-intro = Chaque appareil garde sa propre copie du registre. Ils échangent des écritures par un dossier partagé (Syncthing, Nextcloud, une clé USB) : chaque appareil n'y écrit que son propre fichier et lit ceux des autres.
app-sync-joined = Cet appareil a démarré à partir de l'invitation { $invitation }. Supprimez ce fichier maintenant : il contient la clé de cet appareil, et personne d'autre ne doit démarrer à partir de lui. Choisissez ensuite le dossier partagé ci-dessous.
app-sync-shared-folder = Dossier partagé
app-sync-folder = Dossier
app-sync-folder-placeholder = /home/vous/Sync/cooperative
app-sync-folder-required = choisissez le dossier que partagent les appareils
app-sync-folder-dialog = Le dossier que partagent les appareils
app-sync-choose = Choisir…
app-sync-syncing = Synchronisation…
app-sync-now = Synchroniser maintenant
app-sync-last = Dernière synchronisation : { $at } ({ $ago }).
app-sync-every-minute = OpenValue se synchronise par ce dossier chaque minute tant qu'il est ouvert.
app-sync-choose-then-sync = Choisissez le dossier que partagent les appareils, puis synchronisez : OpenValue se synchronisera ensuite chaque minute tant qu'il est ouvert.
app-sync-not-admitted = L'appareil { $id } n'est pas encore admis
app-sync-not-admitted-rest = , ses écritures n'ont donc pas été prises.
app-sync-laptop-id = appareil { $id }
app-sync-admit-this = Admettre cet appareil…
app-sync-skipped = { $file } a été ignoré : { $why }
app-sync-revoke-question = Révoquer { $name } ?
app-sync-revoke-explain = À faire pour un appareil perdu ou remplacé. Ses écritures jusqu'ici continuent de compter ; ce qu'il écrira désormais est conservé mais jamais appliqué, sur chaque appareil qui se synchronise. C'est définitif : pour réutiliser cet appareil, invitez-le de nouveau.
app-sync-admit-question = Admettre { $name } ?
app-sync-admit-explain = Seulement si vous connaissez cet appareil : son écran de synchronisation affiche son id, { $id }. Une fois admis, ses écritures comptent comme celles de cet appareil.
app-sync-revoke-name = Révoquer { $name }
app-sync-admit-name = Admettre { $name }
app-sync-cancel = Annuler (Échap)
app-sync-revoked-notice = { $name } révoqué : ses écritures jusqu'au numéro { $last } comptent ; ce qu'il écrira désormais est conservé mais jamais appliqué, sur chaque appareil qui se synchronise.
app-sync-admitted-notice = { $name } admis. Ses écritures arriveront à la prochaine synchronisation.
app-sync-conflicts = Conflits
app-sync-no-conflicts = Aucun conflit : les écritures de tous les appareils s'appliquent.
app-sync-conflicts-intro = Une écriture que les règles refusent à sa place dans l'ordre partagé est conservée mais pas appliquée. Tous les appareils affichent les mêmes conflits. Ils se règlent par de nouvelles écritures, jamais en modifiant.
app-sync-from = de
app-sync-this-laptop-paren = (cet appareil)
app-sync-concerns = concerne
app-sync-what-happened = Ce qui s'est passé
app-sync-what-to-do = Que faire
app-sync-open-revenue = Ouvrir la recette { $id }
app-sync-books-record = Les comptes enregistrent :
app-sync-entry = écriture
app-sync-laptops = Appareils
app-sync-this-laptop-label = Cet appareil :
app-sync-id = id
app-sync-laptop = Appareil
app-sync-admitted = Admis par
app-sync-entries = Écritures
app-sync-last-entry = Dernière écriture
app-sync-last-sync = Dernière synchronisation
app-sync-this-laptop = cet appareil
app-sync-revoked = révoqué
app-sync-revoked-title = Ses écritures jusqu'au numéro { $last } comptent ; les suivantes sont conservées mais jamais appliquées
app-sync-never = jamais
app-sync-revoke = Révoquer…
app-sync-devices-note = Écritures compte ce que chaque appareil a écrit et que cet appareil détient ; la dernière synchronisation est le moment où il a écrit son fichier dans le dossier partagé pour la dernière fois.
app-sync-invite-title = Inviter un appareil
app-sync-invite-intro = Écrit un fichier d'invitation qui démarre le registre sur un appareil de plus. Apportez-le là-bas (une clé USB, un message à vous-même) et choisissez
app-sync-invite-intro-choice = Démarrer à partir d'une invitation
app-sync-invite-intro-end = quand OpenValue s'ouvre pour la première fois sur cet appareil.
app-sync-invite-label = Nom du nouvel appareil
app-sync-invite-label-placeholder = Portable de Marta
app-sync-invite-label-required = donnez un nom au nouvel appareil, par exemple « Portable de Marta »
app-sync-invite-path = Fichier d'invitation
app-sync-invite-path-required = choisissez où enregistrer l'invitation
app-sync-invitation-dialog = Enregistrer l'invitation
app-sync-invite-submit = Écrire l'invitation
app-sync-invited = Invitation pour { $label } écrite dans { $path }. Elle contient la clé de cet appareil : donnez-la à cet appareil seulement, et supprimez-la une fois qu'il a démarré à partir d'elle.


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

