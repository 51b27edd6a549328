# OpenValue's catalogue (fr). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = Français

## The app's shell, shared parts, and the screens Balances … Ledger

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
app-undo-question = Annuler la dernière action sur cet ordinateur : { $what } ? Elle reste dans l'historique.
app-undo-confirm = Oui, l'annuler
app-undo-keep = La garder
app-undo-done = Fait : { $what }.

app-error-no-ledger = aucun registre n’est ouvert : créez-en ou ouvrez-en un d’abord

app-quantity-hours = { $count ->
    [one] { $quantity } heure
   *[other] { $quantity } heures
}

app-history-by = par { $author }, sur { $device }
app-history-on = sur { $device }
app-history-first = telle qu’enregistrée
app-history-after-correction = après la correction { $revision }
app-history-quantity-of = { $quantity } de { $kind }
app-history-quantity-unit = { $quantity } { $unit }
app-history-quantity-unit-of = { $quantity } { $unit } de { $kind }
app-history-logged = Enregistrée pour { $member }
app-history-logged-detail = { $amount } sur { $project }, datée du { $date }
app-history-logged-detail-note = { $amount } sur { $project }, datée du { $date } — « { $note } »
app-history-approved = Approuvée par { $by }
app-history-approved-stale = { $revision } ; une correction ultérieure demande de nouvelles approbations
app-history-rejected = Rejetée par { $by }
app-history-reason = Motif : { $reason }
app-history-reason-stale = Motif : { $reason } ({ $revision } ; corrigée depuis)
app-history-corrected = Corrigée (correction { $revision })
app-history-no-change = aucun champ modifié
app-history-change = { $field } { $from } → { $to }
app-history-empty = (vide)
app-history-field-quantity = quantité
app-history-field-date = date
app-history-field-kind = type
app-history-field-note = note
app-history-voided = Annulée
app-history-voided-detail = elle ne compte plus

app-warn-future-date = Le { $date } est après aujourd’hui : on enregistre d’habitude une contribution une fois le travail fait.
app-warn-many-hours = { $quantity } heures en une seule saisie, c’est plus qu’une journée entière : enregistrez les heures de chaque jour, ou vérifiez le nombre.
app-warn-member-left = { $member } a quitté la coopérative : n’enregistrez ceci que pour du travail fait avant son départ.
app-warn-multiplier-high = Avec un multiplicateur de { $multiplier }, une unité de ce type compte autant que { $multiplier } unités de travail ordinaire.
app-warn-multiplier-low = Avec un multiplicateur de { $multiplier }, ce type ne compte presque pas.

app-backup-never = Ce registre n’a jamais été sauvegardé.
app-backup-old = { $days ->
    [one] La dernière sauvegarde date de { $days } jour.
   *[other] La dernière sauvegarde date de { $days } jours.
}

app-shortcuts-help = Alt+1–9 écrans · Alt+N nouvelle contribution · / chercher dans les notes

app-check-required = obligatoire
app-check-handle = utilisez de 1 à 32 minuscules, chiffres, « _ » ou « - »
app-check-date-format = utilisez AAAA-MM-JJ, par exemple 2026-03-31
app-check-not-a-date = { $text } n’est pas une date
app-check-decimal = écrivez des chiffres, avec un « . » et des décimales si besoin, par exemple 12.5
app-check-no-decimals = aucune décimale n’est admise
app-check-max-decimals = { $places ->
    [one] { $places } décimale au plus
   *[other] { $places } décimales au plus
}
app-check-positive = doit être supérieur à zéro
app-check-currency = utilisez de 3 à 10 majuscules, par exemple EUR

app-sync-none-yet = Aucun autre appareil ne s’est encore synchronisé par ce dossier.
app-sync-nothing-new = Rien de nouveau des autres appareils.
app-sync-took = { $count ->
    [one] { $count } nouvelle entrée reçue de { $from }.
   *[other] { $count } nouvelles entrées reçues de { $from }.
}
app-sync-wrote = { $count ->
    [one] Fichier de cet appareil ({ $count } entrée) écrit dans le dossier.
   *[other] Fichier de cet appareil ({ $count } entrées) écrit dans le dossier.
}
app-sync-skipped = { $count ->
    [one] { $count } fichier ignoré (voir ci-dessous).
   *[other] { $count } fichiers ignorés (voir ci-dessous).
}
app-sync-conflicts = { $count ->
    [one] { $count } conflit dans les comptes.
   *[other] { $count } conflits dans les comptes.
}
app-sync-conflicts-new = { $count ->
    [one] { $count } conflit dans les comptes ({ $fresh } nouveau).
   *[other] { $count } conflits dans les comptes ({ $fresh } nouveaux).
}
app-sync-future = { $count ->
    [one] { $count } entrée est datée de plus d’une heure en avance sur l’horloge de cet ordinateur : vérifiez l’heure des appareils.
   *[other] { $count } entrées sont datées de plus d’une heure en avance sur l’horloge de cet ordinateur : vérifiez l’heure des appareils.
}
app-ago-now = à l’instant
app-ago-minutes = il y a { $count } min
app-ago-hours = il y a { $count } h
app-ago-yesterday = hier
app-ago-days = il y a { $count } jours

app-totals-contributions = { $count ->
    [one] { $shown } contribution
   *[other] { $shown } contributions
}
app-totals-hours = { $count ->
    [one] { $shown } heure
   *[other] { $shown } heures
}
app-totals-value = valeur { $amount } { $code }
app-totals-voided = { $count ->
    [one] ({ $count } annulée non comptée)
   *[other] ({ $count } annulées non comptées)
}
app-overpay-owed = { $amount }, c’est { $excess } de plus que les { $owed } dus à { $account } : { $account } recevrait { $excess } d’avance. L’enregistrer quand même ?
app-overpay-nothing = Rien n’est dû à { $account } : les { $amount } seraient versés d’avance. L’enregistrer quand même ?
app-overpay-advance = Rien n’est dû à { $account }, qui a déjà reçu { $advance } d’avance : après { $amount } de plus, { $account } aura reçu { $excess } d’avance. L’enregistrer quand même ?

app-opening = Ouverture de votre registre…
app-nav-label = Écrans
app-nav-account = Mon compte
app-nav-contributions = Contributions
app-nav-members = Membres et fonds
app-nav-projects = Projets
app-nav-kinds = Types et taux
app-nav-equations = Équations
app-nav-resources = Ressources
app-nav-give = GIVE
app-nav-tokens = Jetons
app-nav-revenues = Recettes
app-nav-payouts = Versements
app-nav-balances = Soldes
app-nav-import = Importer
app-nav-export = Rapports et export
app-nav-sync = Synchroniser et appareils
app-nav-ledger = Registre et sauvegarde
app-nav-conflicts = { $count ->
    [one] conflit
   *[other] conflits
}
app-nav-sync-failed = La dernière synchronisation a échoué
app-sign-out = Se déconnecter
app-cancel = Annuler
app-event-question = Transformer cet appareil en borne ? Seule la grille des membres reste accessible ; on en sort avec la phrase secrète d’une personne de la coordination.
app-event-start = Lancer le mode événement
app-event-title = Une borne sur un appareil partagé lors d’un événement
app-event-button = Mode événement…
app-currency-approvals = { $count ->
    [one] { $code } · { $count } approbation requise
   *[other] { $code } · { $count } approbations requises
}
app-language-label = Langue
app-read-only-title = Lecture seule sur cet ordinateur.
app-read-only-text = Ce fichier de registre a été copié depuis un autre ordinateur, et la clé qui signe ses entrées y est restée. Vous pouvez lire, vérifier et exporter. Pour enregistrer ici, faites de cette copie un nouvel appareil de la coopérative ; un appareil déjà admis l’admettra lors d’une synchronisation.
app-new-device-name = Nom de cet appareil
app-new-device-placeholder = Ordinateur de Marta
app-new-device-confirm = En faire un nouvel appareil
app-new-device-open = Faire de cette copie un nouvel appareil…
app-new-device-done = Cette copie écrit désormais comme un nouvel appareil (id { $id }). Synchronisez-la : l’écran Synchroniser d’un appareil admis proposera alors de l’admettre.
app-synced-folder-title = Le fichier du registre est dans un dossier que { $service } synchronise.
app-synced-folder-text = { $service } pourrait copier le fichier pendant qu’OpenValue l’écrit et abîmer les comptes sur tous les appareils. Quittez OpenValue, déplacez le fichier dans un dossier non synchronisé (votre dossier Documents, par exemple) et ouvrez-le depuis là ; ne partagez entre appareils que le dossier de synchronisation.
app-backup-now = Sauvegarder maintenant

app-close = Fermer
app-loading = Chargement…
app-total = Total
app-chart-save-title = Enregistrer le graphique (.png ou .svg)
app-chart-saved = Enregistré dans { $path }.
app-chart-save = Enregistrer en PNG ou SVG…
app-history-of = Historique de { $id }
app-error-file-problems = Le fichier contient des erreurs :
app-error-please-fix = À corriger :
app-pager-first = Première
app-pager-previous = Précédente
app-pager-next = Suivante
app-pager-last = Dernière
app-pager-range = { $first }–{ $last } sur { $total }
app-plan-revenue = Recette
app-plan-equation = équation de valeur « { $name } »
app-plan-bucket = Poste
app-plan-recipient = Bénéficiaire
app-plan-amount = Montant
app-plan-weight = Poids
app-plan-share = Part du poste
app-plan-capped-title = Limité au plafond du poste : le reste de sa part est allé aux autres selon leur poids
app-plan-capped = au plafond
app-plan-stage-title = Une partie de ce poids a été comptée au pourcentage de l’étape
app-plan-stage = étape { $stage }
app-plan-exact-weight = poids exact : { $weight }
app-plan-hide = Masquer
app-plan-why = Pourquoi ?
app-plan-behind = Contributions derrière le poids de { $recipient } dans « { $bucket } » :
app-plan-formula = valeur = quantité × taux × multiplicateur
app-plan-formula-stage = { " " }× étape
app-plan-formula-decay = { " " }× décroissance hebdomadaire
app-plan-none-eligible = Aucune contribution ne compte ici.
app-plan-col-contribution = Contribution
app-plan-col-date = Date
app-plan-col-kind = Type
app-plan-col-quantity = Quantité
app-plan-col-rate = Taux
app-plan-col-multiplier = Multiplicateur
app-plan-col-value = Valeur
app-plan-col-decay = Décroissance
app-plan-col-stage = Étape
app-plan-col-left = Départ
app-plan-nothing-placed = rien d’attribué
app-plan-totals = Totaux par bénéficiaire

app-project = Projet
app-all-projects = tous les projets
app-from = Du
app-to = Au
app-file = Fichier
app-choose = Choisir…
app-choose-a-file = choisissez un fichier
app-save = Enregistrer
app-never = jamais
app-whole-number = un nombre entier, 0 ou plus

app-balances-title = Soldes dus
app-balances-intro = L’acquis est ce qu’ont attribué les répartitions validées et non annulées ; dû = acquis − versé. Montants en { $code }.
app-balances-which = Quels soldes
app-balances-as-of = À la date du
app-balances-as-of-placeholder = Vide : aujourd’hui
app-balances-scope-now = Tout jusqu’à maintenant
app-balances-scope-date = Recettes et versements datés jusqu’au { $date }
app-balances-scope-project = ; acquis des seules répartitions de { $project }.
app-balances-project-note = Les versements se font à un compte, pas pour un projet : le versé et le dû ne peuvent donc pas être séparés par projet, et ceci ne montre que ce qu’ont attribué les répartitions de { $project }. Choisissez « tous les projets » pour voir le versé et le dû.
app-balances-account = Compte
app-balances-name = Nom
app-balances-type = Type
app-balances-type-member = membre
app-balances-type-fund = fonds
app-balances-earned = Acquis
app-balances-paid = Versé
app-balances-owed = Dû
app-balances-pay = Verser…
app-balances-advance-title = Plus a été versé qu’acquis : la différence est une avance sur ce que { $account } acquerra ensuite
app-balances-advance = { $amount } versés d’avance
app-balances-none-project = Rien n’a encore été réparti de { $project }.
app-balances-none = Aucun compte pour l’instant.

app-export-contributions = Contributions (CSV)
app-export-allocations = Attributions (CSV)
app-export-balances = Soldes (CSV)
app-export-payouts = Versements (CSV)
app-export-journal = Journal en partie double (CSV)
app-export-hledger = Journal hledger (texte brut)
app-export-save-title = Exporter { $report }
app-export-wrote = { $count ->
    [one] { $count } ligne écrite dans { $path }.
   *[other] { $count } lignes écrites dans { $path }.
}
app-export-reports = Rapports
app-export-chart = Graphique
app-export-chart-contributions = Contributions par type et par mois
app-export-chart-shares = Valeur cumulée et part de chaque membre
app-export-chart-shares-alt = Valeur cumulée et part par membre
app-export-title = Exporter
app-export-intro = Pour le cabinet comptable et l’assemblée : du CSV avec le séparateur et la marque décimale que lit votre tableur, ou un journal comptable en texte brut. Le texte qu’un tableur pourrait exécuter comme formule est neutralisé.
app-export-report = Rapport
app-export-locale = Format régional
app-export-locale-point = { $locale } — « , » et « . »
app-export-locale-comma = { $locale } — « ; » et « , »
app-export-bom = Indicateur d’ordre des octets (Excel)
app-export-any = toutes
app-export-all = tous
app-export-run = Exporter…

app-import-title = Importer
app-import-intro = Du CSV en UTF-8 avec une ligne d’en-tête : séparé par des virgules, avec des décimales à « . » et des dates AAAA-MM-JJ, ou tel que l’enregistre un tableur en espagnol, catalan, français, allemand, italien, portugais ou néerlandais (« ; », virgule décimale, dates comme 31/03/2026) : le format est détecté dans le fichier. Le fichier s’importe en entier ou pas du tout ; importer à nouveau le même fichier n’ajoute rien.
app-import-detected = { $description } (comme on l’écrit en { $locales })
app-import-choose-title = Choisir { $file }
app-import-file-type = Type de fichier
app-import-dry-run = Essai (vérifier seulement, ne rien écrire)
app-import-ignore-unknown = Ignorer les colonnes inconnues
app-import-check = Vérifier le fichier
app-import-run = Importer
app-import-phase-reading = lecture
app-import-phase-checking = vérification
app-import-phase-writing = écriture
app-import-phase-indexing = indexation
app-import-progress = { $phase }…
app-import-progress-of = { $count ->
    [one] { $phase } : { $done } ligne sur { $total }…
   *[other] { $phase } : { $done } lignes sur { $total }…
}
app-import-progress-rows = { $count ->
    [one] { $phase } : { $done } ligne…
   *[other] { $phase } : { $done } lignes…
}

app-ledger-backup-title = Sauvegarder le registre
app-ledger-backed-up = Sauvegardé dans { $path }.
app-ledger-approvals-saved = { $count ->
    [one] Les contributions doivent désormais recevoir { $count } approbation pour compter.
   *[other] Les contributions doivent désormais recevoir { $count } approbations pour compter.
}
app-ledger-cooperative = Coopérative
app-ledger-currency = Monnaie
app-ledger-currency-scale = { $count ->
    [one] { $code } ({ $count } décimale)
   *[other] { $code } ({ $count } décimales)
}
app-ledger-last-backup = Dernière sauvegarde
app-ledger-backup-when = { $count ->
    [one] { $when } (il y a { $count } jour)
   *[other] { $when } (il y a { $count } jours)
}
app-ledger-backup = Sauvegarder…
app-ledger-verify = Vérifier les comptes
app-ledger-switch = Ouvrir ou créer un autre registre…
app-ledger-backup-hint = Une sauvegarde est une copie cohérente faite pendant que le registre est ouvert ; gardez-la sur un autre disque.
app-ledger-about = À propos
app-ledger-schema = schéma du registre
app-ledger-about-text = un registre écrit par une version antérieure est mis à jour vers ce schéma à son ouverture ; la ligne de commande indique la même version. Logiciel libre sous AGPL 3.0 ou ultérieure.
app-ledger-approvals = Approbations
app-ledger-approvals-label = Approbations d’autres membres nécessaires pour qu’une contribution compte
app-ledger-verify-ok = OK : { $entries } entrées du journal venant de { $devices ->
    [one] { $devices } appareil
   *[other] { $devices } appareils
}, { $contributions ->
    [one] { $contributions } contribution
   *[other] { $contributions } contributions
} ; chaque chaîne de hachage et chaque table dérivée correspond au journal.
app-ledger-verify-problems = { $count ->
    [one] La vérification a trouvé { $count } problème :
   *[other] La vérification a trouvé { $count } problèmes :
}

app-choose-dash = — choisir —
app-first-scale-range = de 0 à 4
app-first-open = Ouvrir un registre
app-first-open-invitation = Ouvrir l’invitation
app-first-where = Où créer le registre
app-first-tagline = Une comptabilité de valeur ouverte pour les petites coopératives : enregistrez les contributions, valorisez-les selon vos propres règles et répartissez les recettes au centime près.
app-first-back = ← Retour à { $name }
app-first-create = Créer un registre
app-first-name = Nom de la coopérative
app-first-name-placeholder = Coopérative Labo
app-first-decimals = Décimales
app-first-decimals-note = (monnaies hors ISO seulement)
app-first-approvals = Approbations requises
app-first-create-submit = Créer le registre
app-first-open-hint = Un fichier .openvalue sur cet ordinateur ou sur un disque partagé.
app-first-open-submit = Ouvrir
app-first-join = Démarrer avec une invitation
app-first-join-hint = Un autre appareil de la coopérative a invité celui-ci : il a écrit un fichier d’invitation (.ovinvite). Cet appareil reçoit sa propre copie du registre.
app-first-invitation = Invitation
app-first-join-path = Fichier du registre sur cet appareil
app-first-join-submit = Démarrer cet appareil
app-first-demo = Découvrir une démo
app-first-demo-hint = Une coopérative imaginaire : douze membres et un fonds commun, trois projets, dix-huit mois de contributions, de recettes et de répartitions.
app-first-demo-submit = Créer le registre de démo
app-first-demo-open = Ouvrir le fichier existant

app-eq-the-default = l’équation par défaut du registre
app-eq-saved = Enregistrée pour { $target } depuis le début.
app-eq-saved-from = Enregistrée pour { $target } à partir du { $date }.
app-eq-intro = Une équation de valeur divise la recette d’un projet en postes : un fonds, des remboursements, ou les membres selon un critère (lifetime, period, recent, balanced, equal, ou peer : selon le GIVE reçu par les membres). Un projet sans équation propre utilise celle du registre par défaut.
app-eq-for = Pour
app-eq-ledger-default = par défaut du registre
app-eq-in-force-from = En vigueur à partir du
app-eq-beginning = début
app-eq-save = Enregistrer l’équation
app-eq-form = Formulaire
app-eq-share = Part
app-eq-goes-to = Va à
app-eq-kinds = Types
app-eq-kinds-title = Seulement ces types, séparés par des virgules ; vide : tous les types qui comptent
app-eq-cap = Plafond
app-eq-cap-title = Le maximum qu’une personne reçoit de ce poste : un pourcentage du poste ou un montant
app-eq-decay = Décroissance / entre
app-eq-decay-title = recent : décroissance hebdomadaire · equal : entre qui partager
app-eq-name-placeholder = nom
app-eq-kind-policy = membres
app-eq-kind-policy-title = réparti entre les membres selon un critère
app-eq-kind-fund = fonds
app-eq-kind-fund-title = le tout à un fonds
app-eq-kind-reimburse = remboursement
app-eq-kind-reimburse-title = rembourse les dépenses remboursables, les plus anciennes d’abord
app-eq-kind-repay = paiement différé
app-eq-kind-repay-title = paie le travail différé, le plus ancien d’abord
app-eq-choose-fund = — fonds —
app-eq-oldest-first = créances les plus anciennes d’abord
app-eq-all-kinds = tous
app-eq-no-cap = aucun
app-eq-among-contributors = contributeurs
app-eq-among-members = membres
app-eq-remove-bucket = Retirer ce poste
app-eq-add-bucket = Ajouter un poste
app-eq-form-help = Les parts sont des pourcentages comme 10% ou « rest » pour ce qui reste. Un plafond est un pourcentage du poste (25%) ou un montant (400).
app-eq-form-error = Ce texte n’est pas une équation que le formulaire peut afficher ({ $error }) ; corrigez-le dans la vue TOML.
app-eq-line-column = ligne { $line }, colonne { $column } :
app-eq-valid = ✓ L’équation est valide.
app-eq-versions-default = Versions de l’équation par défaut
app-eq-versions-of = Versions de { $project }
app-eq-no-default = Pas encore d’équation par défaut.
app-eq-none-default-applies = Aucune : l’équation par défaut du registre s’applique.
app-eq-load = Charger
app-eq-preview-title = Aperçu sur une recette
app-eq-preview = Aperçu
app-eq-preview-hint = Montre ce que donnerait ce texte ; rien n’est écrit.

app-cancel-esc = Annuler (Échap)
app-contrib-unit-hours = heures
app-contrib-saved = Enregistré : { $amount } de { $what } par { $member } sur { $project } ({ $id }).
app-contrib-timer-refused = Le chronomètre enregistre des heures ; { $kind } se mesure en { $unit }.
app-contrib-date = Date
app-contrib-member = Membre
app-contrib-kind = Type
app-contrib-quantity = Quantité
app-contrib-status = Statut
app-contrib-note = Note
app-contrib-id = Id
app-contrib-actions = Actions
app-contrib-setup-members = Ajouter des membres
app-contrib-setup-members-why = qui contribue (et un fonds, si une partie des recettes va dans un pot commun)
app-contrib-setup-projects = Ajouter un projet
app-contrib-setup-projects-why = à quoi servent le travail et les recettes
app-contrib-setup-kinds = Ajouter des types de contribution
app-contrib-setup-kinds-why = heures de travail, argent, mots traduits… chacun avec le taux auquel il est valorisé
app-contrib-status-counts = compte
app-contrib-status-pending = en attente
app-contrib-status-rejected = rejetée
app-contrib-status-void = annulée
app-contrib-choose-reviewer-first = choisissez d’abord qui examine (« Examiner en tant que »)
app-contrib-choose-valuer-first = choisissez d’abord qui l’évalue (« Examiner en tant que »)
app-contrib-voided = Annulée : { $quantity } de { $kind } par { $member } le { $date } ({ $id }). Elle reste dans la liste, barrée ; son historique indique qui l’a annulée.
app-contrib-valued-zero = Elle reste à 0 tant que des membres détenant plus de la moitié de la réputation ne l’évaluent pas au-dessus de 0 : un membre qui ne donne pas d’évaluation compte comme évaluant 0.
app-contrib-valued = { $by } a évalué la contribution { $kind } de { $member } du { $date } à { $amount } ; sa valeur est maintenant { $value }.
app-contrib-own-value = personne n’évalue sa propre contribution
app-contrib-getting-started = Pour commencer
app-contrib-getting-started-text = Une contribution est enregistrée par un membre, sur un projet, comme un type de contribution avec son taux. Préparez d’abord ceci :
app-contrib-done = fait
app-contrib-then = Enregistrez ensuite les contributions ici. La coopérative de démo ({ $ledger } → { $switch } → { $demo }) montre tout cela déjà rempli.
app-contrib-log = Enregistrer une contribution
app-contrib-save = Enregistrer ⏎
app-contrib-timer-title = Lancer un chronomètre ; l’arrêter remplit les heures
app-contrib-timer-start = Lancer le chronomètre
app-contrib-timer-stop = Arrêter { $elapsed }
app-contrib-warnings-again = Appuyez de nouveau sur Enregistrer (ou Entrée) pour l’enregistrer telle quelle, ou modifiez-la.
app-contrib-filters = Filtres
app-contrib-filter-all = toutes (les annulées barrées)
app-contrib-filter-standing = toutes sauf les annulées
app-contrib-search = Chercher dans les notes
app-contrib-search-placeholder = texte de la note
app-contrib-review-as = Examiner en tant que
app-contrib-sort-title = Trier par { $column } ; cliquer de nouveau inverse l’ordre
app-contrib-valued-short = évaluée à { $value }
app-contrib-status-title = { $approvals ->
    [one] { $approvals } approbation
   *[other] { $approvals } approbations
}, { $rejections ->
    [one] { $rejections } rejet
   *[other] { $rejections } rejets
} depuis la révision { $revision }
app-contrib-history = Historique
app-contrib-approve = Approuver
app-contrib-reject = Rejeter
app-contrib-value-this = Évaluer
app-contrib-correct = Corriger
app-contrib-void = Annuler…
app-contrib-void-question = Annuler { $quantity } de { $kind } par { $member } le { $date } ?
app-contrib-void-text = Elle cesse de compter : les répartitions à venir la laissent de côté et ses approbations ne comptent plus. Elle reste dans cette liste, barrée, et son historique garde qui l’a annulée et quand. Une annulation est définitive : pour que ce travail compte de nouveau, enregistrez-le à nouveau.
app-contrib-void-confirm = Oui, l’annuler
app-contrib-value-question = Combien vaut pour vous la contribution { $kind } de { $member } du { $date }, en { $code } ?
app-contrib-value-now = Sa valeur est maintenant de
app-contrib-value-explained = { "\u00A0" }: les évaluations des membres pondérées par leur réputation, la plus basse valeur qu’atteint au moins la moitié de la réputation. Un membre qui n’en donne pas compte comme évaluant 0 ; une évaluation ultérieure de votre part remplace celle-ci.
app-contrib-your-valuation = Votre évaluation
app-contrib-their-valuation = Évaluation de { $who }
app-contrib-choose-reviewer = (choisissez « Examiner en tant que »)
app-contrib-value-it = Évaluer
app-contrib-reject-why-you = Pourquoi la rejetez-vous ?
app-contrib-reject-why = Motif du rejet donné par { $who } :
app-contrib-leave-empty = Laissez un champ vide pour le garder.
app-contrib-save-correction = Enregistrer la correction
app-contrib-none = Aucune contribution ne correspond.

app-event-pins-differ = les deux codes PIN diffèrent : tapez deux fois le même code PIN
app-event-pin-set = Code PIN enregistré sur cet appareil. Connectez-vous maintenant avec lui.
app-event-shift-logged = Service enregistré ({ $id }).
app-event-saved = Enregistré : { $quantity } de { $kind } sur { $project } ({ $id }).
app-event-mode = Mode événement
app-event-leave-button = Quitter le mode événement…
app-event-signed-in = Connecté·e :
app-event-done = Terminé — se déconnecter
app-event-leave = Quitter le mode événement
app-event-leave-hint = Une personne de la coordination (ou au-dessus) tape sa phrase secrète.
app-event-coordinator = Coordination
app-event-passphrase = Phrase secrète
app-event-locked = Bloqué après trop de codes PIN erronés : réessayez dans { $seconds } s.
app-event-locked-short = bloqué { $seconds } s
app-event-your-pin = Votre code PIN
app-event-sign-in = Se connecter
app-event-no-pin = Pas encore de code PIN sur cet appareil.
app-event-no-pin-passphrase = Tapez une fois votre phrase secrète, puis choisissez un code PIN de 4 à 12 chiffres.
app-event-no-pin-choose = Choisissez un code PIN de 4 à 12 chiffres.
app-event-new-pin = Nouveau code PIN
app-event-pin-again = Code PIN à nouveau
app-event-set-pin = Enregistrer le code PIN
app-event-back = Retour à la liste
app-event-find = Trouvez votre nom
app-event-find-placeholder = Trouvez votre nom…
app-event-nobody = Personne ne correspond à « { $search } ».
app-event-my-shift = Mon service
app-event-shift-since = { $kind } sur { $project }, depuis { $since }
app-event-stop = Arrêter et enregistrer mes heures
app-event-start-shift = Commencer mon service
app-event-my-totals = Mes totaux
app-event-value-counts = Valeur qui compte :
app-event-owed = Ce qui vous est dû :
app-event-contributions = Contributions :
app-event-waiting = ({ $count } en attente)
app-event-measure-hours = heures
app-event-measure-money = argent
app-event-measure-quantity = quantité


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens

# Nombres saisis dans un champ (ui/src/lib/numbers.ts).
app-input-required = obligatoire
app-input-negative = ne peut pas être négatif : écrivez-le sans signe
app-input-not-a-number = écrivez un nombre, par exemple { $example }
app-input-wrong-separator = « { $symbol } » ne s'emploie pas ici : écrivez les décimales après « { $decimal } », par exemple { $example }
app-input-bad-grouping = groupez les milliers par trois, ou sans groupes, par exemple { $example }
app-input-whole = pas de décimales
app-input-places = { $places ->
    [one] au plus { $places } décimale
   *[other] au plus { $places } décimales
}
app-input-positive = doit être supérieur à zéro
app-input-field-problem = { $field } : { $problem }
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
app-projects-parent-note = Un projet parent ne transmet rien : la recette de chaque projet est répartie selon ses propres contributions et sa propre équation de valeur.

# Connexion
app-signin-title = Connexion à { $ledger }
app-signin-intro = Cette coopérative signe chaque modification du nom du membre qui la fait.
app-signin-who = Qui êtes-vous ?
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
app-payouts-void-question = Annuler le versement de { $amount } { $currency } à { $account } du { $date } ?
app-payouts-void-explain = À faire pour un versement enregistré par erreur (l'argent n'est jamais parti). Il ne comptera plus comme versé : { $amount } de plus seront dus à { $account }. Il reste dans la liste, barré. Une annulation est définitive : si l'argent a finalement été versé, enregistrez de nouveau le versement.
app-payouts-void-yes = Oui, l'annuler
app-payouts-voided = Versement de { $amount } { $currency } à { $account } du { $date } annulé : il ne compte plus comme versé, cette somme est donc de nouveau due à { $account }. Il reste dans la liste, barré.
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
app-revenues-reversed-title = Répartitions annulées : { $ids }
app-revenues-reversed-count = { $count ->
    [one] { $count } annulée
   *[other] { $count } annulées
}
app-revenues-empty = Aucune recette pour l'instant.
app-revenues-choose-one = Choisissez une recette pour afficher l'aperçu de sa répartition, la valider ou l'annuler.
app-revenues-reversed-line = ({ $equation }) — ses attributions ne comptent plus
app-revenues-distributed-as = Répartie sous
app-revenues-reverse = Annuler la répartition…
app-revenues-reverse-question = Annuler la répartition { $id } ?
app-revenues-reverse-explain = Ses attributions sont annulées : ce qu'elle a donné à chaque membre et à chaque fonds ne compte plus dans ce qui leur est dû (les versements déjà faits restent). La recette peut ensuite être répartie de nouveau. La répartition annulée reste dans la liste, marquée comme annulée.
app-revenues-reverse-yes = Oui, annuler
app-revenues-reverse-keep = La garder (Échap)
app-revenues-reversed-notice = Répartition { $id } annulée : ses attributions ne comptent plus et la recette peut être répartie de nouveau. Elle reste dans la liste ci-dessous, marquée comme annulée.
app-revenues-chart-distribution = Répartition par bénéficiaire et par poste
app-revenues-preview = Aperçu de la répartition
app-revenues-commit = Valider cette répartition
app-revenues-preview-note = Aperçu : rien n'est enregistré tant que vous ne validez pas.
app-revenues-chart-preview = Aperçu : répartition de cette recette par bénéficiaire et par poste

# Ressources
app-resources-title = Ressources
app-resources-intro = Équipements dont les membres ou les fonds de la coopérative sont propriétaires, comme une découpeuse laser. Une utilisation sur un projet vaut quantité × taux, répartie entre les propriétaires selon leurs parts : les membres en tirent une part de la recette du projet comme pour toute contribution, la part d'un fonds est remboursée par un poste repay.
app-resources-code = Code
app-resources-code-placeholder = laser
app-resources-name = Nom
app-resources-name-placeholder = Découpeuse laser
app-resources-rate = Taux
app-resources-unit = Unité
app-resources-unit-default = heures
app-resources-owners = Propriétaires
app-resources-owners-shares = Propriétaires (parts)
app-resources-owners-title = Membres ou fonds, chacun avec une part entière (1 par défaut) : ana:2, ben, commun
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
app-resources-date-empty = Vide : aujourd'hui
app-resources-by = Par
app-resources-by-none = non indiqué
app-resources-log = Noter l'utilisation
app-resources-logged = Utilisation notée : { $quantity } { $unit } de { $resource } sur { $project }.
app-resources-uses = Utilisations
app-resources-quantity-rate = Quantité × taux
app-resources-credits = Crédits
app-resources-uses-empty = Aucune utilisation pour l'instant.

# Jetons
app-tokens-title = Jetons
app-tokens-intro = Un jeton communautaire se gagne en contribuant — tant par unité de valeur du travail qui compte — et s'échange entre membres contre leurs services. Ce n'est jamais de l'argent : il n'entre ni dans les soldes, ni dans les versements, ni dans les exports comptables.
app-tokens-empty = Aucun jeton pour l'instant.
app-tokens-define-below = Définissez-en un ci-dessous.
app-tokens-token = Jeton
app-tokens-about = { $perValue } { $code } par unité de valeur qui compte ; montants à { $scale ->
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
app-tokens-date-empty = Vide : aujourd'hui
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
app-tokens-defined = Jeton { $code } défini : les membres gagnent { $perValue } par unité de valeur qui compte, y compris pour tout leur travail passé.

# Types et taux
app-kinds-title = Types et taux
app-kinds-intro = Un nouveau taux ou multiplicateur prend une date d'effet : il valorise les contributions datées de ce jour ou après, et ne revalorise jamais les plus anciennes.
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
app-kinds-empty = Aucun type pour l'instant : ajoutez les types de contribution que votre coopérative reconnaît.
app-kinds-add-title = Ajouter un type
app-kinds-unit = Unité
app-kinds-unit-placeholder = mots
app-kinds-from = À partir du
app-kinds-from-empty = Vide : depuis le début
app-kinds-gift = Don (valorisé, ne donne pas de part)
app-kinds-reimbursable = Remboursable (argent à rendre)
app-kinds-deferred = Différé (remboursé plus tard par un poste repay)
app-kinds-deferred-title = Valorisé maintenant, remboursé plus tard sur les recettes par un poste repay (le plus ancien d'abord) ; ne donne pas de part
app-kinds-peers = Évalué par les pairs (sans taux)
app-kinds-peers-title = Sans taux : les autres membres évaluent chaque contribution (sur l'écran des contributions), et elle vaut la médiane de leurs évaluations pondérée par la réputation
app-kinds-add = Ajouter le type
app-kinds-added = Type { $code } ajouté.
app-kinds-peers-no-rate = un type évalué par les pairs n'a pas de taux : laissez-le vide
app-kinds-only-money-reimbursable = seuls les types en argent peuvent être remboursables
app-kinds-one-of-flags = un type est au plus l'un des trois : don, remboursable ou différé

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
app-members-reputation-title = 1 + la valeur entière du travail qui compte du membre (hors dons, dépenses et travail évalué par les pairs), aujourd'hui : elle pondère ses évaluations du travail des autres évalué par les pairs
app-members-leaves = Quitte la coopérative…
app-members-rejoins = Revient…
app-members-rejoin-explain = { $name } redevient membre actif. Le travail daté de ce jour ou après compte normalement ; ce qui a été réévalué avant le reste.
app-members-leave-explain = { $name } quitte la coopérative. Le motif du départ décide de ce que son travail passé rapporte sur les recettes suivantes :
app-members-good-reason = Pour un motif légitime
app-members-good-reason-explain = tout ce que la personne a apporté garde sa valeur dans chaque répartition suivante.
app-members-bad-reason = Sans motif légitime
app-members-bad-reason-explain = pour les recettes à partir de cette date, seul compte l'argent apporté, à sa valeur simple (multiplicateur 1) ; ses heures et ses autres travaux ne donnent plus de part.
app-members-active-again-from = De nouveau actif à partir du
app-members-left-on = Date de départ
app-members-date-empty = Vide : aujourd'hui
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
app-members-stages-empty = Aucune étape : chaque contribution compte à 100 %.
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
app-give-epoch-terms = du { $from } au { $to } ; chaque membre donne { $give } GIVE.
app-give-ended-close-it = Il est terminé : clôturez-le pour que son GIVE compte dans les répartitions (une répartition avec un poste peer est refusée tant qu'il reste ouvert).
app-give-close-from = Il peut être clos à partir du lendemain du { $to }.
app-give-close = Clore le cycle
app-give-closed-notice = { $epoch } clos : son GIVE compte désormais dans les postes peer du projet { $project }.
app-give-your-gifts = Vos dons de GIVE
app-give-gifts = Dons de GIVE
app-give-who-gives = Qui donne
app-give-no-receivers = Il n'y a aucun autre membre actif à qui donner.
app-give-left = Il vous reste { $remaining } GIVE sur { $give } à donner
app-give-over = { $over } GIVE au-delà du budget de { $give } : baissez un don
app-give-to = À
app-give-or-slide = …ou glissez
app-give-thanks = Un mot de remerciement (seule la personne le voit)
app-give-thanks-placeholder = pour les gardes de nuit
app-give-amount-to = GIVE pour { $to }
app-give-slide-to = Glisser le GIVE pour { $to }
app-give-bad-amount = GIVE pour { $to } : saisissez un nombre entier, par exemple 20 (0 ne donne rien).
app-give-save = Enregistrer les dons
app-give-saved = Dons de { $giver } dans { $epoch } enregistrés : { $given } GIVE donnés sur { $give }{ $remaining ->
    [0] .
   *[other] , { $remaining } non utilisés (le GIVE non donné est perdu à la clôture du cycle).
}
app-give-received = Reçu
app-give-hidden = Les dons des autres restent cachés jusqu'à la clôture du cycle ; vous ne voyez que les vôtres.
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
app-give-opened = Cycle { $epoch } ouvert : chaque membre a { $give } GIVE à donner jusqu'au { $to }.

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
app-myaccount-statement-title = Où enregistrer le relevé : un fichier .pdf ou .html ; laissez vide pour le choisir dans une boîte de dialogue
app-myaccount-save-statement = Enregistrer le relevé…
app-myaccount-save-dialog = Enregistrer le relevé
app-myaccount-statement-saved = Relevé enregistré dans
app-myaccount-value-counts = Valeur qui compte
app-myaccount-reputation = Réputation
app-myaccount-reputation-title = 1 + la valeur entière de votre travail qui compte (hors dons, dépenses et travail évalué par les pairs) : elle pondère vos évaluations du travail des autres évalué par les pairs
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
app-myaccount-why = Pourquoi ?
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
app-myaccount-passphrase-about-own = Elle vous connecte et permet de définir un code PIN sur un appareil en mode événement. Au moins 8 caractères ; personne ne peut la relire.
app-myaccount-passphrase-about-other = Elle connecte { $name } et permet de définir un code PIN sur un appareil en mode événement. Au moins 8 caractères ; personne ne peut la relire.
app-myaccount-new-passphrase = Nouvelle phrase secrète
app-myaccount-again = Encore une fois
app-myaccount-set-passphrase = Enregistrer la phrase secrète
app-myaccount-passphrase-done = Phrase secrète enregistrée.
app-myaccount-passphrases-differ = les deux phrases secrètes diffèrent : saisissez deux fois la même

# Synchroniser entre appareils
app-sync-title = Synchroniser entre appareils
app-sync-intro = Chaque appareil garde sa propre copie du registre. Ils échangent des écritures par un dossier partagé (Syncthing, Nextcloud, une clé USB) : chaque appareil n'y écrit que son propre fichier et lit ceux des autres.
app-sync-joined = Cet appareil a démarré à partir de l'invitation { $invitation }. Supprimez ce fichier maintenant : il contient la clé de cet appareil, et personne d'autre ne doit démarrer à partir de lui. Choisissez ensuite le dossier partagé ci-dessous.
app-sync-shared-folder = Dossier partagé
app-sync-folder = Dossier
app-sync-folder-placeholder = /home/vous/Sync/cooperative
app-sync-folder-required = choisissez le dossier que partagent les appareils
app-sync-folder-dialog = Le dossier que partagent les appareils
app-sync-choose = Choisir…
app-sync-syncing = Synchronisation…
app-sync-now = Synchroniser maintenant
app-sync-last = Dernière synchronisation : { $at } ({ $ago }).
app-sync-every-minute = OpenValue se synchronise par ce dossier chaque minute tant qu'il est ouvert.
app-sync-choose-then-sync = Choisissez le dossier que partagent les appareils, puis synchronisez : OpenValue se synchronisera ensuite chaque minute tant qu'il est ouvert.
app-sync-not-admitted = L'appareil { $id } n'est pas encore admis
app-sync-not-admitted-rest = , ses écritures n'ont donc pas été prises.
app-sync-laptop-id = appareil { $id }
app-sync-admit-this = Admettre cet appareil…
app-sync-file-skipped = { $file } a été ignoré : { $why }
app-sync-revoke-question = Révoquer { $name } ?
app-sync-revoke-explain = À faire pour un appareil perdu ou remplacé. Ses écritures jusqu'ici continuent de compter ; ce qu'il écrira désormais est conservé mais jamais appliqué, sur chaque appareil qui se synchronise. C'est définitif : pour réutiliser cet appareil, invitez-le de nouveau.
app-sync-admit-question = Admettre { $name } ?
app-sync-admit-explain = Seulement si vous connaissez cet appareil : son écran de synchronisation affiche son id, { $id }. Une fois admis, ses écritures comptent comme celles de cet appareil.
app-sync-revoke-name = Révoquer { $name }
app-sync-admit-name = Admettre { $name }
app-sync-cancel = Annuler (Échap)
app-sync-revoked-notice = { $name } révoqué : ses écritures jusqu'au numéro { $last } comptent ; ce qu'il écrira désormais est conservé mais jamais appliqué, sur chaque appareil qui se synchronise.
app-sync-admitted-notice = { $name } admis. Ses écritures arriveront à la prochaine synchronisation.
app-sync-conflicts-heading = Conflits
app-sync-no-conflicts = Aucun conflit : les écritures de tous les appareils s'appliquent.
app-sync-conflicts-intro = Une écriture que les règles refusent à sa place dans l'ordre partagé est conservée mais pas appliquée. Tous les appareils affichent les mêmes conflits. Ils se règlent par de nouvelles écritures, jamais en modifiant.
app-sync-from = de
app-sync-this-laptop-paren = (cet appareil)
app-sync-concerns = concerne
app-sync-what-happened = Ce qui s'est passé
app-sync-what-to-do = Que faire
app-sync-open-revenue = Ouvrir la recette { $id }
app-sync-books-record = Les comptes enregistrent :
app-sync-entry = écriture
app-sync-laptops = Appareils
app-sync-this-laptop-label = Cet appareil :
app-sync-id = id
app-sync-laptop = Appareil
app-sync-admitted = Admis par
app-sync-entries = Écritures
app-sync-last-entry = Dernière écriture
app-sync-last-sync = Dernière synchronisation
app-sync-this-laptop = cet appareil
app-sync-revoked = révoqué
app-sync-revoked-title = Ses écritures jusqu'au numéro { $last } comptent ; les suivantes sont conservées mais jamais appliquées
app-sync-never = jamais
app-sync-revoke = Révoquer…
app-sync-devices-note = Écritures compte ce que chaque appareil a écrit et que cet appareil détient ; la dernière synchronisation est le moment où il a écrit son fichier dans le dossier partagé pour la dernière fois.
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
app-sync-invited = Invitation pour { $label } écrite dans { $path }. Elle contient la clé de cet appareil : donnez-la à cet appareil seulement, et supprimez-la une fois qu'il a démarré à partir d'elle.


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################


## Things the books hold, as messages name them

thing-account = compte
thing-member = membre
thing-project = projet
thing-kind = type
thing-contribution = contribution
thing-revenue = recette
thing-distribution = répartition
thing-payout = versement
thing-token = jeton
thing-epoch = cycle de GIVE
thing-stage = étape
thing-resource = ressource
thing-resource_use = utilisation d'une ressource

## Refusals: the rules of the books (refusal-CODE, one per Refusal::code)

refusal-already_exists = { $named ->
    [named] { $thing } '{ $id }' : existe déjà
   *[id] { $thing } d'identifiant '{ $id }' : existe déjà
}
refusal-unknown = { $thing } { $id } : introuvable{ $hinted ->
    [yes] {" "}— vouliez-vous dire '{ $hint }' ?
   *[no] {""}
}
refusal-fund_cannot = '{ $handle }' est un fonds ; seuls les membres peuvent { $action }
refusal-no_rate_on_date = le type '{ $kind }' n'a aucun taux en vigueur le { $date } (sa première version date du { $first })
refusal-version_exists = le type '{ $kind }' a déjà une version { $date ->
    [none] depuis le début
   *[other] en vigueur depuis le { $date }
} ; les versions ne sont jamais réécrites : choisissez une autre date d'effet
refusal-void = la contribution { $contribution } est annulée
refusal-self_review = { $member } ne peut pas { $verdict ->
    [approve] approuver
   *[other] rejeter
} sa propre contribution { $contribution } ; un autre membre doit l'examiner
refusal-already_reviewed = { $member } a déjà { $verdict ->
    [approve] approuvé
   *[other] rejeté
} la contribution { $contribution } depuis sa dernière correction
refusal-measure_change = le type '{ $kind }' se mesure en { $measure ->
    [hours] heures
    [money] argent
    [quantity] quantité
   *[other] { $measure }
}, mais la contribution { $contribution } se mesure en { $old_measure ->
    [hours] heures
    [money] argent
    [quantity] quantité
   *[other] { $old_measure }
} ; annulez-la et enregistrez-en une nouvelle
refusal-already_distributed = la recette '{ $revenue }' est déjà répartie par { $distribution } ; annulez d'abord cette répartition
refusal-already_reversed = la répartition { $distribution } est déjà annulée
refusal-distribution_mismatch = la répartition { $distribution } ne correspond pas à la recette '{ $revenue }' : { $detail }
refusal-claim_overpaid = la contribution { $contribution } recevrait { $paying } de plus, mais il ne reste que { $open } à verser sur sa créance de { $claim }
refusal-out_of_bounds = { $field } : { $detail }
refusal-stage_kind = l'étape '{ $stage }' ne peut pas pondérer le type '{ $kind }' : c'est { $why } ; une étape ne pondère que les types qui reçoivent des parts selon les critères
refusal-status_unchanged = '{ $handle }' { $why }
refusal-not_a_claim = la contribution { $contribution } n'est pas une créance ouverte remboursable ou différée
refusal-differs = { $named ->
    [named] { $thing } '{ $id }' : existe déjà
   *[id] { $thing } d'identifiant '{ $id }' : existe déjà
} avec d'autres données ({ $detail })
refusal-changed_since = la contribution { $id } a changé : ceci corrige la révision { $revision }, mais la révision en vigueur est la { $current }
refusal-depends_on = dépend de l'entrée { $entry }, qui est en conflit (elle apporte '{ $id }')
refusal-epoch_closed = le cycle de GIVE { $epoch } est clos
refusal-not_peer_valued = la contribution { $contribution } est du type '{ $kind }', valorisé par son taux et non par les pairs
refusal-self_valuation = { $member } ne peut pas évaluer la contribution { $contribution } : c'est la sienne ; les autres membres l'évaluent
refusal-give_to_self = { $member } ne peut pas se donner de GIVE
refusal-give_budget = { $member } peut donner au plus { $budget } GIVE dans le cycle { $epoch } : { $others } déjà donnés à d'autres, donc { $amount } de plus, c'est trop
refusal-epoch_open = le cycle de GIVE { $epoch } du projet '{ $project }' est terminé mais encore ouvert ; clôturez-le avant de répartir avec un poste entre pairs
refusal-token_to_self = { $member } ne peut pas s'envoyer de jetons
refusal-token_overdraw = { $member } a { $balance } { $token }, pas assez pour en envoyer { $amount }
refusal-needs_sign_in = la connexion est activée : chaque modification nomme le membre qui la fait
refusal-role_needed = { $member } a le rôle { $role } ; { $action } demande le rôle { $needed }
refusal-not_in_own_name = { $author } est connecté·e et ne peut pas { $what } au nom de { $by }
refusal-member_signature = l'examen par { $member } de la contribution { $contribution } ne porte aucune signature valide de la clé de { $member } (falsifié, ou fait sans connexion)
refusal-last_admin = { $member } est le dernier membre ayant le rôle administration ; donnez d'abord ce rôle à un autre membre
refusal-not_own_passphrase = seul·e { $member } ou l'administration peut définir la phrase secrète de { $member }
refusal-device_state = l'appareil { $device } { $state }
refusal-already_void = { $thing } '{ $id }' : annulé(e)
refusal-revenue_distributed = la recette '{ $revenue }' a une répartition active, { $distribution } ; annulez d'abord cette répartition, puis corrigez ou annulez la recette
refusal-revenue_changed_since = la recette '{ $id }' a changé : cette entrée a été faite pour sa révision { $revision }, mais la révision en vigueur est la { $current }
refusal-device_revoked = l'appareil { $device } a été révoqué après son entrée { $last_seq } ; ceci est son entrée { $seq }

## Refusals: the words some of them carry

refusal-fund-contribute = contribuer
refusal-fund-review = examiner des contributions
refusal-fund-account = avoir un compte de membre
refusal-fund-tokens = détenir des jetons
refusal-fund-give = donner ou recevoir des GIVE
refusal-fund-value = évaluer des contributions
refusal-fund-sign_in = se connecter
refusal-fund-leave = quitter la coopérative ou y revenir
refusal-fund-stage = avoir une étape
refusal-fund-use = utiliser une ressource
refusal-fund-passphrase = avoir une phrase secrète
refusal-fund-role = avoir un rôle
refusal-stage-gift = un don
refusal-stage-reimbursable = remboursable
refusal-stage-deferred = différé
refusal-stage-credits = le type intégré des crédits des propriétaires de ressources, qu'aucune étape ne pondère
refusal-status-left = a déjà quitté la coopérative
refusal-status-active = est déjà actif/active
refusal-status-reason = revient sans motif de départ
refusal-device-admitted = est déjà admis
refusal-device-revoked = est déjà révoqué
refusal-device-unknown = est inconnu de ce registre
refusal-device-this = est cet ordinateur ; révoquez-le depuis un autre ordinateur
refusal-device-not_an_id = n'est pas un identifiant d'appareil : copiez celui qu'a affiché le nouvel ordinateur (36 caractères comme 6f1c2a3b-…)
refusal-differs-figures = un autre ordinateur l'a défini avec d'autres chiffres
refusal-differs-values = un autre ordinateur l'a saisi avec d'autres valeurs
refusal-own_name-review = examiner
refusal-own_name-value = évaluer le travail
refusal-role-member = membre
refusal-role-coordinator = coordination
refusal-role-treasurer = trésorerie
refusal-role-admin = administration
refusal-action-log_own = enregistrer des contributions
refusal-action-log_for_others = enregistrer des contributions pour d'autres
refusal-action-correct_own = corriger une contribution
refusal-action-correct_others = corriger la contribution d'un autre membre
refusal-action-review = examiner
refusal-action-set_own_passphrase = définir une phrase secrète
refusal-action-add_projects = ajouter des projets
refusal-action-record_revenue = enregistrer des recettes
refusal-action-distribute = répartir des recettes
refusal-action-reverse = annuler une répartition
refusal-action-pay_out = faire des versements
refusal-action-change_members = modifier les membres
refusal-action-change_kinds = modifier les types et les taux
refusal-action-set_equations = définir les équations de valeur
refusal-action-change_settings = modifier les réglages
refusal-action-change_roles = modifier les rôles
refusal-action-reset_passphrase = réinitialiser la phrase secrète d'un autre membre
refusal-action-change_devices = modifier les appareils
refusal-action-define_tokens = définir des jetons
refusal-action-epochs = ouvrir et clore des cycles de GIVE
refusal-action-give_own = donner des GIVE
refusal-action-give_for_others = donner au nom d'un autre membre
refusal-action-send_own_tokens = envoyer des jetons
refusal-action-send_others_tokens = envoyer les jetons d'un autre membre
refusal-action-import = importer des contributions et des recettes
refusal-action-export = exporter des rapports
refusal-action-backup = faire une sauvegarde
refusal-action-sync = synchroniser
refusal-action-event_mode = entrer en mode événement ou en sortir
refusal-action-change_stages = modifier les étapes
refusal-action-void_payout = annuler un versement
refusal-action-correct_revenue = corriger des recettes
refusal-action-void_revenue = annuler des recettes
refusal-action-rename_members = renommer des membres
refusal-action-rename_projects = renommer des projets
refusal-action-rename_kinds = renommer des types
refusal-action-change_resources = définir des ressources
refusal-action-use_own = enregistrer une utilisation d'une ressource
refusal-action-use_for_others = enregistrer une utilisation d'une ressource au nom d'un autre membre
refusal-action-value_others = évaluer le travail des autres

## The core's errors (err-*)

thing-fund = fonds
err-io = { $path } : { $detail }
err-export = l'exportation a échoué : { $detail }
err-chart = le graphique a échoué : { $detail }
err-os-not_found = fichier ou dossier introuvable
err-os-permission = permission refusée
err-os-exists = le fichier existe déjà
err-os-full = le disque est plein
err-os-read_only = le système de fichiers est en lecture seule
err-os-directory = c'est un dossier
err-file-folder = un dossier, pas un fichier
err-file-fifo = un tube nommé (FIFO), pas un fichier
err-file-device = un périphérique, pas un fichier
err-file-special = un socket ou un autre fichier spécial, pas un fichier
err-file-directory = un dossier
err-file-pipe = un tube nommé (FIFO)
err-file-char_device = un périphérique caractère
err-file-block_device = un périphérique bloc
err-file-socket = un socket
err-file-neither = ni un fichier ni un dossier
err-store-missing = { $path } : ce registre n'existe pas ; créez-en un d'abord, ou vérifiez le chemin
err-store-not_a_file = { $path } : c'est { $what } ; un registre est un fichier — rien n'a été ouvert
err-store-hard_linked = { $path } : ce registre a { $names } noms (liens physiques) ; SQLite tient un journal séparé pour chaque nom, donc deux programmes utilisant deux noms l'abîmeraient. Donnez-lui un seul nom : copiez-le dans un nouveau fichier et ouvrez la copie, ou supprimez les autres noms — rien n'a été ouvert
err-store-protected = { $path } : { $why } ; rien n'a été écrit — choisissez un autre nom de fichier
err-store-unreadable = { $path } : le registre est en lecture seule et ne peut pas être lu tel quel ({ $why }) ; copiez-le (avec son fichier -wal) dans un dossier où vous pouvez écrire, ou ouvrez-le là où il a été écrit
err-store-exists = { $path } : un fichier existe déjà à cet endroit ; choisissez un autre chemin
err-store-not_a_ledger = { $path } : ce n'est pas un registre OpenValue ({ $why }) ; le fichier n'a pas été modifié
err-store-newer_schema = { $path } : écrit par un OpenValue plus récent (schéma { $found } ; cette version lit jusqu'au { $supported }) ; mettez OpenValue à jour pour l'ouvrir — le fichier n'a pas été modifié
err-store-damaged = { $path } : le registre est endommagé : { $why }. Restaurez-le depuis une sauvegarde ; le fichier n'a pas été modifié
err-store-busy = le registre est occupé : une autre fenêtre ou commande OpenValue y écrit ; réessayez dans un instant
err-store-disk_full = le disque est plein ; rien n'a été écrit — libérez de l'espace et réessayez
err-store-read_only = { $path } : le registre est en lecture seule ; rien n'a été écrit
err-store-corrupt = le fichier du registre est endommagé ({ $why }) ; rien n'a été écrit — restaurez-le depuis une sauvegarde
err-store-sqlite = le registre ne peut être ni lu ni écrit tel quel ({ $why }) ; s'il a été modifié hors d'OpenValue, restaurez-le depuis une sauvegarde
err-store-payload = erreur dans le contenu du journal : { $why }
err-store-too_large = { $what } dépasse ce qu'OpenValue peut afficher ({ $minor } unités mineures)
err-store-no_device_key = { $path } : cet ordinateur ne détient pas la clé de l'appareil { $device } de ce registre (un fichier copié, ou une sauvegarde restaurée sur un autre ordinateur), il s'ouvre donc en lecture seule : la lecture, la vérification et les exports fonctionnent. Pour continuer à écrire avec cette copie, faites-en un nouvel appareil, que les autres ordinateurs de la coopérative devront admettre ; rien n'a été écrit
err-store-revoked = cet ordinateur (appareil { $device }) a été révoqué par la coopérative (un ordinateur perdu ?) ; ses entrées après le numéro { $last_seq } ne sont appliquées nulle part, donc plus rien n'est écrit depuis lui — demandez à l'administration d'inviter de nouveau cet ordinateur
err-store-bundle_refused = { $path } : { $why } ; rien n'a été modifié
err-key-damaged = { $path } : ce fichier de clé d'appareil est endommagé ({ $why })
err-key-random = impossible de créer une nouvelle clé : la source aléatoire du système a échoué ({ $why })
err-import-not_a_file = { $file } : c'est { $what }, pas un fichier CSV
err-import-read = { $file } : impossible de lire le fichier : { $detail }
err-import-more = … et { $count } { $count ->
    [one] autre problème
   *[other] autres problèmes
}
err-import-rows = { $count } { $count ->
    [one] problème trouvé
   *[other] problèmes trouvés
} ; rien n'a été importé
err-equation-missing = le projet '{ $project }' n'a aucune équation de valeur en vigueur le { $date } : définissez une équation pour le projet, ou une équation par défaut du registre pour tous les projets
err-distribute-cannot_place = le poste '{ $bucket }' ne peut pas placer { $amount } : { $reason }. Rien n'a été réparti
err-distribute-overflow = les montants sont trop grands pour être répartis exactement
err-distribute-negative = le registre contient une quantité, un taux ou un multiplicateur négatif, qu'OpenValue n'enregistre jamais : il a été modifié à l'insu d'OpenValue ; vérifiez le registre
err-distribute-above_maximum = la recette '{ $revenue }' est de { $amount }, au-dessus du plus grand montant qu'OpenValue répartit ({ $max }) ; enregistrez-la en plusieurs recettes
err-event-damaged = { $path } : le fichier du mode événement est endommagé ({ $detail }) ; supprimez-le pour repartir de zéro en mode événement (les codes PIN sont alors redéfinis)
err-event-pin_shape = un code PIN compte de 4 à 12 chiffres
err-event-no_pin = { $member } n'a pas encore de code PIN sur cet ordinateur : définissez-en un d'abord
err-event-wrong_pin = code PIN erroné pour { $member } ; encore { $left ->
    [one] une erreur
   *[other] { $left } erreurs
} et { $member } est bloqué(e) pendant une minute
err-event-locked = { $member } est bloqué(e) après { $count } codes PIN erronés ; réessayez dans { $seconds } s
err-event-timer_running = { $member } a déjà un minuteur de service en cours (depuis { $since })
err-event-no_timer = { $member } n'a aucun minuteur de service en cours
err-event-forgotten_timer = le minuteur de { $member } tourne depuis { $since }, plus d'un jour : il a été oublié ; abandonnez-le et saisissez les heures à la main
err-event-hash = le code PIN n'a pas pu être vérifié ({ $why })
err-sign_in-wrong = phrase secrète erronée pour { $handle } ; rien n'a été écrit
err-sign_in-key = { $handle } : { $detail }
err-sign_in-fund = { $handle } est un fonds ; seuls les membres se connectent
err-sign_in-no_member = aucun membre { $handle } dans ce registre
err-sign_in-give = { $handle } a une phrase secrète : donnez-la pour vous connecter
err-sign_in-none_yet = { $handle } n'a pas encore de phrase secrète ; l'administration en définit une d'abord
err-sign_in-needs = { $handle } n'a pas de phrase secrète ; { $action } demande le rôle { $needed } avec une phrase secrète
err-sign_in-needs_admin = activer la connexion demande une personne de l'administration connectée avec une phrase secrète, pour que quelqu'un puisse encore se connecter ensuite
err-unknown = { $thing } { $word } : introuvable{ $hinted ->
    [yes] {" "}— vouliez-vous dire { $hint } ?
   *[no] {""}
}
err-not_found-id = { $thing } { $id } : introuvable
err-not_found-epoch = aucun cycle de GIVE { $epoch }
err-not_found-balance = aucun solde pour { $account }
err-not_found-revenue_or_distribution = aucune recette ni répartition d'identifiant { $id } ; la liste des recettes les montre avec leurs répartitions
err-not_found-file = { $path } : fichier introuvable
err-not_found-token = aucun jeton { $token }
err-kind-differs = le type '{ $kind }' existe avec une autre valeur pour { $what } ; entre deux versions, seuls le taux et le multiplicateur changent
err-nothing_to_correct-contribution = rien à corriger : donnez une nouvelle quantité, date, un nouveau type ou une nouvelle note, ou annulez-la
err-nothing_to_correct-revenue = rien à corriger : donnez un nouveau montant, une nouvelle date ou note, ou annulez-la
err-unchanged-contribution = la contribution { $id } a déjà ces valeurs ; rien n'a été modifié et ses approbations restent
err-unchanged-revenue = la recette { $id } a déjà ces valeurs ; rien n'a été modifié
err-renamed-same = { $thing } { $code } s'appelle déjà { $name } ; rien n'a été modifié
err-no_token = aucun jeton n'est défini dans ce registre
err-epoch-not_ended = le cycle de GIVE { $epoch } dure jusqu'au { $to } ; il peut être clos à partir du lendemain
err-bundle-not_a_file = { $path } : c'est { $what } ; un paquet est un fichier
err-protected = { $path } : { $why } ; rien n'a été écrit — choisissez un autre nom de fichier
err-sync-not_a_folder = { $path } : ce n'est pas un dossier ; la synchronisation a besoin du dossier partagé (créez-le d'abord)
err-sync-ledger_folder = { $path } : ce dossier contient le fichier du registre lui-même ; synchronisez par un dossier séparé où n'entrent que les paquets

## The command line: errors of its own

cli-equation-default_and_project = avec --default, donnez seulement le fichier de l'équation, pas de projet
cli-equation-arguments = donnez un code de projet et un fichier d'équation, ou --default et un fichier
cli-device-new-confirm = ceci fait de cette copie du registre un nouvel appareil, que les autres ordinateurs de la coopérative doivent admettre avant d'accepter ses entrées ; confirmez avec --yes
cli-verify-missing = { $count } { $count ->
    [one] entrée
   *[other] entrées
} de { $file } { $count ->
    [one] manque
   *[other] manquent
} ici : ce registre a été tronqué ou ramené en arrière (ou n'a pas encore fusionné ce fichier)
cli-verify-problems = verify a trouvé { $count } { $count ->
    [one] problème
   *[other] problèmes
}
cli-passphrase-empty = { $var } est définie mais vide ; mettez-y la phrase secrète, ou supprimez-la pour qu'elle soit demandée
cli-passphrase-not_utf8 = { $var } n'est pas du texte UTF-8 valide
cli-passphrase-no_terminal = une phrase secrète est nécessaire et il n'y a aucun terminal pour la demander ; donnez-la dans { $var }
cli-passphrase-differ = les deux phrases secrètes diffèrent ; rien n'a été modifié

## The command line: errors, hints, confirmations and reports

cli-error = erreur : { $message }
cli-hint = conseil : { $hint }
cli-hint-init = créez-le avec `openvalue init --name NAME --currency EUR`
cli-hint-equation = `openvalue equation set { $project } FILE.toml`, ou `openvalue equation set --default FILE.toml` pour tous les projets
cli-hint-device_new = `openvalue device new --yes` fait de cette copie un nouvel appareil ; ensuite, sur un ordinateur admis, `openvalue device admit ID`
cli-hint-revoked = sur un ordinateur admis, `openvalue device invite --out FILE` ; ici, `openvalue clone FILE --ledger NEW-PATH`
cli-hint-admit = si cet ordinateur est celui de la coopérative, admettez-le d'abord ici : `openvalue device admit DEVICE-ID`
cli-hint-verify = `openvalue verify` indique ce qui a changé
cli-hint-scale = donnez ses décimales avec `--scale N`
cli-hint-locale = `--locale es` (ou ca, fr, de, it, pt, nl) lit `;`, les virgules décimales et les dates de la langue
cli-hint-no_locale = retirez `--locale` (ou donnez `--locale en`)
cli-hint-ignore_unknown = `--ignore-unknown` ignore les colonnes que le format ne connaît pas
cli-hint-member_list = `openvalue member list` montre les membres et les fonds existants
cli-hint-sign_in = ajoutez `--as MEMBER` (la phrase secrète est demandée à l'écran, ou lue dans OPENVALUE_PASSPHRASE)
cli-hint-role = l'administration peut donner le rôle à { $member } : `openvalue role grant { $member } ROLE --as ADMIN`
cli-hint-reverse_distribute = d'abord `openvalue reverse { $distribution }`, puis répartissez de nouveau
cli-hint-reverse_correct = d'abord `openvalue reverse { $distribution }`, puis corrigez ou annulez la recette
cli-merged-added = { $count } { $count ->
    [one] nouvelle entrée
   *[other] nouvelles entrées
} sur { $offered }
cli-merged-conflicts = { $count ->
    [0] aucun conflit
    [one] { $count } conflit dans les comptes ({ $new } nouveau(x)) — voir la liste des conflits
   *[other] { $count } conflits dans les comptes ({ $new } nouveau(x)) — voir la liste des conflits
}
cli-merged = fusionné { $file } : { $report }
cli-warn-future = attention : { $count } { $count ->
    [one] entrée est horodatée
   *[other] entrées sont horodatées
} plus d'une heure en avance sur l'horloge de cet ordinateur ; vérifiez les horloges des ordinateurs
cli-col-device = appareil
cli-col-label = libellé
cli-col-admitted_by = admis par
cli-col-entries = entrées
cli-col-last_seen = vu pour la dernière fois
cli-device-short = appareil { $device }
cli-device-short_label = appareil { $device } ({ $label })
cli-device-this = {" "}(cet ordinateur)
cli-device-revoked_after = {" "}(révoqué après l'entrée { $last })
cli-device-never = jamais
cli-device-no_label = sans libellé
cli-device-invited = appareil { $device } invité ({ $label }) ; invitation écrite dans { $file }
cli-device-invited-key = elle contient la clé du nouvel ordinateur : portez-la uniquement à cet ordinateur, et supprimez-la une fois qu'il a démarré avec
cli-device-revoked = appareil { $device } révoqué : ses entrées après le numéro { $last } seront gardées mais pas appliquées, sur chaque ordinateur qui fusionne ceci
cli-device-new = ce registre écrit désormais comme appareil { $device }
cli-device-new-admit = sur un ordinateur admis, lancez : openvalue device admit { $device }
cli-device-admitted = appareil { $device } admis
cli-clone-created = créé { $path } comme appareil { $device } de { $name } : { $count } entrées fusionnées
cli-warn-synced_clone = attention : ce registre est dans un dossier que { $tool } synchronise ; gardez le registre en dehors et synchronisez par un dossier séparé
cli-warn-synced_ledger = attention : le fichier du registre lui-même est dans un dossier que { $tool } synchronise ; sortez-le de là (seul le dossier de synchronisation doit être partagé)
cli-bundle-wrote = { $count } { $count ->
    [one] entrée écrite
   *[other] entrées écrites
} dans { $file }
cli-sync-skipped = ignoré { $file } : { $why }
sync-skipped-conflicted_copy = une copie faite par l'outil de synchronisation quand deux versions se sont rencontrées ; chaque ordinateur réécrit son propre fichier, elle n'est donc pas nécessaire
cli-sync-wrote = { $count } { $count ->
    [one] entrée écrite
   *[other] entrées écrites
} dans { $file } ; { $conflicts } { $conflicts ->
    [one] conflit
   *[other] conflits
} dans les comptes
cli-conflicts-none = aucun conflit
cli-conflict = { $entry } { $kind } [{ $concerns }] de { $device } : { $reason }
cli-conflicts-count = { $count } { $count ->
    [one] conflit : gardé
   *[other] conflits : gardés
} dans le journal, non appliqués ; résolvez chacun par de nouvelles entrées (annuler et répartir de nouveau, corriger de nouveau)
cli-verify-against-ok = OK : ce registre contient toutes les entrées de { $file }
cli-verify-against-missing = manquante : entrée { $entry } ({ $kind }) de l'appareil { $device }, numéro { $seq }
cli-wrote-rows = écrit { $file } ({ $count } { $count ->
    [one] ligne
   *[other] lignes
})
cli-wrote-transactions = écrit { $file } ({ $count } { $count ->
    [one] transaction
   *[other] transactions
})
cli-wrote-events = écrit { $file } ({ $count } { $count ->
    [one] événement
   *[other] événements
})
cli-wrote-chart = écrit { $file } ({ $width }×{ $height } px, { $format })
cli-wrote-statement = écrit { $file } (relevé de { $account }, { $period } : acquis { $earned }, versé { $paid }, dû { $owed } { $currency })
cli-table-none = (aucun)
cli-col-handle = identifiant
cli-col-name = nom
cli-col-type = type
cli-col-status = statut
cli-col-joined = entrée
cli-col-code = code
cli-col-parent = projet parent
cli-col-id = id
cli-col-date = date
cli-col-project = projet
cli-col-amount = montant
cli-col-distribution = répartition
cli-col-note = note
cli-col-from = depuis
cli-col-bucket = poste
cli-col-contribution = contribution
cli-col-kind = type
cli-col-quantity = quantité
cli-col-rate = taux
cli-col-multiplier = multiplicateur
cli-col-value = valeur
cli-col-decay_factor = facteur de décroissance
cli-col-stage = étape
cli-col-left = départ
cli-col-recipient = bénéficiaire
cli-col-weight = poids
cli-col-share = part
cli-col-account = compte
cli-col-earned = acquis
cli-col-paid = versé
cli-col-owed = dû
cli-col-method = moyen
cli-col-resource = ressource
cli-col-unit = unité
cli-col-owners = propriétaires
cli-col-use = utilisation
cli-col-by = par
cli-col-credits = crédits
cli-col-percent = pourcentage
cli-col-kinds = types
cli-col-members_today = membres aujourd'hui
cli-col-member = membre
cli-col-measure = mesure
cli-col-flags = options
cli-distribute-committed = {"\u000A"}enregistrée comme répartition { $id }
cli-distribute-dry_run = {"\u000A"}simulation : rien n'a été écrit
cli-explain-behind = {"\u000A"}contributions derrière le poids de { $member } :
cli-explain-credits = {"\u000A"}crédits de ressources (quantité utilisée × taux, la part du propriétaire) :
cli-plan-revenue = recette { $id } — { $amount } { $currency } le { $date } pour { $project } — équation de valeur '{ $equation }'
cli-plan-note = poste '{ $bucket }' : { $note }
cli-plan-totals = {"\u000A"}totaux :
cli-reversed = répartition { $distribution } annulée ; la recette { $revenue } peut être répartie de nouveau
cli-balances-project_note = (les versements sont faits à un compte, pas pour un projet : le versé et le dû sont dans `openvalue balances`)
cli-status-void = annulé
cli-status-paid = versé
cli-payout-voided = versement { $id } annulé
cli-init-created = créé { $path } ({ $name }, { $currency }, { $count } { $count ->
    [one] approbation requise
   *[other] approbations requises
})
cli-demo-created = registre de démonstration créé : { $path }
cli-settings-sign_in_on = connexion : activée (chaque écriture demande --as MEMBER)
cli-settings-sign_in_off = connexion : désactivée
cli-settings = { $name } : { $currency }, { $count } { $count ->
    [one] approbation requise
   *[other] approbations requises
}
cli-verify-ok = OK : { $entries } entrées de { $devices } { $devices ->
    [one] appareil
   *[other] appareils
}, { $contributions } contributions ; chaque chaîne de hachage, signature et table dérivée correspond au journal
cli-verify-head = tête de l'appareil { $device }{ $this } : entrée { $seq }, hachage { $hash }
cli-verify-before_signatures = { $count } { $count ->
    [one] entrée a été écrite
   *[other] entrées ont été écrites
} avant les signatures (par l'appareil qui a créé le registre)
cli-verify-conflicts = { $count } { $count ->
    [one] conflit
   *[other] conflits
} : des entrées que les règles ont refusées à leur place dans l'ordre une fois le travail des ordinateurs fusionné ; elles sont gardées, non appliquées
cli-backup = sauvegarde écrite dans { $path }
cli-resource-defined = ressource { $code } : taux { $rate } par unité d'utilisation ({ $unit }), propriété de { $owners }
cli-resources-none = aucune ressource
cli-resources-uses = {"\u000A"}utilisations (les crédits sont des valeurs, contributions du type resource-use) :
cli-stage-defined = étape { $code } : { $percent } % de la valeur de { $kinds }
cli-stage-set = { $member } est à l'étape { $stage } depuis le { $from }
cli-stage-none = { $member } n'a pas d'étape depuis le { $from }
cli-stages-none = aucune étape
cli-stages-history = {"\u000A"}historique :
cli-left-good = { $member } a quitté la coopérative le { $date } pour un motif légitime : tout ce qu'il ou elle a apporté garde sa valeur
cli-left-bad = { $member } a quitté la coopérative le { $date } sans motif légitime : pour les recettes à partir du { $date }, seules ses contributions en argent comptent, au multiplicateur 1
cli-rejoined = { $member } est de nouveau actif/active depuis le { $date }
cli-token-defined = jeton { $code } : { $per_value } par unité de valeur comptée, { $scale } décimales
cli-epoch-show = cycle de GIVE { $id } de { $project } : du { $from } au { $to }, { $give } GIVE par membre, { $closed ->
    [closed] clos
   *[open] ouvert
}
cli-epoch-gave = {"  "}{ $from } a donné à { $to } { $amount }{ $note }
cli-epoch-received = reçu : { $member } { $amount }
cli-give = { $from } donne à { $to } { $amount } GIVE dans { $epoch }
cli-value = { $by } évalue { $id } à { $amount } ; elle vaut { $worth }
cli-passphrase-set = phrase secrète définie pour { $member }
cli-role-now = { $member } a désormais le rôle { $role }
cli-role-list-passphrase = phrase secrète définie
cli-role-list-no_passphrase = sans phrase secrète
cli-added-member = membre { $handle } ajouté
cli-added-fund = fonds { $handle } ajouté
cli-added-project = projet { $code } ajouté
cli-renamed = { $thing } { $code } renommé en { $name }
cli-kind-added = type { $code } : { $peers ->
    [yes] évalué par les pairs
   *[no] taux { $rate }
}{ $dated ->
    [yes] {" "}depuis le { $from }
   *[no] {""}
}
cli-revenue-voided = recette { $id } annulée
cli-revenue-corrected = recette { $id } corrigée
cli-equation-set = équation de valeur '{ $name }' ({ $count } { $count ->
    [one] poste
   *[other] postes
}) définie pour { $default ->
    [yes] tout le registre (par défaut)
   *[no] { $project }
}{ $dated ->
    [yes] {" "}depuis le { $from }
   *[no] {""}
}
cli-list-latest = (les { $shown } plus récentes sur { $total } ; voir --limit)
cli-approved = { $by } a approuvé { $id }
cli-rejected = { $by } a rejeté { $id }
cli-contribution-voided = { $id } annulée
cli-contribution-corrected = { $id } corrigée

## Charts: titles, legends and axes (chart-*)

chart-project = projet { $project }
chart-all_projects = tous les projets
chart-others = { $count ->
    [one] { $count } autre
   *[other] { $count } autres
}
chart-more_buckets = … { $count ->
    [one] { $count } autre poste
   *[other] { $count } autres postes
}
chart-state-preview = aperçu, non enregistré
chart-state-committed = enregistrée
chart-state-reversed = ANNULÉE
chart-distribution-title = Répartition de { $amount } { $currency } — recette { $revenue }
chart-distribution-subtitle = projet { $project } · { $date } · équation de valeur '{ $equation }' · { $state }
chart-distribution-empty = Rien n'a été attribué.
chart-axis-amount = Montant ({ $currency })
chart-other_kinds = { $count ->
    [one] { $count } autre type
   *[other] { $count } autres types
} : { $value } { $currency }
chart-contributions-title = Contributions par type et par mois — { $project }
chart-contributions-subtitle = valeur = quantité × taux × multiplicateur, en { $currency } · total { $total } { $currency } · hors contributions annulées et rejetées
chart-contributions-empty = Aucune contribution à montrer pour l'instant.
chart-axis-value = Valeur ({ $currency })
chart-axis-month = Mois
chart-other_members = { $count ->
    [one] { $count } autre membre
   *[other] { $count } autres membres
}
chart-together = { $value } { $currency } · { $percent } ensemble
chart-shares-title = Valeur cumulée et part — { $project }
chart-shares-subtitle = contributions qui comptent, hors dons et dépenses remboursables · total { $total } { $currency } · fin de chaque mois
chart-shares-empty = Aucune contribution ouvrant droit à une part pour l'instant.
chart-axis-cumulative = Valeur cumulée ({ $currency })
chart-axis-share = Part de la valeur totale
chart-give-title = GIVE reçus par cycle — { $project }
chart-give-subtitle = GIVE que chaque membre a reçus des autres · total { $total } GIVE en { $count } { $count ->
    [one] cycle
   *[other] cycles
}{ $open ->
    [0] {""}
    [one] {" "}· { $open } encore ouvert (marqué *) : ses dons peuvent changer
   *[other] {" "}· { $open } encore ouverts (marqués *) : leurs dons peuvent changer
}
chart-give-others = { $count ->
    [one] { $count } autre
   *[other] { $count } autres
} : { $total } GIVE
chart-give-empty = Aucun GIVE donné pour l'instant.
chart-axis-give = GIVE reçus
chart-axis-epoch = Cycle
chart-tokens-title = Soldes de jetons dans le temps — { $name } ({ $token })
chart-tokens-subtitle = acquis en contribuant, plus reçus, moins envoyés · { $amount } { $token } détenus au total · fin de chaque mois
chart-tokens-others = { $count ->
    [one] { $count } autre
   *[other] { $count } autres
} : { $amount } { $token }
chart-tokens-empty = Aucun jeton acquis ni envoyé pour l'instant.
chart-axis-balance = Solde ({ $token })

err-field = { $field } : { $message }

## The core's field problems (err-*)

err-decimal-malformed = { $text } n'est pas un nombre : écrivez des chiffres avec un '.' et une partie décimale facultatifs, comme 12.5
err-decimal-places = { $text } a { $places ->
    [one] { $places } décimale
   *[other] { $places } décimales
} ; { $max } au plus sont admises ici
err-decimal-too_large = { $text } est trop grand
err-decimal-above = { $text } dépasse le maximum de { $max } admis ici
err-decimal-not_positive = { $text } doit être supérieur à zéro
err-project-own_parent = le projet { $code } ne peut pas être son propre projet parent
err-kind-valued_by = { $text } n'indique pas qui évalue un type : laissez vide (évalué par son taux) ou écrivez peers
err-kind-unit_measure = l'unité { $unit } ne s'applique qu'à la mesure quantity, pas à { $measure }
err-kind-unit_needed = un type mesuré en quantité a besoin d'une unité, comme mots
err-kind-peers_rate = un type évalué par les pairs n'a pas de taux : les autres membres évaluent chaque contribution ; laissez le taux vide
err-kind-reimbursable_money = seul un type de mesure money peut être remboursable
err-kind-gift_reimbursable = un type ne peut pas être à la fois un don et remboursable : un don est fait à la coopérative, une dépense remboursable est rendue ; mettez l'un des deux à false
err-kind-deferred_one = un type est au plus l'un de don, remboursable ou différé : une contribution différée est une créance payée plus tard sur les recettes ; mettez les autres à false
err-kind-peers_one = un type est au plus l'un de don, remboursable, différé ou évalué par les pairs ; mettez les autres à false
err-text-too_long = { $what } { $text } dépasse { $max } caractères
err-text-control = { $what } { $text } contient le caractère de contrôle { $char } ; { $newline ->
    [yes] seuls la tabulation et le saut de ligne sont admis
   *[no] seule la tabulation est admise
}
err-text-empty = { $what } est vide
cli-revenue-not_distributed = non répartie
cli-explain-peers = { $id } évaluée par les pairs : { $working }
cli-device-created_ledger = a créé le registre
cli-device-not_admitted = non admis
cli-prompt-passphrase = phrase secrète de { $member } :{" "}
cli-prompt-new = nouvelle phrase secrète de { $member } :{" "}
cli-prompt-again = nouvelle phrase secrète de { $member }, encore une fois :{" "}
cli-the_terminal = le terminal
err-stage-no_kind = aucun type ne reçoit encore de parts selon les critères, l'étape ne pondérerait donc rien : ajoutez d'abord un type
err-reject-reason = un rejet demande un motif
err-token-which = ce registre a plus d'un jeton : nommez le jeton { $purpose ->
    [send] à envoyer
    [chart] du graphique
   *[other] pour { $purpose }
}
err-too_large = trop grand
err-owner-share = { $owner } : la part { $share } n'est pas un nombre entier de 1 à { $max }
err-not_found-account = aucun compte { $account }
err-chart-format = { $path } : format d'image inconnu { $ext } ; terminez le nom du fichier par .svg ou .png
err-chart-no_extension = { $path } : le nom du fichier n'a pas d'extension ; terminez-le par .svg ou .png
cli-out-no_folder = { $file } : le dossier { $dir } n'existe pas
cli-statement-extension = { $file } : un relevé s'écrit en .html ou .pdf
err-handle = { $text } n'est pas un identifiant ou code valide : utilisez de 1 à 32 minuscules, chiffres, '_' ou '-'
err-id = { $text } n'est pas un identifiant valide : utilisez de 1 à 64 lettres, chiffres, '.', '_' ou '-'
err-date-range = { $text } est hors limites : les dates vont des années { $min } à { $max }
err-date = { $text } n'est pas une date : utilisez AAAA-MM-JJ, comme 2026-03-31

# Undo of the last action on this laptop (store/undo.rs, cli undo)
err-undo-nothing = rien à annuler : rien n’a encore été enregistré sur cet ordinateur
err-undo-moved-on = rien n’a été annulé : autre chose a été enregistré sur cet ordinateur depuis
err-undo-not-yours = rien n’a été annulé : la dernière action est celle de { $author }, pas la vôtre
err-undo-not-yours-anonymous = rien n’a été annulé : la dernière action a été enregistrée avant toute connexion
err-undo-no-reversal = la dernière action sur cet ordinateur ({ $action }) n’a pas d’écriture qui l’annule ; rien n’a été annulé
cli-undo-nothing-recorded = rien n’a encore été enregistré sur cet ordinateur
cli-undo-last = dernière action : { $action } ({ $ids }) ; l’annuler l’inverserait
cli-undo-last-not-undoable = dernière action : { $action } ; elle n’a pas d’écriture qui l’annule
cli-undo-voided = annulé : { $ids }
cli-undo-reversed = annulé : la répartition { $ids }
cli-token-sent = { $from } a envoyé { $amount } { $token } à { $to }

## Imported CSV files: the text itself (csvread.rs), a locale's dates and
## numbers (csvformat.rs), the header and rows (import.rs)

err-csv-text_after_quote = du texte suit le guillemet qui ferme un champ entre guillemets : mettez toute la valeur entre guillemets, et doublez les guillemets qu'elle contient ("5"" écran")
err-csv-unterminated = le guillemet qui ouvre ce champ n'est jamais fermé, si bien que le reste du fichier (jusqu'à la ligne { $last_line }) formerait une seule valeur : ajoutez le guillemet fermant (")
err-csv-quote_too_long = ce champ entre guillemets se poursuit sur plus de 1 Mio ({ $bytes } octets) sans son guillemet fermant : ajoutez le guillemet fermant (")
err-csv-row_too_long = cette ligne dépasse 1 Mio ({ $bytes } octets) : aucune valeur n'en demande autant (les noms font au plus 200 caractères, les notes 2 000) — est-ce bien un fichier CSV ?
err-csv-not_text = ce fichier n'est pas du texte (il contient des octets NUL) : importez un fichier CSV
err-csv-utf16 = ce fichier est en UTF-16 ({ $big_endian ->
    [yes] gros-boutiste
   *[no] petit-boutiste
}, { $bom ->
    [yes] avec
   *[no] sans
} indicateur d'ordre des octets), pas en UTF-8 : { $save }
err-csv-utf32 = ce fichier est en UTF-32 ({ $big_endian ->
    [yes] gros-boutiste
   *[no] petit-boutiste
}), pas en UTF-8 : { $save }
err-csv-save_utf8 = enregistrez-le en UTF-8 — dans LibreOffice Calc : Fichier › Enregistrer sous…, type de fichier Texte CSV, cochez « Éditer les paramètres du filtre », puis Jeu de caractères : Unicode (UTF-8) ; dans Excel : Enregistrer sous, type de fichier « CSV UTF-8 (délimité par des virgules) »
err-csv-latin1 = ce fichier n'est pas en UTF-8 : il semble être en Latin-1 ou Windows-1252 (comme l'écrivent Excel et les anciens programmes Windows) ; { $save }
err-csv-not_utf8_again = pas du texte UTF-8 non plus (voir la ligne { $first })
err-csv-field_count = cette ligne a { $count ->
    [one] { $count } champ
   *[other] { $count } champs
}, mais l'en-tête en a { $expected }
err-locale-unknown = langue { $locale } inconnue : utilisez { $first } ou { $last }
err-date-two_digit_year = { $text } a une année à deux chiffres : écrivez l'année en entier, comme { $full } (dans un tableur, donnez à la colonne un format de date avec l'année sur quatre chiffres, { $style ->
    [slash] JJ/MM/AAAA
    [dot] JJ.MM.AAAA
    [dash] JJ-MM-AAAA
   *[iso] AAAA-MM-JJ
})
err-date-locale = { $text } n'est pas une date : écrivez { $style ->
    [slash] JJ/MM/AAAA
    [dot] JJ.MM.AAAA
    [dash] JJ-MM-AAAA
   *[iso] AAAA-MM-JJ
}, comme { $example } (ou AAAA-MM-JJ)
err-number-decimal_comma = { $text } n'est pas un nombre de ce fichier : son séparateur décimal est la virgule (12,5), et le '.' ne fait que grouper les milliers par trois (1.234,5)
err-number-grouping = { $text } n'est pas un nombre de ce fichier : les espaces ne peuvent que grouper les milliers par trois (1 234,5)
err-import-no_header = impossible de lire la ligne d'en-tête
err-import-empty = le fichier est vide : la première ligne doit nommer les colonnes, au moins { $columns }
err-import-column_twice = la colonne { $column } apparaît deux fois
err-import-unknown_column-hint = colonne { $column } inconnue — vouliez-vous dire { $hint } ?
err-import-unknown_column = colonne { $column } inconnue ; les fichiers { $table } ont { $columns } (ou ignorez les colonnes inconnues)
err-import-missing_column = colonne obligatoire { $column } manquante
err-import-semicolon = l'en-tête est séparé par ';', pas par ',' : le fichier est au format d'une langue à virgule décimale (es, ca, fr, de, it, pt ou nl) — importez-le en indiquant cette langue ({ $header })
err-import-comma = l'en-tête est séparé par ',', pas par ';' : le fichier est au format canonique (',', point décimal, AAAA-MM-JJ) — importez-le sans indiquer de langue ({ $header })
err-import-handle_twice = l'identifiant { $handle } apparaît déjà à la ligne { $first }
err-import-project_twice = le projet { $code } apparaît déjà à la ligne { $first }
err-import-project_cycle = le projet { $code } fait partie d'un cycle de projets parents
err-import-id_twice = l'id { $id } apparaît déjà à la ligne { $first } avec un autre contenu
err-import-id_in_ledger = l'id { $id } est déjà dans le registre avec un autre contenu ; donnez un autre id à cette ligne, ou corrigez l'entrée existante

## Currencies (money.rs) and the command line's export names

err-currency-code = { $code } n'est pas un code de devise : utilisez 3 à 10 lettres majuscules, comme EUR
err-currency-unknown_scale = '{ $code }' n'est pas une devise ISO 4217 ; indiquez son nombre de décimales
err-currency-iso_scale = devise { $code } : l'ISO 4217 lui donne { $iso } décimales, pas { $given }
err-currency-scale = devise { $code } : { $max } décimales au plus sont prises en charge
cli-export-unknown = { $what } n'est pas un export : utilisez { $exports }, hledger, beancount, valueflows ou tokens

## Equation files (equation.rs)

err-equation-too_large = le fichier fait { $bytes } octets ; un fichier d'équation de valeur peut en faire au plus { $max }
err-equation-no_buckets = l'équation n'a aucun poste : ajoutez au moins un [[bucket]]
err-equation-name_twice = le nom de poste { $name } est déjà utilisé par le poste { $first }
err-equation-no_share = le poste { $name } a besoin d'une part : "N%" ou "rest"
err-equation-two_rests = un seul poste peut prendre le reste
err-equation-share_over = la part { $share } dépasse 100 %
err-equation-total_over = les pourcentages atteignent { $total } % à cet endroit, plus de 100 %
err-equation-total = sans poste "rest", les pourcentages doivent totaliser exactement 100 %, pas { $total } %
err-equation-share_spaces = la part { $share } contient des espaces : écrivez { $compact }
err-equation-share = la part { $share } n'est ni un pourcentage comme "10%" ou "12.5%" (2 décimales au plus, sans signe) ni "rest"
err-equation-one_target = le poste { $name } demande exactement un élément parmi fund = "HANDLE", reimburse = true, repay = true ou policy = "…"
err-equation-member_not_fund = { $fund } est un membre, pas un fonds
err-equation-only_true = { $key } ne peut valoir que true ; retirez plutôt la clé
err-equation-only_policy = { $key } ne s'applique qu'à policy = "{ $policy }"
err-equation-fund_kinds = un poste de fonds ne prend pas de liste de types (kinds)
err-equation-empty_kinds = une liste de types vide ne correspond à rien ; retirez-la pour utiliser tous les types
err-equation-resource_credits = les crédits d'utilisation de ressources sont payés par les postes à critère et de remboursement différé (repay), pas par le remboursement
err-equation-kind-gift = le type { $kind } est un don et ne reçoit aucune part
err-equation-kind-not_reimbursable = le type { $kind } n'est pas remboursable ; un poste de remboursement ne paie que des types remboursables
err-equation-kind-not_deferred = le type { $kind } n'est pas différé ; un poste repay ne paie que des types différés
err-equation-kind-reimbursable = le type { $kind } est remboursable : il est rendu par un poste de remboursement, pas partagé par un critère
err-equation-kind-deferred = le type { $kind } est différé : il est rendu par un poste repay, pas partagé par un critère
err-equation-cap_policy = cap ne s'applique qu'aux postes à critère
err-equation-cap_percent = le plafond { $cap } n'est ni un pourcentage supérieur à 0 % et d'au plus 100 % (2 décimales au plus), ni un montant
err-equation-cap = le plafond { $cap } n'est ni un pourcentage comme "25%" ni un montant supérieur à zéro en { $currency } avec au plus { $scale } décimales
err-equation-unknown_key = clé { $key } inconnue : une équation a name et [[bucket]]
err-equation-unknown_bucket_key = clé { $key } inconnue dans un poste : utilisez { $keys }
err-equation-decay = decay { $decay } doit être un pourcentage de "0%" à "100%"
err-equation-among = among { $among } n'est pas connu : utilisez "contributors" ou "members"
err-equation-policy = critère { $policy } inconnu : utilisez lifetime, period, recent, balanced, equal ou peer

## Bundles refused (bundle.rs, store/sync.rs)

err-bundle-not_a_bundle = ce n'est pas un paquet OpenValue
err-bundle-newer = une version plus récente d'OpenValue a écrit ce paquet (format { $format } ; cette version lit le { $version }) ; mettez OpenValue à jour
err-bundle-damaged = le paquet est endommagé ou incomplet ({ $why })
err-bundle-cut_short = il est tronqué
err-bundle-checksum = sa somme de contrôle ne correspond pas : il a été modifié ou tronqué en chemin
err-bundle-trailing = des octets inattendus suivent son contenu
err-bundle-too_large = le paquet se décompresse en plus de { $mib } Mio, bien plus que ses entrées ne pourraient contenir (un fichier endommagé ou malveillant)
err-bundle-same_name = il vient d'un autre registre, lui aussi appelé { $name } mais commencé séparément (registre { $theirs }, pas { $ours }) : ses comptes ne sont pas ceux-ci
err-bundle-other_name = il vient d'un autre registre ({ $name }, pas { $ours })
err-bundle-other_ledger = ce paquet vient d'un autre registre (les comptes d'une autre coopérative)
err-bundle-forged = ce paquet ne contient pas le registre unique qu'il nomme (un paquet endommagé ou falsifié)
err-bundle-entry = entrée { $entry } de l'appareil { $device } : { $problem }
err-bundle-chain = les entrées de l'appareil { $device } sont endommagées ou incomplètes (entrée { $entry } : { $detail })
err-bundle-fork = l'appareil { $device } a écrit deux entrées différentes portant le numéro { $number } (une bifurcation : un fichier de registre copié, ou une invitation, utilisés sur deux ordinateurs ; sur l'un d'eux, faites du registre un nouvel appareil)
err-bundle-id_twice = l'id d'entrée { $entry } est utilisé deux fois (un paquet endommagé ou falsifié)
err-bundle-kind_mismatch = l'entrée { $entry } dit être { $kind } mais contient autre chose (un paquet endommagé ou falsifié)
err-bundle-unreadable = l'entrée { $entry } ne peut pas être lue ({ $detail })
err-bundle-before_creation = l'entrée { $entry } de l'appareil { $device } est horodatée { $stamp }, avant la création du registre ({ $created }) : un paquet endommagé ou falsifié
err-bundle-far_future = l'entrée { $entry } de l'appareil { $device } est horodatée { $stamp }, plus d'un an après l'horloge de cet ordinateur : vérifiez la date et l'heure de l'ordinateur qui l'a écrite, ou de celui-ci
err-bundle-not_an_invitation = c'est un paquet, pas une invitation : un nouvel ordinateur part d'un fichier d'invitation fait sur un ordinateur admis
err-bundle-invitation_key = la clé de l'invitation est endommagée
err-bundle-invitation_entries = l'invitation ne correspond pas aux entrées qu'elle contient
err-bundle-invitation_used = cette invitation a déjà servi sur cet ordinateur : chaque invitation démarre un seul ordinateur ; demandez-en une nouvelle
err-entry-not_admitted = son appareil n'a été ni admis ni invité par les appareils de cette coopérative
err-entry-no_key = son appareil n'a aucune clé connue
err-entry-signature = sa signature ne correspond pas à son contenu (modifiée ou falsifiée)
err-entry-unsigned = elle ne porte aucune signature
err-entry-hash = son empreinte ne correspond pas à son contenu (endommagée ou modifiée)

## Passphrases, splits and journal payloads (members.rs, split.rs, journal.rs)

err-key-wrong_passphrase = phrase secrète incorrecte
err-key-too_short = une phrase secrète doit compter au moins { $min } caractères
err-key-sealed_damaged = la clé scellée du membre est endommagée ({ $why })
err-key-no_random = le système n'a fourni aucun octet aléatoire ({ $why })
err-split-no_weight = aucun destinataire n'a un poids supérieur à zéro
err-split-duplicate = un destinataire apparaît deux fois
err-payload-encode = impossible d'encoder le contenu de l'entrée : { $why }
err-payload-decode = impossible de décoder le contenu binaire de l'entrée : { $why }
err-payload-json = impossible de décoder le contenu JSON de l'entrée : { $why }
err-payload-format = format de contenu inconnu (premier octet { $byte })
err-payload-empty = contenu vide

## Import rows that differ from the books (import.rs)

err-import-account_differs = { $handle } existe déjà avec d'autres informations (nom { $name }, type { $type }, arrivée { $joined ->
    [none] inconnue
   *[other] { $joined }
}) ; d'un compte existant, seul le statut peut changer
err-import-project_differs = le projet { $code } existe déjà sous le nom { $name }{ $parent ->
    [none] {""}
   *[other] {" "}dans { $parent }
} ; un import ne peut pas modifier un projet existant
err-import-kind_differs = le type { $kind } diffère { $line ->
    [ledger] de celui du registre
   *[other] de celui de la ligne { $line }
} ({ $details }) ; seuls le taux et le multiplicateur changent d'une version à l'autre — name, measure, unit, gift, reimbursable, deferred et valued_by restent les mêmes
err-import-version_exists = le type { $kind } a déjà une version { $date ->
    [none] depuis le début
   *[other] en vigueur à partir du { $date }
} avec le taux { $rate } et le multiplicateur { $multiplier } ; ajoutez plutôt une version avec un autre effective_from
err-import-version_twice = le type { $kind } { $date ->
    [none] depuis le début
   *[other] en vigueur à partir du { $date }
} apparaît déjà à la ligne { $line } avec un autre taux ou un autre multiplicateur

## verify's findings (store/verify.rs, journal.rs)

err-verify-integrity = contrôle d'intégrité SQLite : { $detail }
err-verify-entry = entrée du journal { $entry } : { $problem }
err-verify-signature = entrée du journal { $entry } de l'appareil { $device } : { $problem }
err-verify-device_unknown = meta : l'id d'appareil de ce fichier, { $device }, n'a écrit aucune entrée du journal ; le fichier a été modifié en dehors d'OpenValue
err-verify-device_missing = meta : l'id d'appareil de ce fichier manque
err-verify-undo_damaged = les étapes d'annulation de l'entrée du journal { $entry } sont endommagées ({ $count } entrées en tout) ; le fichier a été modifié en dehors d'OpenValue
err-verify-more_rows = { $table } : d'autres lignes diffèrent
err-verify-row = { $table }, ligne { $key }{ $entry ->
    [none] {""}
   *[other] {" "}(entrée du journal { $entry })
} : { $how ->
    [missing] manque ou a été modifiée
   *[added] a été modifiée ou ajoutée en dehors d'OpenValue
} ; elle ne correspond pas au journal
err-verify-lines = répartition { $distribution } : ses lignes ({ $sum }, { $negative } négatives) ne totalisent pas le montant de la recette { $revenue } ({ $amount })
err-verify-two_live = la recette { $revenue } a plus d'une répartition en vigueur : { $distributions }
err-verify-balance = compte { $account } : son solde ({ $balance }) dépasse ce que les comptes peuvent contenir
err-chain-seq = le numéro de séquence de l'appareil { $device } est { $seq } ; { $expected } était attendu
err-chain-link = ne se rattache pas à l'entrée précédente de l'appareil (une entrée a été modifiée, retirée ou insérée)
err-chain-hash = l'empreinte ne correspond pas : l'entrée { $kind } enregistrée a été modifiée après son écriture
err-chain-payload = son contenu ne peut pas être lu
err-csv-detected = détecté : { $separator } et { $comma ->
    [yes] virgule
   *[no] point
} décimal{ $comma ->
    [yes] e
   *[no] {""}
}, dates { $style ->
    [slash] JJ/MM/AAAA
    [dot] JJ.MM.AAAA
    [dash] JJ-MM-AAAA
   *[iso] AAAA-MM-JJ
}

## The command line's help and parse errors (cli/localize.rs,
## cli/parse_error.rs): clap's own words. The help of each command and
## argument (help-PATH, help-PATH--ID) is in the other catalogues only:
## in English it is the doc comment of src/cli/args.rs.

cli-help-usage = Utilisation :
cli-help-commands = Commandes :
cli-help-arguments = Arguments :
cli-help-options = Options :
cli-help-example = Exemple :
cli-help-flag-help = Affiche l'aide
cli-help-flag-help-more = Affiche l'aide (plus de détails avec '--help')
cli-help-flag-help-summary = Affiche l'aide (un résumé avec '-h')
cli-help-flag-version = Affiche la version
cli-help-subcommand = Affiche ce message ou l'aide des commandes indiquées
cli-help-default = [par défaut : { $value }]
cli-parse-missing = ces arguments obligatoires manquent :
cli-parse-unknown_argument = argument inattendu { $arg }
cli-parse-unknown_subcommand = commande inconnue { $name }
cli-parse-value_required = { $arg } demande une valeur et aucune n'a été donnée
cli-parse-invalid_value = valeur invalide { $value } pour { $arg }
cli-parse-invalid_value_because = valeur invalide { $value } pour { $arg } : { $reason }
cli-parse-possible_values = [valeurs possibles : { $values }]
cli-parse-conflict = l'argument { $arg } ne peut pas être utilisé avec { $other }
cli-parse-conflict_self = l'argument { $arg } ne peut pas être utilisé plus d'une fois
cli-parse-conflict_any = l'argument { $arg } ne peut pas être utilisé avec un ou plusieurs des autres arguments donnés
cli-parse-too_many_values = valeur inattendue { $value } pour { $arg } ; aucune autre n'était attendue
cli-parse-wrong_number = { $arg } demande { $expected } valeurs, mais { $actual ->
    [one] { $actual } a été donnée
   *[other] { $actual } ont été données
}
cli-parse-missing_subcommand = { $name } demande une commande et aucune n'a été donnée
cli-parse-subcommands = [commandes : { $values }]
cli-parse-no_equals = il faut un signe égal pour donner une valeur à { $arg }
cli-parse-similar_subcommand = { $count ->
    [one] conseil : une commande semblable existe : { $similar }
   *[other] conseil : des commandes semblables existent : { $similar }
}
cli-parse-similar_argument = { $count ->
    [one] conseil : un argument semblable existe : { $similar }
   *[other] conseil : des arguments semblables existent : { $similar }
}
cli-parse-similar_value = { $count ->
    [one] conseil : une valeur semblable existe : { $similar }
   *[other] conseil : des valeurs semblables existent : { $similar }
}
cli-parse-tip = conseil : { $tip }
cli-parse-not_table = { $value } n'est pas un fichier importable : utilisez members, projects, kinds, contributions ou revenues
cli-parse-not_leave_reason = { $value } n'est pas un motif de départ : utilisez good ou bad
cli-parse-not_measure = { $value } n'est pas une mesure : utilisez hours, money ou quantity
cli-parse-not_role = { $value } n'est pas un rôle : utilisez member, coordinator, treasurer ou admin
cli-parse-not_status = { $value } n'est pas un état : utilisez counts, pending, rejected ou void
cli-parse-not_on_off = { $value } n'est ni on ni off
cli-parse-more = Pour plus d'informations, essayez { $help }.

help-openvalue = Comptabilité de valeur ouverte pour les petites coopératives : contributions, équations de valeur et répartitions exactes des recettes
help-openvalue--ledger = Le registre [par défaut : ledger.openvalue dans votre dossier de données]
help-openvalue--as_member = Agir en tant que ce membre (sa phrase secrète est demandée à l'écran, ou lue dans OPENVALUE_PASSPHRASE) ; nécessaire pour toute écriture quand la connexion est activée
help-init = Crée un nouveau registre
help-init--name = Le nom de la coopérative
help-init--currency = Monnaie de base (un code ISO 4217 comme EUR, ou votre propre unité avec --scale)
help-init--scale = Décimales d'une monnaie absente d'ISO 4217 (ECO, HOUR)
help-init--approvals = Approbations d'autres membres nécessaires pour qu'une contribution compte
help-import = Importe un fichier CSV (membres, projets, types, contributions, recettes)
help-import--table = members | projects | kinds | contributions | revenues
help-import--file = Le fichier CSV
help-import--dry_run = Indique ce qui se passerait sans rien écrire
help-import--ignore_unknown = Ignore les colonnes que le format ne connaît pas
help-import--locale = La langue dans laquelle le fichier a été écrit : en (`,`, `.` et YYYY-MM-DD, par défaut) ou es, ca, fr, it, pt (`;`, virgule décimale, DD/MM/YYYY), de (DD.MM.YYYY), nl (DD-MM-YYYY) ; les dates ISO sont lues dans toutes les langues, et `.` ou une espace peuvent grouper les milliers par trois
help-log = Enregistre une contribution ; affiche son id
help-log--member = Identifiant du membre
help-log--project = Code du projet
help-log--kind = Code du type
help-log--quantity = Quantité (heures, argent ou unités du type)
help-log--date = Date du travail [par défaut : aujourd'hui]
help-log--note = Une note
help-log--id = Votre propre id pour elle (sinon, un UUID)
help-list = Liste les contributions
help-list--member = Seulement ce membre
help-list--project = Seulement ce projet
help-list--kind = Seulement ce type
help-list--from = À partir de cette date, incluse
help-list--to = Jusqu'à cette date, incluse
help-list--status = Seulement cet état : counts, pending, rejected ou void
help-list--all = Inclut les contributions annulées
help-list--search = Seulement les contributions dont la note contient ce texte (sans tenir compte de la casse)
help-list--limit = Affiche les plus récentes, au plus ce nombre
help-approve = Approuve la contribution de quelqu'un d'autre
help-approve--id = Id de la contribution
help-approve--by = Membre qui approuve
help-reject = Rejette la contribution de quelqu'un d'autre, avec un motif
help-reject--id = Id de la contribution
help-reject--by = Membre qui rejette
help-reject--reason = Pourquoi
help-correct = Corrige ou annule une contribution (elle est remplacée, jamais modifiée)
help-correct--id = Id de la contribution
help-correct--quantity = Nouvelle quantité
help-correct--date = Nouvelle date
help-correct--kind = Nouveau type
help-correct--note = Nouvelle note
help-correct--void = Annule la contribution (seul : une entrée annulée n'a rien à changer)
help-member = Membres et fonds
help-member-add = Ajoute un membre (ou un fonds avec --fund)
help-member-add--handle = Identifiant en minuscules
help-member-add--name = Nom
help-member-add--fund = Un fonds, pas une personne
help-member-add--joined = Date d'arrivée
help-member-leave = Enregistre le départ d'un membre : avec une bonne raison, il garde tout ; sans, son travail est réévalué pour les recettes suivantes
help-member-leave--handle = Identifiant
help-member-leave--date = Date du départ [par défaut : aujourd'hui]
help-member-leave--reason = good : garde tout ; bad : pour les recettes à partir de cette date, seul son argent compte, au multiplicateur 1
help-member-rejoin = Marque un membre comme de nouveau actif
help-member-rejoin--handle = Identifiant
help-member-rejoin--date = De nouveau actif à partir du [par défaut : aujourd'hui]
help-member-passphrase = Définit ou change la phrase secrète d'un membre (l'administration peut la réinitialiser) ; la nouvelle est demandée à l'écran, ou lue dans OPENVALUE_NEW_PASSPHRASE
help-member-passphrase--handle = Identifiant
help-member-list = Liste les membres et les fonds
help-member-rename = Donne un nouveau nom à un membre ou à un fonds (l'identifiant reste)
help-member-rename--handle = Identifiant
help-member-rename--name = Le nouveau nom
help-project = Projets
help-project-add = Ajoute un projet
help-project-add--code = Code en minuscules
help-project-add--name = Nom
help-project-add--parent = Code du projet parent
help-project-list = Liste les projets
help-project-rename = Donne un nouveau nom à un projet (le code reste)
help-project-rename--code = Code
help-project-rename--name = Le nouveau nom
help-kind = Types de contribution et leurs taux
help-kind-add = Ajoute un type, ou une nouvelle version de son taux (avec --from)
help-kind-add--code = Code en minuscules
help-kind-add--name = Nom
help-kind-add--measure = hours | money | quantity
help-kind-add--unit = Unité des types à la quantité (en mots)
help-kind-add--rate = Valeur par unité (aucune pour un type à évaluation par les pairs)
help-kind-add--multiplier = Facteur de risque [par défaut : 1]
help-kind-add--gift = Évalué et affiché, mais ne donne aucune part
help-kind-add--reimbursable = Argent à rembourser (mesure money)
help-kind-add--deferred = Une créance remboursée plus tard par des postes de remboursement, sans donner de part
help-kind-add--valued_by = `peers` : d'autres membres évaluent chaque contribution (pas de taux)
help-kind-add--from = En vigueur à partir du [par défaut : le début]
help-kind-list = Liste les types et l'historique de leurs taux
help-kind-rename = Donne un nouveau nom à un type (le code, le taux et le multiplicateur restent)
help-kind-rename--code = Code
help-kind-rename--name = Le nouveau nom
help-revenue = Recettes
help-revenue-add = Enregistre l'argent reçu par un projet ; affiche son id
help-revenue-add--project = Code du projet
help-revenue-add--amount = Montant dans la monnaie de base
help-revenue-add--date = Date de réception [par défaut : aujourd'hui]
help-revenue-add--id = Votre propre id (sinon, un UUID)
help-revenue-add--note = Une note
help-revenue-list = Liste les recettes et si chacune est répartie
help-revenue-void = Annule une recette enregistrée par erreur (refusé tant qu'elle a une répartition active : annulez d'abord la répartition)
help-revenue-void--id = Id de la recette
help-revenue-correct = Corrige le montant, la date ou la note d'une recette (refusé tant qu'elle a une répartition active : annulez d'abord la répartition)
help-revenue-correct--id = Id de la recette
help-revenue-correct--amount = Nouveau montant
help-revenue-correct--date = Nouvelle date
help-revenue-correct--note = Nouvelle note
help-equation = Équations de valeur (règles de répartition)
help-equation-set = Définit l'équation de valeur d'un projet (ou celle du registre par défaut) à partir d'un fichier TOML
help-equation-set--first = Code du projet, puis le fichier TOML (seulement le fichier avec --default)
help-equation-set--file = Le fichier TOML
help-equation-set--default = Définit celle du registre par défaut au lieu de celle d'un projet
help-equation-set--from = En vigueur à partir de cette date [par défaut : le début]
help-equation-list = Liste les versions des équations de valeur
help-distribute = Répartit une recette selon l'équation de valeur de son projet
help-distribute--revenue = Id de la recette
help-distribute--dry_run = Affiche le résultat sans rien écrire
help-distribute--json = Affiche le résultat en JSON
help-distribute--explain = Liste les contributions derrière le poids de ce membre
help-reverse = Annule une répartition validée
help-reverse--distribution = Id de la répartition
help-undo = Défait la dernière action sur cet ordinateur par son entrée inverse (une contribution ou une recette enregistrée est annulée, une répartition annulée, un versement annulé)
help-undo--dry_run = Indique seulement quelle a été la dernière action et si elle peut être défaite
help-pay = Enregistre un versement à un membre ou à un fonds
help-pay--account = Identifiant du compte
help-pay--amount = Montant
help-pay--date = Date du versement [par défaut : aujourd'hui]
help-pay--method = Comment il a été payé
help-pay--note = Une note
help-payout = Versements : les lister, en annuler un enregistré par erreur
help-payout-list = Liste les versements, les plus récents d'abord
help-payout-list--all = Inclut les versements annulés
help-payout-void = Annule un versement enregistré par erreur (il ne compte plus comme versé)
help-payout-void--id = Id du versement (`payout list` les affiche ; `pay` l'a affiché)
help-balances = Acquis, versé et dû par compte (avec une période : l'acquis et le versé pendant celle-ci, et leur différence ; avec un projet : seulement ce que ses répartitions ont attribué, car les versements ne sont pas par projet)
help-balances--from = À partir de cette date, incluse [par défaut : le début]
help-balances--to = Jusqu'à cette date, incluse [par défaut : la fin]
help-balances--project = Seulement ce que les répartitions de ce projet ont attribué (l'acquis seulement)
help-statement = Écrit le relevé d'un membre (contributions, lignes de répartition, versements, ce qui est dû) en HTML ou en PDF, selon l'extension de --out
help-statement--member = Le membre (ou le fonds)
help-statement--from = À partir de cette date, incluse [par défaut : le début]
help-statement--to = Jusqu'à cette date, incluse [par défaut : la fin]
help-statement--out = Fichier de sortie : .html ou .pdf
help-export = Écrit un export CSV, de comptabilité en texte brut (hledger, beancount) ou Valueflows
help-export--what = contributions | allocations | balances | payouts | journal (CSV) ; members | projects | kinds | revenues (CSV que `import` relit) ; hledger | beancount (comptabilité en texte brut) ; valueflows (JSON-LD) ; tokens
help-export--out = Fichier de sortie
help-export--locale = en (`,` et `.`) ou es, ca, fr, de, it, pt, nl (`;` et `,`) ; CSV seulement
help-export--bom = Commence par une marque d'ordre des octets (Excel)
help-export--from = Seulement les lignes datées de ce jour ou après
help-export--to = Seulement les lignes datées de ce jour ou avant
help-export--project = Seulement ce projet
help-chart = Dessine un graphique en SVG ou en PNG (selon l'extension de --out)
help-chart-distribution = La répartition par bénéficiaire et par poste (un id de recette montre sa répartition, ou un aperçu si elle n'en a pas)
help-chart-distribution--id = Id de la recette ou de la répartition
help-chart-distribution--out = Fichier de sortie : .svg ou .png
help-chart-contributions = La valeur des contributions par type, par mois, empilée
help-chart-contributions--project = Seulement ce projet
help-chart-contributions--out = Fichier de sortie : .svg ou .png
help-chart-shares = La valeur cumulée et la part de chaque membre au fil du temps
help-chart-shares--project = Seulement ce projet
help-chart-shares--out = Fichier de sortie : .svg ou .png
help-chart-give = Le GIVE reçu par chaque membre dans chaque cycle de GIVE d'un projet
help-chart-give--project = Le projet
help-chart-give--out = Fichier de sortie : .svg ou .png
help-chart-tokens = Le solde de jetons de chaque membre à la fin de chaque mois
help-chart-tokens--token = Le jeton (nécessaire quand le registre en a plusieurs)
help-chart-tokens--out = Fichier de sortie : .svg ou .png
help-verify = Vérifie les chaînes de hachage, les signatures et chaque table dérivée par rapport au journal ; affiche la tête de chaîne de chaque appareil
help-verify--against = Un paquet ou une sauvegarde : liste les entrées qu'il contient et qui manquent à ce registre ("missing") et échoue s'il y en a
help-device = Cet ordinateur et les autres ordinateurs de la coopérative (appareils)
help-device-invite = Écrit un fichier d'invitation pour un nouvel ordinateur
help-device-invite--out = Le fichier d'invitation (il contient la clé du nouvel ordinateur : gardez-le en lieu sûr, supprimez-le une fois utilisé)
help-device-invite--label = Le nom qu'on donne à l'ordinateur
help-device-list = Liste les appareils : id, libellé, admis par, dernière entrée, vu pour la dernière fois
help-device-revoke = Révoque un ordinateur perdu : ses entrées suivantes sont gardées mais pas appliquées
help-device-revoke--id = L'id de l'appareil
help-device-new = Fait de cette copie du registre un nouvel appareil (un fichier copié sur un ordinateur sans sa clé)
help-device-new--label = Le nom qu'on donne à cet ordinateur
help-device-new--yes = Confirmer : les autres ordinateurs devront ensuite admettre cet appareil
help-device-admit = Admet un appareil créé avec `device new` sur un autre ordinateur
help-device-admit--id = L'id de l'appareil
help-clone = Démarre le registre de cet ordinateur à partir d'un fichier d'invitation (comme nouvel appareil)
help-clone--file = Le fichier d'invitation créé sur un ordinateur admis
help-bundle = Transporte des entrées d'un ordinateur à l'autre sur une clé USB
help-bundle-export = Écrit toutes les entrées de ce registre dans un fichier de paquet
help-bundle-export--out = Le fichier de paquet
help-bundle-import = Fusionne un paquet d'un autre ordinateur (vérifié en entier, refusé en entier)
help-bundle-import--file = Le fichier de paquet
help-sync = Échange des entrées par un dossier partagé (Syncthing, Nextcloud, une clé USB)
help-sync--dir = Le dossier partagé (jamais le dossier du registre lui-même)
help-token = Jetons de la communauté : gagnés en contribuant, envoyés entre membres, jamais de l'argent
help-token-define = Définit un jeton (jamais modifié ensuite)
help-token-define--code = Code en minuscules
help-token-define--name = Nom
help-token-define--scale = Décimales des montants (0–8)
help-token-define--per_value = Jetons émis par unité de valeur comptée (au plus 4 décimales)
help-token-send = Envoie des jetons d'un membre à un autre
help-token-send--from = Qui envoie
help-token-send--to = Qui reçoit
help-token-send--amount = Montant, avec les décimales du jeton
help-token-send--token = Le jeton (nécessaire quand le registre en a plusieurs)
help-token-send--note = Texte libre
help-token-send--date = Date [par défaut : aujourd'hui]
help-token-balances = Le solde de chaque membre dans chaque jeton (ou dans un seul)
help-token-balances--code = Seulement ce jeton
help-stage = Étapes : le travail de certains types d'un membre est évalué à un pourcentage pendant un temps (une phase de « fiançailles »)
help-stage-define = Définit une étape (fixée une fois définie)
help-stage-define--code = Code en minuscules
help-stage-define--percent = Pourcentage de 0 à 100 (au plus 2 décimales)
help-stage-define--kinds = Les types auxquels elle s'applique [par défaut : tous les types qui donnent une part par critère maintenant]
help-stage-set = Place un membre dans une étape (ou dans aucune) à partir d'une date
help-stage-set--member = Le membre
help-stage-set--stage = Le code de l'étape, ou none
help-stage-set--from = À partir du [par défaut : aujourd'hui]
help-stage-list = Les étapes, qui est dans chacune aujourd'hui, et l'historique de chaque membre
help-resource = Ressources dont l'utilisation crédite leurs propriétaires (une découpeuse laser, une camionnette)
help-resource-add = Définit une ressource (fixée une fois définie)
help-resource-add--code = Code en minuscules
help-resource-add--name = Nom
help-resource-add--rate = Valeur par unité d'utilisation (au plus 4 décimales)
help-resource-add--unit = Unité d'utilisation (heures, feuilles …)
help-resource-add--owners = Un propriétaire, membre ou fonds, avec une part entière (1 par défaut) ; à répéter pour chaque propriétaire
help-resource-list = Les ressources, leurs propriétaires, et chaque utilisation avec le crédit de chaque propriétaire
help-use = Enregistre une utilisation d'une ressource pour un projet : ses propriétaires sont crédités
help-use--resource = Le code de la ressource
help-use--project = Le projet pour lequel elle a été utilisée
help-use--quantity = Combien a été utilisé, dans l'unité de la ressource
help-use--date = Date de l'utilisation [par défaut : aujourd'hui]
help-use--by = Qui l'a utilisée (seulement enregistré)
help-epoch = Cycles de GIVE : chaque membre donne aux autres un budget de GIVE
help-epoch-open = Ouvre un cycle de GIVE d'un projet
help-epoch-open--project = Le projet
help-epoch-open--from = Premier jour
help-epoch-open--to = Dernier jour
help-epoch-open--give = Le budget de GIVE de chaque membre
help-epoch-open--id = Son id [par défaut : E-PROJET-DÉBUT]
help-epoch-close = Clôt un cycle de GIVE après son dernier jour
help-epoch-close--epoch = Le cycle de GIVE
help-epoch-show = Qui a donné à qui, et ce que chacun a reçu
help-epoch-show--epoch = Le cycle de GIVE
help-give = Donne du GIVE à un autre membre dans un cycle de GIVE (0 le retire)
help-give--epoch = Le cycle de GIVE
help-give--from = Qui donne
help-give--to = Qui reçoit
help-give--amount = GIVE entiers
help-give--note = Un mot de remerciement pour qui reçoit (dans l'application, seule cette personne le voit quand la connexion est activée)
help-value = Évalue la contribution d'un autre membre d'un type à évaluation par les pairs (remplace votre évaluation précédente)
help-value--id = La contribution
help-value--by = Le membre qui l'évalue (vous, si vous êtes connecté)
help-value--amount = La valeur de toute la contribution, dans la monnaie de base
help-reputation = La réputation de chaque membre, qui pondère les évaluations par les pairs
help-reputation--date = Ce jour-là [par défaut : aujourd'hui]
help-conflicts = Liste ce que deux ordinateurs ont fait et qui ne peut pas tenir à la fois
help-backup = Écrit une copie cohérente du registre
help-backup--file = Où écrire la copie (ne doit pas exister)
help-settings = Change les réglages du registre
help-settings--approvals = Approbations nécessaires pour qu'une contribution compte
help-settings--sign_in = Si toute écriture demande un membre connecté : on ou off
help-role = Rôles des membres : membre < coordination < trésorerie < administration
help-role-grant = Donne un rôle à un membre
help-role-grant--handle = Identifiant
help-role-grant--role = member, coordinator, treasurer ou admin
help-role-revoke = Ramène un membre au rôle de membre
help-role-revoke--handle = Identifiant
help-role-list = Liste le rôle de chaque membre
help-demo = Crée un registre de démonstration d'une petite coopérative réaliste
help-demo--file = Où le créer (ne doit pas exister)
