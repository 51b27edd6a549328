# OpenValue's catalogue (en). One file per language, shared by the app,
# the CLI and the core's messages. Words follow docs/glossary.md.
# Keys: app-* (the desktop app), cli-* (the command line), err-* and
# refusal-* (the core's messages), chart-* (charts).

### The desktop app ###########################################################

language-name = English

# Undo of the last action (components/UndoBar.svelte)
app-undo-button = Undo last action…
app-undo-logged = { $count ->
    [one] void contribution { $ids }
   *[other] void contributions { $ids }
}
app-undo-revenue = { $count ->
    [one] void revenue { $ids }
   *[other] void revenues { $ids }
}
app-undo-distributed = reverse distribution { $ids }
app-undo-paid = void payout { $ids }
app-undo-question = Undo the last action on this laptop: { $what }? It stays in the history.
app-undo-confirm = Undo it
app-undo-keep = Keep it
app-undo-done = Done: { $what }.

## The app's shell, shared parts, and the screens Balances … Ledger


# (Keep this line and the blank lines around it: the part above and the
# part below are written separately.)


## The app's screens Give … Tokens

# Numbers typed in a field (ui/src/lib/numbers.ts).
app-input-required = required
app-input-negative = must not be negative: write it without a sign
app-input-not-a-number = write a number, such as { $example }
app-input-wrong-separator = “{ $symbol }” is not used here: write the decimals after “{ $decimal }”, such as { $example }
app-input-bad-grouping = group thousands in threes, or write no groups, such as { $example }
app-input-whole = no decimal places allowed
app-input-places = { $places ->
    [one] at most { $places } decimal place
   *[other] at most { $places } decimal places
}
app-input-positive = must be greater than zero
app-input-field-problem = { $field }: { $problem }
app-input-handle = use 1 to 32 lowercase letters, digits, "_" or "-"
app-input-date-format = use YYYY-MM-DD, such as 2026-03-31
app-input-date-missing = { $date } is not a date

# Projects
app-projects-title = Projects
app-projects-add-title = Add a project
app-projects-code = Code
app-projects-code-placeholder = festival
app-projects-name = Name
app-projects-name-placeholder = Summer festival
app-projects-parent = Parent
app-projects-parent-none = (none)
app-projects-add = Add
app-projects-added = Added project { $code }.
app-projects-empty = No projects yet.
app-projects-parent-note = A parent project passes nothing on: each project’s revenue is split by its own contributions and equation.

# Sign-in
app-signin-title = Sign in to { $ledger }
app-signin-intro = This cooperative signs every change with the name of the member who makes it.
app-signin-who = Who are you?
app-signin-choose = — choose your name —
app-signin-passphrase = Passphrase
app-signin-checking = Checking…
app-signin-submit = Sign in
app-signin-switch = Open another ledger…

# Payouts
app-payouts-title = Payouts
app-payouts-record-title = Record money paid
app-payouts-to = To
app-payouts-choose = — choose —
app-payouts-account-option = { $handle } ({ $type })
app-payouts-type-member = member
app-payouts-type-fund = fund
app-payouts-amount-in = Amount ({ $currency })
app-payouts-amount = Amount
app-payouts-date = Date
app-payouts-method = Method
app-payouts-method-default = transfer
app-payouts-note = Note
app-payouts-status = Status
app-payouts-record = Record payout
app-payouts-recorded = Recorded a payout of { $amount } { $currency } to { $account }.
app-payouts-overpay-title = This payout is more than what is owed.
app-payouts-overpay-yes = Yes, record it
app-payouts-cancel = Cancel (Esc)
app-payouts-status-void = void
app-payouts-status-paid = paid
app-payouts-void = Void…
app-payouts-void-question = Void the payout of { $amount } { $currency } to { $account } on { $date }?
app-payouts-void-explain = Do this for a payout recorded by mistake (the money never left). It will no longer count as paid, so { $account } is owed { $amount } more. It stays listed, struck through. A void cannot be undone: if the money was paid after all, record the payout again.
app-payouts-void-yes = Yes, void it
app-payouts-voided = Voided the payout of { $amount } { $currency } to { $account } on { $date }: it no longer counts as paid, so { $account } is owed that much again. It stays listed, struck through.
app-payouts-empty = No payouts yet.

# Revenues
app-revenues-title = Revenues
app-revenues-record-title = Record a revenue
app-revenues-project = Project
app-revenues-choose = — choose —
app-revenues-amount-in = Amount ({ $currency })
app-revenues-amount = Amount
app-revenues-date = Date
app-revenues-id = Id
app-revenues-id-placeholder = optional
app-revenues-note = Note
app-revenues-record = Record
app-revenues-recorded = Recorded revenue { $id }.
app-revenues-status = Status
app-revenues-status-distributed = distributed
app-revenues-status-open = open
app-revenues-status-reversed = reversed
app-revenues-reversed-title = Distributions reversed: { $ids }
app-revenues-reversed-count = { $count } reversed
app-revenues-empty = No revenues yet.
app-revenues-choose-one = Choose a revenue to preview, commit or reverse its distribution.
app-revenues-reversed-line = ({ $equation }) — its allocations no longer count
app-revenues-distributed-as = Distributed as
app-revenues-reverse = Reverse…
app-revenues-reverse-question = Reverse distribution { $id }?
app-revenues-reverse-explain = Its allocations are cancelled: what it gave each member and fund no longer counts towards what they are owed (payouts already made stay). The revenue can then be distributed again. The reversed distribution stays listed here as reversed.
app-revenues-reverse-yes = Yes, reverse
app-revenues-reverse-keep = Keep it (Esc)
app-revenues-reversed-notice = Reversed distribution { $id }: its allocations no longer count, and the revenue can be distributed again. It stays listed below as reversed.
app-revenues-chart-distribution = Split of this distribution by recipient and bucket
app-revenues-preview = Preview distribution
app-revenues-commit = Commit this distribution
app-revenues-preview-note = Preview: nothing is written until you commit.
app-revenues-chart-preview = Preview: split of this revenue by recipient and bucket

# Resources
app-resources-title = Resources
app-resources-intro = Equipment the cooperative's members or funds own, such as a laser cutter. A use on a project is worth quantity × rate, split among the owners by their shares: members earn from the project's revenue with it like any contribution, a fund's part is paid back by a repay bucket.
app-resources-code = Code
app-resources-code-placeholder = laser
app-resources-name = Name
app-resources-name-placeholder = Laser cutter
app-resources-rate = Rate
app-resources-unit = Unit
app-resources-unit-default = hours
app-resources-owners = Owners
app-resources-owners-shares = Owners (shares)
app-resources-owners-title = Members or funds, each with a whole-number share (default 1): ana:2, ben, commons
app-resources-owners-placeholder = ana:2, ben, commons
app-resources-empty = No resources yet.
app-resources-add-title = Add a resource
app-resources-add = Add
app-resources-added = Added resource { $code }.
app-resources-log-title = Log a use
app-resources-resource = Resource
app-resources-project = Project
app-resources-quantity = Quantity
app-resources-date = Date
app-resources-date-empty = Empty: today
app-resources-by = By
app-resources-by-none = not recorded
app-resources-log = Log use
app-resources-logged = Logged a use: { $quantity } { $unit } of { $resource } on { $project }.
app-resources-uses = Uses
app-resources-quantity-rate = Quantity × rate
app-resources-credits = Credits
app-resources-uses-empty = No uses yet.

# Tokens
app-tokens-title = Tokens
app-tokens-intro = A community token is earned by contributing — so many per unit of the value of one's counted work — and sent between members for their services. It is never money: it is not in balances, payouts or the accounting exports.
app-tokens-empty = No tokens yet.
app-tokens-define-below = Define one below.
app-tokens-token = Token
app-tokens-about = { $perValue } { $code } per unit of counted value; amounts with { $scale } decimal places. A void or a rejection takes back what the work earned.
app-tokens-member = Member
app-tokens-balance = Balance
app-tokens-send-title = Send { $code }
app-tokens-from = From
app-tokens-to = To
app-tokens-amount = Amount
app-tokens-date = Date
app-tokens-date-empty = Empty: today
app-tokens-note = Note
app-tokens-note-placeholder = bike repair
app-tokens-sender-has = { $sender } has { $balance } { $code }.
app-tokens-send = Send
app-tokens-sent-notice = { $sender } sent { $amount } { $token } to { $to }.
app-tokens-history = History
app-tokens-show-earned = Also what each contribution earned ({ $count })
app-tokens-what = What
app-tokens-move-earned = earned by contribution
app-tokens-move-sent = sent
app-tokens-contribution = contribution
app-tokens-moves-empty-all = Nothing earned or sent yet.
app-tokens-moves-empty = Nothing sent yet.
app-tokens-chart = Balances of { $name } over time
app-tokens-define-title = Define a token
app-tokens-define-note = A definition never changes. Every member's counted work earns it, past work included.
app-tokens-code = Code
app-tokens-code-placeholder = eco
app-tokens-name = Name
app-tokens-name-placeholder = Ecos
app-tokens-decimals = Decimals
app-tokens-decimals-title = Decimal places of its amounts
app-tokens-per-value = Per unit of value
app-tokens-per-value-title = Tokens per unit of counted value (at most 4 decimals)
app-tokens-define = Define
app-tokens-defined = Defined token { $code }: members earn { $perValue } per unit of counted value, from all their past work too.

# Kinds and rates
app-kinds-title = Kinds & rates
app-kinds-intro = A new rate or multiplier takes an effective date: it values contributions dated on or after it, and never revalues older ones.
app-kinds-code = Code
app-kinds-code-placeholder = care
app-kinds-name = Name
app-kinds-name-placeholder = Care work
app-kinds-measure = Measure
app-kinds-measure-hours = hours
app-kinds-measure-money = money
app-kinds-measure-quantity = quantity
app-kinds-flags = Flags
app-kinds-flag-gift = gift
app-kinds-flag-reimbursable = reimbursable
app-kinds-flag-deferred = deferred
app-kinds-flag-peers = valued by peers
app-kinds-history = Rate history (from → rate × multiplier)
app-kinds-beginning = beginning
app-kinds-new-rate = New rate…
app-kinds-rate = Rate
app-kinds-rate-by-peers = by peers
app-kinds-multiplier = Multiplier
app-kinds-multiplier-high = With a multiplier of { $multiplier }, one unit of this kind counts as much as { $multiplier } units of plain work.
app-kinds-multiplier-low = With a multiplier of { $multiplier }, this kind counts for almost nothing.
app-kinds-effective-from = Effective from
app-kinds-add-rate = Add rate
app-kinds-cancel = Cancel
app-kinds-empty = No kinds yet: add the kinds of contribution your cooperative recognises.
app-kinds-add-title = Add a kind
app-kinds-unit = Unit
app-kinds-unit-placeholder = words
app-kinds-from = From
app-kinds-from-empty = Empty: from the beginning
app-kinds-gift = Gift (valued, earns no share)
app-kinds-reimbursable = Reimbursable (money owed back)
app-kinds-deferred = Deferred (paid back later by a repay bucket)
app-kinds-deferred-title = Valued now, paid back later from revenue by a repay bucket (oldest first); earns no share
app-kinds-peers = Valued by peers (no rate)
app-kinds-peers-title = No rate: the other members value each contribution (Value this on the Contributions screen), and it is worth the median of their valuations weighted by reputation
app-kinds-add = Add kind
app-kinds-added = Added kind { $code }.
app-kinds-peers-no-rate = a kind valued by peers has no rate: leave it empty
app-kinds-only-money-reimbursable = only money kinds can be reimbursable
app-kinds-one-of-flags = a kind is at most one of gift, reimbursable or deferred

# Members and funds
app-members-title = Members & funds
app-members-add-title = Add a member or fund
app-members-handle = Handle
app-members-handle-placeholder = ana
app-members-name = Name
app-members-name-placeholder = Ana Puig
app-members-type = Type
app-members-type-member = member
app-members-type-fund = fund
app-members-joined = Joined
app-members-add = Add
app-members-added-member = Added member { $handle }.
app-members-added-fund = Added fund { $handle }.
app-members-members-count = Members ({ $count })
app-members-status = Status
app-members-status-active = active
app-members-status-left = left
app-members-stage-today = Stage today
app-members-reputation = Reputation
app-members-reputation-title = 1 + the whole value of the member's counted work (not gifts, expenses or peer-valued work), today: it weighs their valuations of others' peer-valued work
app-members-leaves = Leaves the cooperative…
app-members-rejoins = Rejoins…
app-members-rejoin-explain = { $name } becomes an active member again. Work dated from then on counts normally; what was re-rated before stays so.
app-members-leave-explain = { $name } leaves the cooperative. Why they leave decides what their past work earns from later revenues:
app-members-good-reason = With good reason
app-members-good-reason-explain = everything they contributed keeps its value in every later split.
app-members-bad-reason = Without good reason
app-members-bad-reason-explain = for revenues from this date on, only the money they put in counts, at its plain value (multiplier 1); their hours and other work no longer earn a share.
app-members-active-again-from = Active again from
app-members-left-on = Left on
app-members-date-empty = Empty: today
app-members-today = today
app-members-rejoin = Rejoin
app-members-confirm-leaving = Confirm leaving
app-members-cancel = Cancel
app-members-empty = No members yet.
app-members-stages = Stages
app-members-stages-intro = A stage values a member's work of some kinds at a percent while they are in it — a new member's “dating” phase at 50 %, then 75 %. Contributions are valued by the stage in force on their date.
app-members-stage = Stage
app-members-percent = Percent
app-members-kinds = Kinds
app-members-members-today = Members today
app-members-stage-since = { $code } ({ $percent }%) since { $since }
app-members-member-since = { $member } (since { $since })
app-members-stages-empty = No stages: every contribution counts at 100 %.
app-members-stage-history = Stage history
app-members-member = Member
app-members-from = From
app-members-stage-none = none (100 %)
app-members-define-stage-title = Define a stage
app-members-code = Code
app-members-stage-code-placeholder = dating
app-members-kinds-placeholder = all that earn shares
app-members-define = Define
app-members-stage-defined = Stage { $code } defined.
app-members-put-in-stage-title = Put a member in a stage
app-members-set = Set
app-members-no-stage-from = { $member } has no stage from { $from }.
app-members-in-stage-from = { $member } is in stage { $stage } from { $from }.
app-members-funds-count = Funds ({ $count })
app-members-funds-empty = No funds yet. A commons fund receives a share of revenue through an equation.

# GIVE circles
app-give-intro = In an epoch each member gives a budget of GIVE to the others for their part in a project. When the epoch has ended and is closed, a peer bucket in the project's equation splits revenue by the GIVE each member received. GIVE a member does not give is lost at the close.
app-give-no-epochs = No epochs yet.
app-give-open-below = Open one below.
app-give-epoch = Epoch
app-give-epoch-option = { $epoch } — { $project }, { $from } to { $to }
app-give-epoch-option-closed = { $epoch } — { $project }, { $from } to { $to } (closed)
app-give-state-closed = closed
app-give-state-ended = ended, not closed
app-give-state-open = open
app-give-project = Project
app-give-epoch-terms = { $from } to { $to }; each member gives { $give } GIVE.
app-give-ended-close-it = It has ended: close it so its GIVE counts in distributions (a distribution with a peer bucket is refused while it stays open).
app-give-close-from = It can be closed from the day after { $to }.
app-give-close = Close the epoch
app-give-closed-notice = Closed { $epoch }: its GIVE now counts in the { $project } project's peer buckets.
app-give-your-gifts = Your gifts
app-give-gifts = Gifts
app-give-who-gives = Who gives
app-give-no-receivers = There is no other active member to give to.
app-give-left = { $remaining } of { $give } GIVE left to give
app-give-over = { $over } GIVE over the budget of { $give }: lower a gift
app-give-to = To
app-give-or-slide = …or slide
app-give-thanks = A word of thanks (only they see it)
app-give-thanks-placeholder = for the night shifts
app-give-amount-to = GIVE to { $to }
app-give-slide-to = Slide GIVE to { $to }
app-give-bad-amount = GIVE to { $to }: type a whole number, such as 20 (0 gives nothing).
app-give-save = Save gifts
app-give-saved = Saved { $giver }'s gifts in { $epoch }: { $given } of { $give } GIVE given{ $remaining ->
    [0] .
   *[other] , { $remaining } left unspent (GIVE not given is lost when the epoch closes).
}
app-give-received = Received
app-give-hidden = Others' gifts stay hidden until the epoch closes; you see only your own.
app-give-member = Member
app-give-received-col = GIVE received
app-give-share = Share
app-give-nobody-yet = Nobody has given GIVE yet.
app-give-who-gave-whom = Who gave whom ({ $count })
app-give-chart = GIVE received per epoch of { $project }
app-give-open-title = Open an epoch
app-give-from = From
app-give-until = To
app-give-each = GIVE each
app-give-each-title = Whole GIVE each member gives to the others
app-give-id = Id
app-give-id-placeholder = automatic
app-give-open = Open
app-give-opened = Opened epoch { $epoch }: each member has { $give } GIVE to give until { $to }.

# My account
app-myaccount-title-own = My account
app-myaccount-title-other = A member's account
app-myaccount-member = Member
app-myaccount-choose = — choose —
app-myaccount-role-member = member
app-myaccount-role-coordinator = coordinator
app-myaccount-role-treasurer = treasurer
app-myaccount-role-admin = admin
app-myaccount-statement-placeholder = statement file (.pdf or .html), or choose…
app-myaccount-statement-title = Where to save the statement: a .pdf or .html file; leave empty to choose in a dialog
app-myaccount-save-statement = Save statement…
app-myaccount-save-dialog = Save the statement
app-myaccount-statement-saved = Statement saved to
app-myaccount-value-counts = Value that counts
app-myaccount-reputation = Reputation
app-myaccount-reputation-title = 1 + the whole value of your counted work (not gifts, expenses or peer-valued work): it weighs your valuations of others' peer-valued work
app-myaccount-earned = Earned
app-myaccount-paid = Paid
app-myaccount-owed = Owed to you
app-myaccount-shares-title = My share of each distribution
app-myaccount-shares-empty = No distribution has given you a share yet.
app-myaccount-revenue = Revenue
app-myaccount-date = Date
app-myaccount-project = Project
app-myaccount-bucket = Bucket
app-myaccount-amount = Amount
app-myaccount-weight = Weight
app-myaccount-reversed = reversed
app-myaccount-hide = Hide
app-myaccount-why = Why?
app-myaccount-bucket-no-weights = This bucket does not weigh contributions (a fund or a fixed share).
app-myaccount-contribution = Contribution
app-myaccount-kind = Kind
app-myaccount-quantity = Quantity
app-myaccount-rate = Rate
app-myaccount-value = Value
app-myaccount-contributions-title = My contributions
app-myaccount-contributions-empty = No contributions yet.
app-myaccount-status = Status
app-myaccount-why-rejected = Why rejected / note
app-myaccount-id = Id
app-myaccount-status-counts = counts
app-myaccount-status-pending = pending
app-myaccount-status-rejected = rejected
app-myaccount-status-void = void
app-myaccount-payouts-title = Payouts to me
app-myaccount-payouts-empty = Nothing paid out yet.
app-myaccount-method = Method
app-myaccount-passphrase-own = My passphrase
app-myaccount-passphrase-other = { $name }'s passphrase
app-myaccount-passphrase-about-own = It signs you in and sets a PIN on an event laptop. At least 8 characters; nobody can read it back.
app-myaccount-passphrase-about-other = It signs { $name } in and sets a PIN on an event laptop. At least 8 characters; nobody can read it back.
app-myaccount-new-passphrase = New passphrase
app-myaccount-again = Again
app-myaccount-set-passphrase = Set passphrase
app-myaccount-passphrase-done = Passphrase set.
app-myaccount-passphrases-differ = the two passphrases differ: type the same one twice

# Sync between laptops
app-sync-title = Sync between laptops
app-sync-intro = Each laptop keeps its own copy of the ledger. They exchange entries through a shared folder (Syncthing, Nextcloud, a USB stick): each laptop writes only its own file there and reads the others'.
app-sync-joined = This laptop started from the invitation { $invitation }. Delete that file now: it holds this laptop's key, and nobody else should start from it. Then choose the shared folder below.
app-sync-shared-folder = Shared folder
app-sync-folder = Folder
app-sync-folder-placeholder = /home/you/Sync/cooperative
app-sync-folder-required = choose the folder the laptops share
app-sync-folder-dialog = The folder the laptops share
app-sync-choose = Choose…
app-sync-syncing = Syncing…
app-sync-now = Sync now
app-sync-last = Last sync { $at } ({ $ago }).
app-sync-every-minute = OpenValue syncs through this folder every minute while it is open.
app-sync-choose-then-sync = Choose the folder the laptops share, then sync: OpenValue then syncs every minute while it is open.
app-sync-not-admitted = Laptop { $id } is not admitted yet
app-sync-not-admitted-rest = , so its entries were not taken.
app-sync-laptop-id = laptop { $id }
app-sync-admit-this = Admit this laptop…
app-sync-skipped = { $file } was skipped: { $why }
app-sync-revoke-question = Revoke { $name }?
app-sync-revoke-explain = Do this for a lost or replaced laptop. Its entries so far keep counting; anything it writes from now on is kept but never applied, on every laptop that syncs. It cannot be undone: to use that laptop again, invite it again.
app-sync-admit-question = Admit { $name }?
app-sync-admit-explain = Only if you know this laptop: its Sync screen shows its id, { $id }. Once admitted, its entries count like this laptop's.
app-sync-revoke-name = Revoke { $name }
app-sync-admit-name = Admit { $name }
app-sync-cancel = Cancel (Esc)
app-sync-revoked-notice = Revoked { $name }: its entries up to number { $last } count; anything it writes from now on is kept but never applied, on every laptop that syncs.
app-sync-admitted-notice = Admitted { $name }. Its entries come in with the next sync.
app-sync-conflicts = Conflicts
app-sync-no-conflicts = No conflicts: every laptop's entries apply.
app-sync-conflicts-intro = An entry that the rules refuse where it falls in the shared order is kept but not applied. Every laptop lists the same conflicts. They are settled with new entries, never by editing.
app-sync-from = from
app-sync-this-laptop-paren = (this laptop)
app-sync-concerns = concerns
app-sync-what-happened = What happened
app-sync-what-to-do = What to do
app-sync-open-revenue = Open revenue { $id }
app-sync-books-record = The books record:
app-sync-entry = entry
app-sync-laptops = Laptops
app-sync-this-laptop-label = This laptop:
app-sync-id = id
app-sync-laptop = Laptop
app-sync-admitted = Admitted
app-sync-entries = Entries
app-sync-last-entry = Last entry written
app-sync-last-sync = Last sync
app-sync-this-laptop = this laptop
app-sync-revoked = revoked
app-sync-revoked-title = Its entries up to number { $last } count; anything later is kept but never applied
app-sync-never = never
app-sync-revoke = Revoke…
app-sync-devices-note = Entries counts what each laptop has written that this laptop holds; last sync is when it last wrote its file to the shared folder.
app-sync-invite-title = Invite a laptop
app-sync-invite-intro = Writes an invitation file that starts the ledger on one more laptop. Carry it there (a USB stick, a message to yourself) and choose
app-sync-invite-intro-choice = Start from an invitation
app-sync-invite-intro-end = when OpenValue first opens on that laptop.
app-sync-invite-label = Name of the new laptop
app-sync-invite-label-placeholder = Marta's laptop
app-sync-invite-label-required = give the new laptop a name, such as 'Marta's laptop'
app-sync-invite-path = Invitation file
app-sync-invite-path-required = choose where to save the invitation
app-sync-invitation-dialog = Save the invitation
app-sync-invite-submit = Write invitation
app-sync-invited = Invitation for { $label } written to { $path }. It holds that laptop's key: give it to that laptop only, and delete it once the laptop has started from it.


# (The app's messages end here; the command line's begin below. Keep the
# two parts apart so that work on one never touches the other.)

### The command line, the core's messages and charts ###########################

