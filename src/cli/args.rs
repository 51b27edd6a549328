//! What the command line accepts: clap's definitions of every subcommand,
//! each with an example in its help.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use crate::import::Table;
use crate::model::{parse_date, Measure};
use crate::standards::LeaveReason;
use crate::store::query::ContributionStatus;

fn date_arg(text: &str) -> std::result::Result<NaiveDate, String> {
    // In the language `cli::main` chose before parsing the arguments.
    parse_date(text).map_err(|m| m.render(super::lang()))
}

/// `text` parsed; when it is not one of the values, the parser's English,
/// or in another language the catalogue's `key` (`cli-parse-not_*`).
fn one_of<T>(text: &str, key: &str) -> std::result::Result<T, String>
where
    T: std::str::FromStr<Err = String>,
{
    text.parse().map_err(|english| match super::lang() {
        crate::i18n::Lang::En => english,
        lang => {
            let value = crate::text::quote(text);
            crate::i18n::tr(lang, key, &[("value", value.into())])
        }
    })
}

fn leave_reason_arg(text: &str) -> std::result::Result<LeaveReason, String> {
    one_of(text, "cli-parse-not_leave_reason")
}

fn measure_arg(text: &str) -> std::result::Result<Measure, String> {
    one_of(text, "cli-parse-not_measure")
}

fn table_arg(text: &str) -> std::result::Result<Table, String> {
    one_of(text, "cli-parse-not_table")
}

fn role_arg(text: &str) -> std::result::Result<crate::members::Role, String> {
    one_of(text, "cli-parse-not_role")
}

fn status_arg(text: &str) -> std::result::Result<ContributionStatus, String> {
    one_of(text, "cli-parse-not_status")
}

/// `openvalue --version`: the program's version and the ledger schema it
/// writes (a ledger of any earlier schema is migrated when opened).
fn version_text() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| {
        format!(
            "{} (ledger schema {})",
            env!("CARGO_PKG_VERSION"),
            crate::store::SCHEMA_VERSION
        )
    })
}

/// Open value accounting for small cooperatives.
#[derive(Debug, Parser)]
#[command(name = "openvalue", version = version_text(), about, long_about = None,
    after_help = "Example:\n  openvalue --ledger coop.openvalue init --name \"Lab coop\" --currency EUR\n  openvalue --ledger coop.openvalue import members members.csv")]
pub struct Cli {
    /// The ledger file [default: ledger.openvalue in your data directory]
    #[arg(long, global = true, env = "OPENVALUE_LEDGER", value_name = "PATH")]
    pub ledger: Option<PathBuf>,
    /// Act as this member (their passphrase from a prompt, or
    /// OPENVALUE_PASSPHRASE); needed for every write once sign-in is on
    #[arg(long = "as", global = true, value_name = "MEMBER")]
    pub as_member: Option<String>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new ledger.
    #[command(
        after_help = "Example:\n  openvalue init --name \"Translation collective\" --currency EUR --approvals 1"
    )]
    Init(InitArgs),
    /// Import a CSV file (members, projects, kinds, contributions, revenues).
    #[command(
        after_help = "Example:\n  openvalue import contributions march.csv --dry-run\n  openvalue import contributions marzo.csv --locale es"
    )]
    Import(ImportArgs),
    /// Record a contribution; prints its id.
    #[command(
        after_help = "Example:\n  openvalue log ana festival care 3 --date 2026-05-02 --note \"kids corner\""
    )]
    Log(LogArgs),
    /// List contributions.
    #[command(
        after_help = "Example:\n  openvalue list --member ana --from 2026-01-01\n  openvalue list --status pending"
    )]
    List(ListArgs),
    /// Approve someone else's contribution.
    #[command(after_help = "Example:\n  openvalue approve C-17 --by ben")]
    Approve {
        /// Contribution id.
        id: String,
        /// Approving member.
        #[arg(long)]
        by: String,
    },
    /// Reject someone else's contribution, with a reason.
    #[command(
        after_help = "Example:\n  openvalue reject C-17 --by ben --reason \"counted twice\""
    )]
    Reject {
        /// Contribution id.
        id: String,
        /// Rejecting member.
        #[arg(long)]
        by: String,
        /// Why.
        #[arg(long)]
        reason: String,
    },
    /// Correct or void a contribution (it is superseded, never edited).
    #[command(
        after_help = "Example:\n  openvalue correct C-17 --quantity 2.5\n  openvalue correct C-17 --void"
    )]
    Correct(CorrectArgs),
    /// Members and funds.
    #[command(
        subcommand,
        after_help = "Example:\n  openvalue member add ana \"Ana Puig\" --joined 2025-01-15\n  openvalue member list"
    )]
    Member(MemberCommand),
    /// Projects.
    #[command(
        subcommand,
        after_help = "Example:\n  openvalue project add festival \"Festival 2026\"\n  openvalue project list"
    )]
    Project(ProjectCommand),
    /// Kinds of contribution and their rates.
    #[command(
        subcommand,
        after_help = "Example:\n  openvalue kind add care \"Care work\" --measure hours --rate 20\n  openvalue kind list"
    )]
    Kind(KindCommand),
    /// Revenues.
    #[command(
        subcommand,
        after_help = "Example:\n  openvalue revenue add festival 1000.00 --id R-2026-06\n  openvalue revenue list"
    )]
    Revenue(RevenueCommand),
    /// Equations (distribution rules).
    #[command(
        subcommand,
        after_help = "Example:\n  openvalue equation set festival festival.toml\n  openvalue equation list"
    )]
    Equation(EquationCommand),
    /// Distribute a revenue by its project's equation.
    #[command(
        after_help = "Example:\n  openvalue distribute R-2026-05 --dry-run\n  openvalue distribute R-2026-05 --json\n  openvalue distribute R-2026-05 --dry-run --explain ana"
    )]
    Distribute(DistributeArgs),
    /// Reverse a committed distribution.
    #[command(after_help = "Example:\n  openvalue reverse 5f0c…")]
    Reverse {
        /// Distribution id.
        distribution: String,
    },
    /// Undo the last action on this laptop by its reversing entry (a logged
    /// contribution or a revenue is voided, a distribution reversed, a
    /// payout voided).
    #[command(after_help = "Example:\n  openvalue undo --dry-run\n  openvalue undo")]
    Undo {
        /// Only say what the last action was and whether it can be undone.
        #[arg(long)]
        dry_run: bool,
    },
    /// Record a payout to a member or fund.
    #[command(after_help = "Example:\n  openvalue pay ana 120.00 --method transfer")]
    Pay(PayArgs),
    /// Payouts: list them, void one recorded by mistake.
    #[command(
        subcommand,
        after_help = "Example:\n  openvalue payout list\n  openvalue payout void 3f2a…"
    )]
    Payout(PayoutCommand),
    /// Earned, paid and owed per account (with a period: earned and paid
    /// in it, and their difference; with a project: only what its
    /// distributions allocated, since payouts are not per project).
    #[command(
        after_help = "Example:\n  openvalue balances\n  openvalue balances --to 2026-03-31\n  openvalue balances --project web"
    )]
    Balances(BalancesArgs),
    /// Write a member's statement (contributions, distribution lines,
    /// payouts, what is owed) as HTML or PDF, by the --out extension.
    #[command(
        after_help = "Example:\n  openvalue statement ana --from 2026-01-01 --to 2026-03-31 --out ana-q1.pdf\n  openvalue statement ana --out ana.html"
    )]
    Statement(StatementArgs),
    /// Write a CSV, plain-text accounting (hledger, beancount) or Valueflows export.
    #[command(
        after_help = "Example:\n  openvalue export journal --out q1.csv --locale es --bom --from 2026-01-01 --to 2026-03-31\n  openvalue export members --out socios.csv --locale es\n  openvalue export hledger --out books.journal\n  openvalue export beancount --out books.beancount\n  openvalue export valueflows --out books.jsonld"
    )]
    Export(ExportArgs),
    /// Draw a chart as SVG or PNG (chosen by the --out extension).
    #[command(
        subcommand,
        after_help = "Example:\n  openvalue chart distribution R-2026-05 --out split.svg\n  openvalue chart shares --out shares.png"
    )]
    Chart(ChartCommand),
    /// Check the hash chains, signatures and every derived table against
    /// the journal; print each device's chain head.
    #[command(
        after_help = "Example:\n  openvalue verify\n  openvalue verify --against usb/coop-2026-11-30.ovbundle"
    )]
    Verify {
        /// A bundle or a backup: list the entries it holds that this
        /// ledger lacks ("missing") and fail if there are any.
        #[arg(long, value_name = "FILE")]
        against: Option<PathBuf>,
    },
    /// This laptop and the cooperative's other laptops (devices).
    #[command(
        subcommand,
        after_help = "Example:\n  openvalue device invite --out bar.ovinvite --label \"bar\"\n  openvalue device list"
    )]
    Device(DeviceCommand),
    /// Start this laptop's ledger from an invitation file (as a new device).
    #[command(
        after_help = "Example:\n  openvalue clone /media/usb/bar.ovinvite --ledger ~/coop.openvalue"
    )]
    Clone {
        /// The invitation file made on an admitted laptop.
        file: PathBuf,
    },
    /// Carry entries between laptops on a USB stick.
    #[command(
        subcommand,
        after_help = "Example:\n  openvalue bundle export --out /media/usb/entrance.ovbundle\n  openvalue bundle import /media/usb/bar.ovbundle"
    )]
    Bundle(BundleCommand),
    /// Exchange entries through a shared folder (Syncthing, Nextcloud, a USB stick).
    #[command(after_help = "Example:\n  openvalue sync ~/Sync/coop-books")]
    Sync {
        /// The shared folder (never the folder of the ledger file itself).
        dir: PathBuf,
    },
    /// Community tokens: earned by contributing, sent between members,
    /// never money.
    #[command(
        subcommand,
        after_help = "Example:\n  openvalue token define eco --name \"Ecos\" --scale 2 --per-value 0.5\n  openvalue token send ana ben 3.50 --note \"bike repair\"\n  openvalue token balances"
    )]
    Token(TokenCommand),
    /// Stages: a member's work of some kinds valued at a percent for a
    /// while (a "dating" phase).
    #[command(
        subcommand,
        after_help = "Example:\n  openvalue stage define dating --percent 50 --kinds work\n  openvalue stage set ana dating --from 2026-01-01\n  openvalue stage set ana none --from 2026-10-01\n  openvalue stage list"
    )]
    Stage(StageCommand),
    /// Resources whose use credits their owners (a laser cutter, a van).
    #[command(
        subcommand,
        after_help = "Example:\n  openvalue resource add laser --name \"Laser cutter\" --rate 12 --unit hours --owner ana:2 --owner ben --owner commons\n  openvalue resource list"
    )]
    Resource(ResourceCommand),
    /// Record a use of a resource on a project: its owners are credited.
    #[command(after_help = "Example:\n  openvalue use laser fest 2.5 --date 2026-06-03 --by cai")]
    Use {
        /// The resource's code.
        resource: String,
        /// The project it was used for.
        project: String,
        /// How much was used, in the resource's unit.
        quantity: String,
        /// Date of the use [default: today].
        #[arg(long, value_parser = date_arg)]
        date: Option<NaiveDate>,
        /// Who used it (recorded only).
        #[arg(long)]
        by: Option<String>,
    },
    /// GIVE epochs: each member gives a budget of GIVE to others.
    #[command(
        subcommand,
        after_help = "Example:\n  openvalue epoch open fest --from 2026-06-01 --to 2026-06-30 --give 100 --id E-june\n  openvalue epoch close E-june\n  openvalue epoch show E-june"
    )]
    Epoch(EpochCommand),
    /// Give GIVE to another member in an epoch (0 withdraws it).
    #[command(
        after_help = "Example:\n  openvalue give E-june --from ana --to ben 30 --note \"for the night shifts\""
    )]
    Give {
        /// The epoch.
        epoch: String,
        /// The giver.
        #[arg(long)]
        from: String,
        /// The receiver.
        #[arg(long)]
        to: String,
        /// Whole GIVE.
        amount: i64,
        /// A word of thanks to the receiver (in the app, only they see it
        /// when sign-in is on).
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Value another member's contribution of a kind valued by peers
    /// (replaces your earlier valuation of it).
    #[command(after_help = "Example:\n  openvalue value C-17 --by ben 120.00")]
    Value {
        /// The contribution.
        id: String,
        /// The member valuing it (you, when signed in).
        #[arg(long)]
        by: String,
        /// The whole contribution's value, in the base currency.
        amount: String,
    },
    /// Each member's reputation, which weighs peer valuations.
    #[command(after_help = "Example:\n  openvalue reputation --date 2026-06-30")]
    Reputation {
        /// On this day [default: today].
        #[arg(long, value_parser = date_arg)]
        date: Option<NaiveDate>,
    },
    /// List what two laptops did that cannot both hold.
    #[command(after_help = "Example:\n  openvalue conflicts")]
    Conflicts,
    /// Write a consistent copy of the ledger.
    #[command(after_help = "Example:\n  openvalue backup ~/backups/coop-2026-11-25.openvalue")]
    Backup {
        /// Where to write the copy (must not exist).
        file: PathBuf,
    },
    /// Change ledger settings.
    #[command(
        after_help = "Example:\n  openvalue settings --approvals 2\n  openvalue settings --sign-in on --as ana"
    )]
    Settings {
        /// Approvals a contribution needs to count.
        #[arg(long)]
        approvals: Option<u32>,
        /// Whether every write needs a signed-in member: on or off.
        #[arg(long, value_name = "on|off", value_parser = on_off)]
        sign_in: Option<bool>,
    },
    /// Members' roles: member < coordinator < treasurer < admin.
    #[command(
        subcommand,
        after_help = "Example:\n  openvalue role grant ben treasurer --as ana\n  openvalue role list"
    )]
    Role(RoleCommand),
    /// Create a demo ledger of a realistic small cooperative.
    #[command(after_help = "Example:\n  openvalue demo /tmp/demo.openvalue")]
    Demo {
        /// Where to create it (must not exist).
        file: PathBuf,
    },
}

/// A period: dates on or after `--from`, on or before `--to`.
#[derive(Debug, Args)]
pub struct PeriodArgs {
    /// On or after [default: the beginning].
    #[arg(long, value_parser = date_arg)]
    pub from: Option<NaiveDate>,
    /// On or before [default: the end].
    #[arg(long, value_parser = date_arg)]
    pub to: Option<NaiveDate>,
}

/// `balances` arguments.
#[derive(Debug, Args)]
pub struct BalancesArgs {
    /// The period (`--to` alone: balances as of that date).
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Only what this project's distributions allocated (earned only).
    #[arg(long)]
    pub project: Option<String>,
}

/// `statement` arguments.
#[derive(Debug, Args)]
pub struct StatementArgs {
    /// The member (or fund).
    pub member: String,
    /// The period.
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Output file: .html or .pdf.
    #[arg(long)]
    pub out: PathBuf,
}

/// `payout` subcommands.
#[derive(Debug, Subcommand)]
pub enum PayoutCommand {
    /// List payouts, newest first.
    #[command(after_help = "Example:\n  openvalue payout list\n  openvalue payout list --all")]
    List {
        /// Include voided payouts.
        #[arg(long)]
        all: bool,
    },
    /// Void a payout recorded by mistake (it no longer counts as paid).
    #[command(after_help = "Example:\n  openvalue payout void 3f2a…")]
    Void {
        /// Payout id (`payout list` shows them; `pay` printed it).
        id: String,
    },
}

/// `device` subcommands.
#[derive(Debug, Subcommand)]
pub enum DeviceCommand {
    /// Write an invitation file for a new laptop.
    #[command(
        after_help = "Example:\n  openvalue device invite --out /media/usb/bar.ovinvite --label \"bar\""
    )]
    Invite {
        /// The invitation file (it holds the new laptop's key: keep it safe, delete it once used).
        #[arg(long)]
        out: PathBuf,
        /// What people call the laptop.
        #[arg(long, default_value = "")]
        label: String,
    },
    /// List the devices: id, label, admitted by, last entry, last seen.
    #[command(after_help = "Example:\n  openvalue device list")]
    List,
    /// Revoke a lost laptop: its later entries are kept but not applied.
    #[command(after_help = "Example:\n  openvalue device revoke 3f2a…")]
    Revoke {
        /// The device id.
        id: String,
    },
    /// Make this copy of the ledger a new device (a copied file on a computer without its key).
    #[command(after_help = "Example:\n  openvalue device new --label \"info point\" --yes")]
    New {
        /// What people call this laptop.
        #[arg(long, default_value = "")]
        label: String,
        /// Confirm: other laptops must then admit this device.
        #[arg(long)]
        yes: bool,
    },
    /// Admit a device made with `device new` on another laptop.
    #[command(after_help = "Example:\n  openvalue device admit 3f2a…")]
    Admit {
        /// The device id.
        id: String,
    },
}

/// `epoch` subcommands.
#[derive(Debug, Subcommand)]
pub enum EpochCommand {
    /// Open an epoch of a project.
    #[command(
        after_help = "Example:\n  openvalue epoch open fest --from 2026-06-01 --to 2026-06-30 --give 100"
    )]
    Open {
        /// The project.
        project: String,
        /// First day.
        #[arg(long, value_parser = date_arg)]
        from: NaiveDate,
        /// Last day.
        #[arg(long, value_parser = date_arg)]
        to: NaiveDate,
        /// Each member's GIVE budget.
        #[arg(long)]
        give: i64,
        /// Its id [default: E-PROJECT-FROM].
        #[arg(long)]
        id: Option<String>,
    },
    /// Close an epoch after its last day.
    #[command(after_help = "Example:\n  openvalue epoch close E-june")]
    Close {
        /// The epoch.
        epoch: String,
    },
    /// Who gave whom, and what each received.
    #[command(after_help = "Example:\n  openvalue epoch show E-june")]
    Show {
        /// The epoch.
        epoch: String,
    },
}

/// `stage` subcommands.
#[derive(Debug, Subcommand)]
pub enum StageCommand {
    /// Define a stage (fixed once defined).
    #[command(
        after_help = "Example:\n  openvalue stage define dating --percent 50 --kinds work,care"
    )]
    Define {
        /// Lowercase code.
        code: String,
        /// Percent from 0 to 100 (at most 2 decimals).
        #[arg(long)]
        percent: String,
        /// The kinds it scales [default: every kind that earns policy
        /// shares now].
        #[arg(long, value_delimiter = ',')]
        kinds: Option<Vec<String>>,
    },
    /// Put a member in a stage (or none) from a date on.
    #[command(
        after_help = "Example:\n  openvalue stage set ana dating --from 2026-01-01\n  openvalue stage set ana none"
    )]
    Set {
        /// The member.
        member: String,
        /// The stage's code, or none.
        stage: String,
        /// From [default: today].
        #[arg(long, value_parser = date_arg)]
        from: Option<NaiveDate>,
    },
    /// The stages, who is in each today, and each member's history.
    #[command(after_help = "Example:\n  openvalue stage list")]
    List,
}

/// `resource` subcommands.
#[derive(Debug, Subcommand)]
pub enum ResourceCommand {
    /// Define a resource (fixed once defined).
    #[command(
        after_help = "Example:\n  openvalue resource add laser --name \"Laser cutter\" --rate 12 --unit hours --owner ana:2 --owner ben --owner commons"
    )]
    Add {
        /// Lowercase code.
        code: String,
        /// Name.
        #[arg(long)]
        name: String,
        /// Value per unit of use (at most 4 decimals).
        #[arg(long)]
        rate: String,
        /// Unit of use (hours, sheets …).
        #[arg(long)]
        unit: String,
        /// An owner, member or fund, with a whole-number share (default 1);
        /// repeat for each owner.
        #[arg(long = "owner", value_name = "HANDLE[:SHARE]", required = true)]
        owners: Vec<String>,
    },
    /// The resources, their owners, and every use with each owner's credit.
    #[command(after_help = "Example:\n  openvalue resource list")]
    List,
}

/// `token` subcommands.
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Define a token (never changed afterwards).
    #[command(
        after_help = "Example:\n  openvalue token define eco --name \"Ecos\" --scale 2 --per-value 0.5"
    )]
    Define {
        /// Lowercase code.
        code: String,
        /// Name.
        #[arg(long)]
        name: String,
        /// Decimal places of amounts (0–8).
        #[arg(long, default_value_t = 2)]
        scale: u32,
        /// Tokens minted per unit of counted value (at most 4 decimals).
        #[arg(long)]
        per_value: String,
    },
    /// Send tokens from one member to another.
    #[command(after_help = "Example:\n  openvalue token send ana ben 3.50 --note \"bike repair\"")]
    Send {
        /// Sender.
        from: String,
        /// Recipient.
        to: String,
        /// Amount, at the token's scale.
        amount: String,
        /// The token (needed when the ledger has more than one).
        #[arg(long)]
        token: Option<String>,
        /// Free text.
        #[arg(long, default_value = "")]
        note: String,
        /// Date [default: today].
        #[arg(long, value_parser = date_arg)]
        date: Option<NaiveDate>,
    },
    /// Every member's balance of each token (or of one).
    #[command(after_help = "Example:\n  openvalue token balances\n  openvalue token balances eco")]
    Balances {
        /// Only this token.
        code: Option<String>,
    },
}

/// `bundle` subcommands.
#[derive(Debug, Subcommand)]
pub enum BundleCommand {
    /// Write every entry this ledger holds to a bundle file.
    #[command(
        after_help = "Example:\n  openvalue bundle export --out /media/usb/entrance.ovbundle"
    )]
    Export {
        /// The bundle file.
        #[arg(long)]
        out: PathBuf,
    },
    /// Merge a bundle from another laptop (checked whole, refused whole).
    #[command(after_help = "Example:\n  openvalue bundle import /media/usb/bar.ovbundle")]
    Import {
        /// The bundle file.
        file: PathBuf,
    },
}

/// `list` options.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this member.
    #[arg(long)]
    pub member: Option<String>,
    /// Only this project.
    #[arg(long)]
    pub project: Option<String>,
    /// Only this kind.
    #[arg(long)]
    pub kind: Option<String>,
    /// On or after.
    #[arg(long, value_parser = date_arg)]
    pub from: Option<NaiveDate>,
    /// On or before.
    #[arg(long, value_parser = date_arg)]
    pub to: Option<NaiveDate>,
    /// Only this status: counts, pending, rejected or void.
    #[arg(long, value_parser = status_arg)]
    pub status: Option<ContributionStatus>,
    /// Include voided contributions.
    #[arg(long)]
    pub all: bool,
    /// Only contributions whose note contains this text (any case).
    #[arg(long)]
    pub search: Option<String>,
    /// Show the latest this many.
    #[arg(long, default_value_t = 200)]
    pub limit: u64,
}

/// `export` options.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// contributions | allocations | balances | payouts | journal (CSV);
    /// members | projects | kinds | revenues (CSV that `import` reads back);
    /// hledger | beancount (plain-text accounting); valueflows (JSON-LD);
    /// tokens
    pub what: String,
    /// Output file.
    #[arg(long)]
    pub out: PathBuf,
    /// en (`,` and `.`) or es, ca, fr, de, it, pt, nl (`;` and `,`); CSV only.
    #[arg(long, default_value = "en")]
    pub locale: String,
    /// Start with a byte order mark (Excel).
    #[arg(long)]
    pub bom: bool,
    /// Only rows dated on or after.
    #[arg(long, value_parser = date_arg)]
    pub from: Option<NaiveDate>,
    /// Only rows dated on or before.
    #[arg(long, value_parser = date_arg)]
    pub to: Option<NaiveDate>,
    /// Only this project.
    #[arg(long)]
    pub project: Option<String>,
}

/// `chart` subcommands.
#[derive(Debug, Subcommand)]
pub enum ChartCommand {
    /// A distribution's split by recipient and bucket (a revenue id shows
    /// its distribution, or a preview if it has none).
    #[command(
        after_help = "Example:\n  openvalue chart distribution R-2026-05 --out split.svg\n  openvalue chart distribution R-2026-05 --out split.png"
    )]
    Distribution {
        /// Revenue id or distribution id.
        id: String,
        /// Output file: .svg or .png.
        #[arg(long)]
        out: PathBuf,
    },
    /// Contributions' value by kind, per month, stacked.
    #[command(
        after_help = "Example:\n  openvalue chart contributions --project festival --out festival.png"
    )]
    Contributions {
        /// Only this project.
        #[arg(long)]
        project: Option<String>,
        /// Output file: .svg or .png.
        #[arg(long)]
        out: PathBuf,
    },
    /// Each member's cumulative value and share over time.
    #[command(after_help = "Example:\n  openvalue chart shares --out shares.svg")]
    Shares {
        /// Only this project.
        #[arg(long)]
        project: Option<String>,
        /// Output file: .svg or .png.
        #[arg(long)]
        out: PathBuf,
    },
    /// GIVE each member received in each epoch of a project.
    #[command(after_help = "Example:\n  openvalue chart give fest --out give.png")]
    Give {
        /// The project.
        project: String,
        /// Output file: .svg or .png.
        #[arg(long)]
        out: PathBuf,
    },
    /// Each member's token balance at the end of each month.
    #[command(after_help = "Example:\n  openvalue chart tokens --token eco --out eco.svg")]
    Tokens {
        /// The token (needed when the ledger has more than one).
        #[arg(long)]
        token: Option<String>,
        /// Output file: .svg or .png.
        #[arg(long)]
        out: PathBuf,
    },
}

/// `member` subcommands.
#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// Add a member (or a fund with --fund).
    #[command(
        after_help = "Example:\n  openvalue member add ana \"Ana Puig\" --joined 2025-01-15\n  openvalue member add commons \"Commons fund\" --fund"
    )]
    Add(MemberAddArgs),
    /// Mark a member as having left: with a good reason they keep
    /// everything; without one, their work is re-rated for later revenues.
    #[command(
        after_help = "Example:\n  openvalue member leave ana\n  openvalue member leave ben --date 2026-06-30 --reason bad"
    )]
    Leave {
        /// Handle.
        handle: String,
        /// Left on [default: today].
        #[arg(long, value_parser = date_arg)]
        date: Option<NaiveDate>,
        /// good: keeps everything; bad: for revenues from the date on,
        /// only their money counts, at multiplier 1.
        #[arg(long, default_value = "good", value_parser = leave_reason_arg)]
        reason: LeaveReason,
    },
    /// Mark a member as active again.
    #[command(after_help = "Example:\n  openvalue member rejoin ana --date 2026-09-01")]
    Rejoin {
        /// Handle.
        handle: String,
        /// Active again from [default: today].
        #[arg(long, value_parser = date_arg)]
        date: Option<NaiveDate>,
    },
    /// Set or change a member's passphrase (an admin may reset one); the
    /// new one comes from a prompt, or OPENVALUE_NEW_PASSPHRASE.
    #[command(after_help = "Example:\n  openvalue member passphrase ana --as ana")]
    Passphrase {
        /// Handle.
        handle: String,
    },
    /// List members and funds.
    #[command(after_help = "Example:\n  openvalue member list")]
    List,
    /// Give a member or fund a new name (the handle stays).
    #[command(after_help = "Example:\n  openvalue member rename ana \"Ana Puig i Soler\"")]
    Rename {
        /// Handle.
        handle: String,
        /// The new name.
        name: String,
    },
}

/// `role` subcommands.
#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// Give a member a role.
    #[command(after_help = "Example:\n  openvalue role grant ben coordinator --as ana")]
    Grant {
        /// Handle.
        handle: String,
        /// member, coordinator, treasurer or admin.
        #[arg(value_parser = role_arg)]
        role: crate::members::Role,
    },
    /// Take a member's role back to member.
    #[command(after_help = "Example:\n  openvalue role revoke ben --as ana")]
    Revoke {
        /// Handle.
        handle: String,
    },
    /// List every member's role.
    #[command(after_help = "Example:\n  openvalue role list")]
    List,
}

fn on_off(text: &str) -> Result<bool, String> {
    match text {
        "on" => Ok(true),
        "off" => Ok(false),
        other => {
            let value = crate::text::quote(other);
            Err(super::tr(
                "cli-parse-not_on_off",
                &[("value", value.into())],
            ))
        }
    }
}

/// `project` subcommands.
#[derive(Debug, Subcommand)]
pub enum ProjectCommand {
    /// Add a project.
    #[command(after_help = "Example:\n  openvalue project add festival \"Festival 2026\"")]
    Add {
        /// Lowercase code.
        code: String,
        /// Name.
        name: String,
        /// Parent project's code.
        #[arg(long)]
        parent: Option<String>,
    },
    /// List projects.
    #[command(after_help = "Example:\n  openvalue project list")]
    List,
    /// Give a project a new name (the code stays).
    #[command(after_help = "Example:\n  openvalue project rename festival \"Festival 2026\"")]
    Rename {
        /// Code.
        code: String,
        /// The new name.
        name: String,
    },
}

/// `kind` subcommands.
#[derive(Debug, Subcommand)]
pub enum KindCommand {
    /// Add a kind, or a new rate version of one (with --from).
    #[command(
        after_help = "Example:\n  openvalue kind add care \"Care work\" --measure hours --rate 20\n  openvalue kind add care \"Care work\" --measure hours --rate 22 --from 2026-07-01"
    )]
    Add(KindAddArgs),
    /// List kinds and their rate history.
    #[command(after_help = "Example:\n  openvalue kind list")]
    List,
    /// Give a kind a new name (the code, rate and multiplier stay).
    #[command(after_help = "Example:\n  openvalue kind rename care \"Care work\"")]
    Rename {
        /// Code.
        code: String,
        /// The new name.
        name: String,
    },
}

/// `revenue` subcommands.
#[derive(Debug, Subcommand)]
pub enum RevenueCommand {
    /// Record money a project received; prints its id.
    #[command(
        after_help = "Example:\n  openvalue revenue add festival 1000.00 --date 2026-06-30 --id R-2026-06"
    )]
    Add(RevenueAddArgs),
    /// List revenues and whether each is distributed.
    #[command(after_help = "Example:\n  openvalue revenue list")]
    List,
    /// Void a revenue recorded by mistake (refused while it has an active
    /// distribution: reverse that first).
    #[command(after_help = "Example:\n  openvalue revenue void R-2026-06")]
    Void {
        /// Revenue id.
        id: String,
    },
    /// Correct a revenue's amount, date or note (refused while it has an
    /// active distribution: reverse that first).
    #[command(
        after_help = "Example:\n  openvalue revenue correct R-2026-06 --amount 1200.00 --date 2026-06-29"
    )]
    Correct {
        /// Revenue id.
        id: String,
        /// New amount.
        #[arg(long)]
        amount: Option<String>,
        /// New date.
        #[arg(long, value_parser = date_arg)]
        date: Option<NaiveDate>,
        /// New note.
        #[arg(long)]
        note: Option<String>,
    },
}

/// `equation` subcommands.
#[derive(Debug, Subcommand)]
pub enum EquationCommand {
    /// Set a project's equation (or the ledger default) from a TOML file.
    #[command(
        after_help = "Example:\n  openvalue equation set festival festival.toml --from 2026-01-01\n  openvalue equation set --default default.toml"
    )]
    Set(EquationSetArgs),
    /// List equation versions.
    #[command(after_help = "Example:\n  openvalue equation list")]
    List,
}

/// `init` arguments.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The cooperative's name.
    #[arg(long)]
    pub name: String,
    /// Base currency (ISO 4217 code such as EUR, or your own unit with --scale).
    #[arg(long)]
    pub currency: String,
    /// Decimal places of a currency that is not in ISO 4217 (ECO, HOUR).
    #[arg(long)]
    pub scale: Option<u32>,
    /// Approvals from other members a contribution needs to count.
    #[arg(long, default_value_t = 0)]
    pub approvals: u32,
}

/// `import` arguments.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// members | projects | kinds | contributions | revenues
    #[arg(value_parser = table_arg)]
    pub table: Table,
    /// The CSV file.
    pub file: PathBuf,
    /// Report what would happen and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Skip columns the format does not know.
    #[arg(long)]
    pub ignore_unknown: bool,
    /// The locale the file was written in: en (`,`, `.` and YYYY-MM-DD,
    /// the default) or es, ca, fr, it, pt (`;`, decimal comma, DD/MM/YYYY),
    /// de (DD.MM.YYYY), nl (DD-MM-YYYY); ISO dates are read in every
    /// locale, and `.` or a space may group thousands in threes.
    #[arg(long)]
    pub locale: Option<String>,
}

/// `log` arguments.
#[derive(Debug, Args)]
pub struct LogArgs {
    /// Member handle.
    pub member: String,
    /// Project code.
    pub project: String,
    /// Kind code.
    pub kind: String,
    /// Quantity (hours, money or units of the kind).
    pub quantity: String,
    /// Date of the work [default: today].
    #[arg(long, value_parser = date_arg)]
    pub date: Option<NaiveDate>,
    /// A note.
    #[arg(long, default_value = "")]
    pub note: String,
    /// Your own id for it (else a UUID).
    #[arg(long)]
    pub id: Option<String>,
}

/// `correct` arguments.
#[derive(Debug, Args)]
pub struct CorrectArgs {
    /// Contribution id.
    pub id: String,
    /// New quantity.
    #[arg(long)]
    pub quantity: Option<String>,
    /// New date.
    #[arg(long, value_parser = date_arg)]
    pub date: Option<NaiveDate>,
    /// New kind.
    #[arg(long)]
    pub kind: Option<String>,
    /// New note.
    #[arg(long)]
    pub note: Option<String>,
    /// Void the contribution (alone: a voided entry has nothing to change).
    #[arg(long, conflicts_with_all = ["quantity", "date", "kind", "note"])]
    pub void: bool,
}

/// `distribute` arguments.
#[derive(Debug, Args)]
pub struct DistributeArgs {
    /// Revenue id.
    pub revenue: String,
    /// Show the result and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
    /// List the contributions behind this member's weight.
    #[arg(long, value_name = "MEMBER")]
    pub explain: Option<String>,
}

/// `pay` arguments.
#[derive(Debug, Args)]
pub struct PayArgs {
    /// Account handle.
    pub account: String,
    /// Amount.
    pub amount: String,
    /// Date paid [default: today].
    #[arg(long, value_parser = date_arg)]
    pub date: Option<NaiveDate>,
    /// How it was paid.
    #[arg(long, default_value = "")]
    pub method: String,
    /// A note.
    #[arg(long, default_value = "")]
    pub note: String,
}

/// `member add` arguments.
#[derive(Debug, Args)]
pub struct MemberAddArgs {
    /// Lowercase handle.
    pub handle: String,
    /// Name.
    pub name: String,
    /// A fund, not a person.
    #[arg(long)]
    pub fund: bool,
    /// Date joined.
    #[arg(long, value_parser = date_arg)]
    pub joined: Option<NaiveDate>,
}

/// `kind add` arguments.
#[derive(Debug, Args)]
pub struct KindAddArgs {
    /// Lowercase code.
    pub code: String,
    /// Name.
    pub name: String,
    /// hours | money | quantity
    #[arg(long, value_parser = measure_arg)]
    pub measure: Measure,
    /// Unit label for quantity kinds (words).
    #[arg(long)]
    pub unit: Option<String>,
    /// Value per unit (none for a kind valued by peers).
    #[arg(long, required_unless_present = "valued_by")]
    pub rate: Option<String>,
    /// Risk factor [default: 1].
    #[arg(long)]
    pub multiplier: Option<String>,
    /// Valued and shown, but earns no share.
    #[arg(long)]
    pub gift: bool,
    /// Money owed back (measure money).
    #[arg(long)]
    pub reimbursable: bool,
    /// A claim paid back later by repay buckets, earning no share.
    #[arg(long)]
    pub deferred: bool,
    /// `peers`: each contribution is valued by other members (no rate).
    #[arg(long, value_parser = ["peers"])]
    pub valued_by: Option<String>,
    /// Effective from [default: the beginning].
    #[arg(long, value_parser = date_arg)]
    pub from: Option<NaiveDate>,
}

/// `revenue add` arguments.
#[derive(Debug, Args)]
pub struct RevenueAddArgs {
    /// Project code.
    pub project: String,
    /// Amount in the base currency.
    pub amount: String,
    /// Date received [default: today].
    #[arg(long, value_parser = date_arg)]
    pub date: Option<NaiveDate>,
    /// Your own id (else a UUID).
    #[arg(long)]
    pub id: Option<String>,
    /// A note.
    #[arg(long, default_value = "")]
    pub note: String,
}

/// `equation set` arguments.
#[derive(Debug, Args)]
pub struct EquationSetArgs {
    /// Project code, then the TOML file (only the file with --default).
    #[arg(value_name = "PROJECT|FILE")]
    pub first: String,
    /// The TOML file.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Set the ledger default instead of a project's.
    #[arg(long)]
    pub default: bool,
    /// In force from this date [default: the beginning].
    #[arg(long, value_parser = date_arg)]
    pub from: Option<NaiveDate>,
}
