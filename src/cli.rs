//! The `openvalue` command line: parse arguments, call one core function
//! per command, present the result.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};

use crate::error::{Error, Result};
use crate::export::{self, ExportOptions, Locale, Report};
use crate::import::{self, ImportOptions, Table};
use crate::model::{parse_date, Status, Verdict};
use crate::money::{format_trimmed, Currency, QUANTITY_SCALE};
use crate::ops::{today, CorrectionInput};
use crate::store::query::{ContributionQuery, ContributionStatus};
use crate::store::Ledger;
use crate::validate::{RawAccount, RawContribution, RawKind, RawRevenue};

/// The default ledger: `ledger.openvalue` in the user's data directory.
pub fn default_ledger_path() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("openvalue")
        .join("ledger.openvalue")
}

fn date_arg(text: &str) -> std::result::Result<NaiveDate, String> {
    parse_date(text)
}

/// Open value accounting for small cooperatives.
#[derive(Debug, Parser)]
#[command(name = "openvalue", version, about, long_about = None,
    after_help = "Example:\n  openvalue --ledger coop.openvalue init --name \"Lab coop\" --currency EUR\n  openvalue --ledger coop.openvalue import members members.csv")]
pub struct Cli {
    /// The ledger file [default: ledger.openvalue in your data directory]
    #[arg(long, global = true, env = "OPENVALUE_LEDGER", value_name = "PATH")]
    pub ledger: Option<PathBuf>,
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
    Init {
        /// The cooperative's name.
        #[arg(long)]
        name: String,
        /// Base currency (ISO 4217 code such as EUR, or your own unit with --scale).
        #[arg(long)]
        currency: String,
        /// Decimal places of a currency that is not in ISO 4217 (ECO, HOUR).
        #[arg(long)]
        scale: Option<u32>,
        /// Approvals from other members a contribution needs to count.
        #[arg(long, default_value_t = 0)]
        approvals: u32,
    },
    /// Import a CSV file (members, projects, kinds, contributions, revenues).
    #[command(after_help = "Example:\n  openvalue import contributions march.csv --dry-run")]
    Import {
        /// members | projects | kinds | contributions | revenues
        table: Table,
        /// The CSV file.
        file: PathBuf,
        /// Report what would happen and write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Skip columns the format does not know.
        #[arg(long)]
        ignore_unknown: bool,
    },
    /// Record a contribution; prints its id.
    #[command(
        after_help = "Example:\n  openvalue log ana festival care 3 --date 2026-05-02 --note \"kids corner\""
    )]
    Log {
        /// Member handle.
        member: String,
        /// Project code.
        project: String,
        /// Kind code.
        kind: String,
        /// Quantity (hours, money or units of the kind).
        quantity: String,
        /// Date of the work [default: today].
        #[arg(long, value_parser = date_arg)]
        date: Option<NaiveDate>,
        /// A note.
        #[arg(long, default_value = "")]
        note: String,
        /// Your own id for it (else a UUID).
        #[arg(long)]
        id: Option<String>,
    },
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
    Correct {
        /// Contribution id.
        id: String,
        /// New quantity.
        #[arg(long)]
        quantity: Option<String>,
        /// New date.
        #[arg(long, value_parser = date_arg)]
        date: Option<NaiveDate>,
        /// New kind.
        #[arg(long)]
        kind: Option<String>,
        /// New note.
        #[arg(long)]
        note: Option<String>,
        /// Void the contribution.
        #[arg(long)]
        void: bool,
    },
    /// Members and funds.
    #[command(subcommand)]
    Member(MemberCommand),
    /// Projects.
    #[command(subcommand)]
    Project(ProjectCommand),
    /// Kinds of contribution and their rates.
    #[command(subcommand)]
    Kind(KindCommand),
    /// Revenues.
    #[command(subcommand)]
    Revenue(RevenueCommand),
    /// Equations (distribution rules).
    #[command(subcommand)]
    Equation(EquationCommand),
    /// Distribute a revenue by its project's equation.
    #[command(
        after_help = "Example:\n  openvalue distribute R-2026-05 --dry-run\n  openvalue distribute R-2026-05 --json\n  openvalue distribute R-2026-05 --dry-run --explain ana"
    )]
    Distribute {
        /// Revenue id.
        revenue: String,
        /// Show the result and write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Print the result as JSON.
        #[arg(long)]
        json: bool,
        /// List the contributions behind this member's weight.
        #[arg(long, value_name = "MEMBER")]
        explain: Option<String>,
    },
    /// Reverse a committed distribution.
    #[command(after_help = "Example:\n  openvalue reverse 5f0c…")]
    Reverse {
        /// Distribution id.
        distribution: String,
    },
    /// Record a payout to a member or fund.
    #[command(after_help = "Example:\n  openvalue pay ana 120.00 --method transfer")]
    Pay {
        /// Account handle.
        account: String,
        /// Amount.
        amount: String,
        /// Date paid [default: today].
        #[arg(long, value_parser = date_arg)]
        date: Option<NaiveDate>,
        /// How it was paid.
        #[arg(long, default_value = "")]
        method: String,
        /// A note.
        #[arg(long, default_value = "")]
        note: String,
    },
    /// Earned, paid and owed per account.
    #[command(after_help = "Example:\n  openvalue balances")]
    Balances,
    /// Write a CSV or plain-text accounting export.
    #[command(
        after_help = "Example:\n  openvalue export journal --out q1.csv --locale es --bom --from 2026-01-01 --to 2026-03-31\n  openvalue export hledger --out books.journal"
    )]
    Export(ExportArgs),
    /// Draw a chart as SVG or PNG (chosen by the --out extension).
    #[command(subcommand)]
    Chart(ChartCommand),
    /// Check the hash chains and every derived table against the journal.
    #[command(after_help = "Example:\n  openvalue verify")]
    Verify,
    /// Write a consistent copy of the ledger.
    #[command(after_help = "Example:\n  openvalue backup ~/backups/coop-2026-11-25.openvalue")]
    Backup {
        /// Where to write the copy (must not exist).
        file: PathBuf,
    },
    /// Change ledger settings.
    #[command(after_help = "Example:\n  openvalue settings --approvals 2")]
    Settings {
        /// Approvals a contribution needs to count.
        #[arg(long)]
        approvals: Option<u32>,
    },
    /// Create a demo ledger of a realistic small cooperative.
    #[command(after_help = "Example:\n  openvalue demo /tmp/demo.openvalue")]
    Demo {
        /// Where to create it (must not exist).
        file: PathBuf,
    },
}

/// `list` options.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this member.
    #[arg(long)]
    member: Option<String>,
    /// Only this project.
    #[arg(long)]
    project: Option<String>,
    /// Only this kind.
    #[arg(long)]
    kind: Option<String>,
    /// On or after.
    #[arg(long, value_parser = date_arg)]
    from: Option<NaiveDate>,
    /// On or before.
    #[arg(long, value_parser = date_arg)]
    to: Option<NaiveDate>,
    /// Only this status: counts, pending, rejected or void.
    #[arg(long)]
    status: Option<ContributionStatus>,
    /// Include voided contributions.
    #[arg(long)]
    all: bool,
    /// Show the latest this many.
    #[arg(long, default_value_t = 200)]
    limit: u64,
}

/// `export` options.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// contributions | allocations | balances | payouts | journal | hledger
    what: String,
    /// Output file.
    #[arg(long)]
    out: PathBuf,
    /// en (`,` and `.`) or es, ca, fr, de, it, pt, nl (`;` and `,`).
    #[arg(long, default_value = "en")]
    locale: String,
    /// Start with a byte order mark (Excel).
    #[arg(long)]
    bom: bool,
    /// Only rows dated on or after.
    #[arg(long, value_parser = date_arg)]
    from: Option<NaiveDate>,
    /// Only rows dated on or before.
    #[arg(long, value_parser = date_arg)]
    to: Option<NaiveDate>,
    /// Only this project.
    #[arg(long)]
    project: Option<String>,
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
}

/// `member` subcommands.
#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// Add a member (or a fund with --fund).
    #[command(
        after_help = "Example:\n  openvalue member add ana \"Ana Puig\" --joined 2025-01-15\n  openvalue member add commons \"Commons fund\" --fund"
    )]
    Add {
        /// Lowercase handle.
        handle: String,
        /// Name.
        name: String,
        /// A fund, not a person.
        #[arg(long)]
        fund: bool,
        /// Date joined.
        #[arg(long)]
        joined: Option<String>,
    },
    /// Mark a member as having left.
    #[command(after_help = "Example:\n  openvalue member leave ana")]
    Leave {
        /// Handle.
        handle: String,
    },
    /// Mark a member as active again.
    Rejoin {
        /// Handle.
        handle: String,
    },
    /// List members and funds.
    List,
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
    List,
}

/// `kind` subcommands.
#[derive(Debug, Subcommand)]
pub enum KindCommand {
    /// Add a kind, or a new rate version of one (with --from).
    #[command(
        after_help = "Example:\n  openvalue kind add care \"Care work\" --measure hours --rate 20\n  openvalue kind add care \"Care work\" --measure hours --rate 22 --from 2026-07-01"
    )]
    Add {
        /// Lowercase code.
        code: String,
        /// Name.
        name: String,
        /// hours | money | quantity
        #[arg(long)]
        measure: String,
        /// Unit label for quantity kinds (words).
        #[arg(long)]
        unit: Option<String>,
        /// Value per unit.
        #[arg(long)]
        rate: String,
        /// Risk factor [default: 1].
        #[arg(long)]
        multiplier: Option<String>,
        /// Valued and shown, but earns no share.
        #[arg(long)]
        gift: bool,
        /// Money owed back (measure money).
        #[arg(long)]
        reimbursable: bool,
        /// Effective from [default: the beginning].
        #[arg(long)]
        from: Option<String>,
    },
    /// List kinds and their rate history.
    List,
}

/// `revenue` subcommands.
#[derive(Debug, Subcommand)]
pub enum RevenueCommand {
    /// Record money a project received; prints its id.
    #[command(
        after_help = "Example:\n  openvalue revenue add festival 1000.00 --date 2026-06-30 --id R-2026-06"
    )]
    Add {
        /// Project code.
        project: String,
        /// Amount in the base currency.
        amount: String,
        /// Date received [default: today].
        #[arg(long, value_parser = date_arg)]
        date: Option<NaiveDate>,
        /// Your own id (else a UUID).
        #[arg(long)]
        id: Option<String>,
        /// A note.
        #[arg(long, default_value = "")]
        note: String,
    },
    /// List revenues and whether each is distributed.
    List,
}

/// `equation` subcommands.
#[derive(Debug, Subcommand)]
pub enum EquationCommand {
    /// Set a project's equation (or the ledger default) from a TOML file.
    #[command(
        after_help = "Example:\n  openvalue equation set festival festival.toml --from 2026-01-01\n  openvalue equation set --default default.toml"
    )]
    Set {
        /// Project code, then the TOML file (only the file with --default).
        #[arg(value_name = "PROJECT|FILE")]
        first: String,
        /// The TOML file.
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
        /// Set the ledger default instead of a project's.
        #[arg(long)]
        default: bool,
        /// In force from this date [default: the beginning].
        #[arg(long, value_parser = date_arg)]
        from: Option<NaiveDate>,
    },
    /// List equation versions.
    List,
}

/// Runs the CLI; returns the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match run(cli, &mut out) {
        Ok(()) => 0,
        Err(e) => {
            let _ = out.flush();
            eprintln!("error: {e}");
            1
        }
    }
}

fn open(path: &Path) -> Result<Ledger> {
    Ok(Ledger::open(path)?)
}

fn io_err(e: std::io::Error) -> Error {
    Error::Io {
        path: "stdout".into(),
        source: e,
    }
}

/// Runs one parsed command, writing its output to `out`.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<()> {
    let path = cli.ledger.clone().unwrap_or_else(default_ledger_path);
    macro_rules! say {
        ($($arg:tt)*) => { writeln!(out, $($arg)*).map_err(io_err)? };
    }
    match cli.command {
        Command::Init {
            name,
            currency,
            scale,
            approvals,
        } => {
            let currency = Currency::new(&currency, scale)
                .map_err(|e| Error::field("currency", e.to_string()))?;
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|source| Error::Io {
                    path: dir.display().to_string(),
                    source,
                })?;
            }
            Ledger::create(&path, &name, currency.clone(), approvals)?;
            say!(
                "created {} ({name}, {currency}, {approvals} approval{} required)",
                path.display(),
                if approvals == 1 { "" } else { "s" }
            );
        }
        Command::Demo { file } => {
            crate::demo::create(&file, today())?;
            say!("created demo ledger {}", file.display());
        }
        Command::Import {
            table,
            file,
            dry_run,
            ignore_unknown,
        } => {
            let mut ledger = open(&path)?;
            let summary = import::import_file(
                &mut ledger,
                table,
                &file,
                &ImportOptions {
                    dry_run,
                    ignore_unknown,
                },
                &mut |_| {},
            )?;
            say!("{summary}");
        }
        Command::Log {
            member,
            project,
            kind,
            quantity,
            date,
            note,
            id,
        } => {
            let mut ledger = open(&path)?;
            let date = date.unwrap_or_else(today).to_string();
            let id = ledger.log(&RawContribution {
                id: id.as_deref(),
                date: &date,
                member: &member,
                project: &project,
                kind: &kind,
                quantity: &quantity,
                note: Some(&note),
            })?;
            say!("{id}");
        }
        Command::List(args) => {
            let ledger = open(&path)?;
            let query = ContributionQuery {
                member: args.member,
                project: args.project,
                kind: args.kind,
                status: args.status,
                include_void: args.all,
                from: args.from,
                to: args.to,
            };
            let k = ledger.settings().approvals_required;
            let page = ledger.contribution_page(&query, 0, args.limit)?;
            // The latest LIMIT, shown oldest first as a terminal reads.
            let rows: Vec<Vec<String>> = page
                .rows
                .into_iter()
                .rev()
                .map(|c| {
                    let status = ContributionStatus::of(&c, k).as_str().to_string();
                    vec![
                        c.id,
                        c.date.to_string(),
                        c.member,
                        c.project,
                        c.kind,
                        format_trimmed(i128::from(c.quantity_e4), QUANTITY_SCALE),
                        status,
                        c.note,
                    ]
                })
                .collect();
            table(
                out,
                &[
                    "id", "date", "member", "project", "kind", "quantity", "status", "note",
                ],
                &rows,
            )?;
            if page.total > rows.len() as u64 {
                say!("(the latest {} of {}; see --limit)", rows.len(), page.total);
            }
        }
        Command::Approve { id, by } => {
            open(&path)?.review(&id, &by, Verdict::Approve, "")?;
            say!("{by} approved {id}");
        }
        Command::Reject { id, by, reason } => {
            open(&path)?.review(&id, &by, Verdict::Reject, &reason)?;
            say!("{by} rejected {id}");
        }
        Command::Correct {
            id,
            quantity,
            date,
            kind,
            note,
            void,
        } => {
            open(&path)?.correct(
                &id,
                &CorrectionInput {
                    quantity,
                    date,
                    kind,
                    note,
                    void,
                },
            )?;
            say!("{} {id}", if void { "voided" } else { "corrected" });
        }
        Command::Member(cmd) => match cmd {
            MemberCommand::Add {
                handle,
                name,
                fund,
                joined,
            } => {
                open(&path)?.add_account(&RawAccount {
                    handle: &handle,
                    name: &name,
                    joined_on: joined.as_deref(),
                    account_type: Some(if fund { "fund" } else { "member" }),
                    status: None,
                })?;
                say!("added {} {handle}", if fund { "fund" } else { "member" });
            }
            MemberCommand::Leave { handle } => {
                open(&path)?.set_account_status(&handle, Status::Left)?;
                say!("{handle} has left");
            }
            MemberCommand::Rejoin { handle } => {
                open(&path)?.set_account_status(&handle, Status::Active)?;
                say!("{handle} is active");
            }
            MemberCommand::List => {
                let catalog = open(&path)?.catalog()?;
                let rows: Vec<Vec<String>> = catalog
                    .accounts
                    .values()
                    .map(|a| {
                        vec![
                            a.handle.clone(),
                            a.name.clone(),
                            a.account_type.to_string(),
                            a.status.to_string(),
                            a.joined_on.map(|d| d.to_string()).unwrap_or_default(),
                        ]
                    })
                    .collect();
                table(out, &["handle", "name", "type", "status", "joined"], &rows)?;
            }
        },
        Command::Project(cmd) => match cmd {
            ProjectCommand::Add { code, name, parent } => {
                open(&path)?.add_project(&code, &name, parent.as_deref())?;
                say!("added project {code}");
            }
            ProjectCommand::List => {
                let catalog = open(&path)?.catalog()?;
                let rows: Vec<Vec<String>> = catalog
                    .projects
                    .values()
                    .map(|p| {
                        vec![
                            p.code.clone(),
                            p.name.clone(),
                            p.parent.clone().unwrap_or_default(),
                        ]
                    })
                    .collect();
                table(out, &["code", "name", "parent"], &rows)?;
            }
        },
        Command::Kind(cmd) => match cmd {
            KindCommand::Add {
                code,
                name,
                measure,
                unit,
                rate,
                multiplier,
                gift,
                reimbursable,
                from,
            } => {
                let gift = gift.to_string();
                let reimbursable = reimbursable.to_string();
                open(&path)?.add_kind(&RawKind {
                    code: &code,
                    name: &name,
                    measure: &measure,
                    unit: unit.as_deref(),
                    rate: &rate,
                    multiplier: multiplier.as_deref(),
                    gift: Some(&gift),
                    reimbursable: Some(&reimbursable),
                    effective_from: from.as_deref(),
                })?;
                say!(
                    "kind {code}: rate {rate}{}",
                    from.map(|f| format!(" from {f}")).unwrap_or_default()
                );
            }
            KindCommand::List => {
                let catalog = open(&path)?.catalog()?;
                let mut rows = Vec::new();
                for k in catalog.kinds.values() {
                    for v in catalog.versions.get(&k.code).into_iter().flatten() {
                        rows.push(vec![
                            k.code.clone(),
                            k.name.clone(),
                            match &k.unit {
                                Some(u) => format!("{} ({u})", k.measure),
                                None => k.measure.to_string(),
                            },
                            v.rate_text(),
                            v.multiplier_text(),
                            v.effective_from
                                .map(|d| d.to_string())
                                .unwrap_or_else(|| "beginning".into()),
                            [(k.gift, "gift"), (k.reimbursable, "reimbursable")]
                                .iter()
                                .filter(|(on, _)| *on)
                                .map(|(_, n)| *n)
                                .collect::<Vec<_>>()
                                .join(" "),
                        ]);
                    }
                }
                table(
                    out,
                    &[
                        "code",
                        "name",
                        "measure",
                        "rate",
                        "multiplier",
                        "from",
                        "flags",
                    ],
                    &rows,
                )?;
            }
        },
        Command::Revenue(cmd) => match cmd {
            RevenueCommand::Add {
                project,
                amount,
                date,
                id,
                note,
            } => {
                let mut ledger = open(&path)?;
                let date = date.unwrap_or_else(today).to_string();
                let id = ledger.add_revenue(&RawRevenue {
                    id: id.as_deref(),
                    date: &date,
                    project: &project,
                    amount: &amount,
                    currency: None,
                    note: Some(&note),
                })?;
                say!("{id}");
            }
            RevenueCommand::List => {
                let ledger = open(&path)?;
                let c = ledger.currency().clone();
                let rows: Vec<Vec<String>> = ledger
                    .revenues()?
                    .into_iter()
                    .map(|r| {
                        vec![
                            r.info.id,
                            r.info.date.to_string(),
                            r.info.project,
                            c.format(r.info.amount_minor),
                            r.distribution.unwrap_or_else(|| "not distributed".into()),
                            r.note,
                        ]
                    })
                    .collect();
                table(
                    out,
                    &["id", "date", "project", "amount", "distribution", "note"],
                    &rows,
                )?;
            }
        },
        Command::Equation(cmd) => match cmd {
            EquationCommand::Set {
                first,
                file,
                default,
                from,
            } => {
                let (project, file) = match (file, default) {
                    (Some(_), true) => {
                        return Err(Error::Refused(
                            "with --default give only the equation file, not a project".into(),
                        ))
                    }
                    (None, false) => {
                        return Err(Error::Refused(
                            "give a project code and an equation file, or --default and a file"
                                .into(),
                        ))
                    }
                    (Some(file), false) => (Some(first), file),
                    (None, true) => (None, PathBuf::from(first)),
                };
                let source = std::fs::read_to_string(&file).map_err(|source| Error::Io {
                    path: file.display().to_string(),
                    source,
                })?;
                let equation = open(&path)?.set_equation(
                    project.as_deref(),
                    from,
                    &file.display().to_string(),
                    &source,
                )?;
                say!(
                    "equation '{}' ({} buckets) set for {}{}",
                    equation.name,
                    equation.buckets.len(),
                    project.as_deref().unwrap_or("the ledger default"),
                    from.map(|d| format!(" from {d}")).unwrap_or_default()
                );
            }
            EquationCommand::List => {
                let rows: Vec<Vec<String>> = open(&path)?
                    .equations()?
                    .into_iter()
                    .map(|(p, from, name, _)| {
                        vec![
                            if p.is_empty() { "(default)".into() } else { p },
                            from.map(|d| d.to_string())
                                .unwrap_or_else(|| "beginning".into()),
                            name,
                        ]
                    })
                    .collect();
                table(out, &["project", "from", "name"], &rows)?;
            }
        },
        Command::Distribute {
            revenue,
            dry_run,
            json,
            explain,
        } => {
            let mut ledger = open(&path)?;
            let (id, plan) = if dry_run {
                (None, ledger.preview_distribution(&revenue)?)
            } else {
                let (id, plan) = ledger.commit_distribution(&revenue)?;
                (Some(id), plan)
            };
            if json {
                say!(
                    "{}",
                    serde_json::to_string_pretty(&plan.to_json())
                        .map_err(|e| Error::Export(e.to_string()))?
                );
            } else {
                print_plan(out, &plan)?;
                match &id {
                    Some(id) => say!("\ncommitted as distribution {id}"),
                    None => say!("\ndry run: nothing was written"),
                }
            }
            if let Some(member) = explain {
                let rows: Vec<Vec<String>> = ledger
                    .explain(&revenue, &member)?
                    .into_iter()
                    .map(|r| {
                        vec![
                            r.bucket,
                            r.contribution,
                            r.date.to_string(),
                            r.kind,
                            r.quantity,
                            r.rate,
                            r.multiplier,
                            r.value,
                            r.factor.unwrap_or_default(),
                        ]
                    })
                    .collect();
                say!("\ncontributions behind {member}'s weight:");
                table(
                    out,
                    &[
                        "bucket",
                        "contribution",
                        "date",
                        "kind",
                        "quantity",
                        "rate",
                        "multiplier",
                        "value",
                        "decay factor",
                    ],
                    &rows,
                )?;
            }
        }
        Command::Reverse { distribution } => {
            let revenue = open(&path)?.reverse_distribution(&distribution)?;
            say!("reversed {distribution}; revenue {revenue} can be distributed again");
        }
        Command::Pay {
            account,
            amount,
            date,
            method,
            note,
        } => {
            let id = open(&path)?.pay(
                &account,
                &amount,
                date.unwrap_or_else(today),
                &method,
                &note,
            )?;
            say!("{id}");
        }
        Command::Balances => {
            let ledger = open(&path)?;
            let c = ledger.currency().clone();
            let rows: Vec<Vec<String>> = ledger
                .balances()?
                .into_iter()
                .map(|b| {
                    vec![
                        b.account,
                        b.account_type,
                        c.format(b.earned_minor),
                        c.format(b.paid_minor),
                        c.format(b.owed_minor),
                    ]
                })
                .collect();
            table(out, &["account", "type", "earned", "paid", "owed"], &rows)?;
        }
        Command::Export(args) => {
            let ledger = open(&path)?;
            let options = ExportOptions {
                locale: Locale::parse(&args.locale).map_err(|m| Error::field("locale", m))?,
                bom: args.bom,
                from: args.from,
                to: args.to,
                project: args.project,
            };
            let rows = write_atomically(&args.out, |file| {
                if args.what == "hledger" {
                    export::export_hledger(&ledger, file, &options)
                } else {
                    let report: Report = args
                        .what
                        .parse()
                        .map_err(|m: String| Error::field("export", format!("{m}, or hledger")))?;
                    export::export_csv(&ledger, report, file, &options)
                }
            })?;
            let unit = if args.what == "hledger" {
                "transactions"
            } else {
                "rows"
            };
            say!("wrote {} ({rows} {unit})", args.out.display());
        }
        Command::Chart(cmd) => chart_command(&path, cmd, out)?,
        Command::Verify => {
            let report = open(&path)?.verify()?;
            if report.is_ok() {
                say!(
                    "OK: {} entries from {} device{}, {} contributions; every hash chain and derived table matches the journal",
                    report.entries,
                    report.devices,
                    if report.devices == 1 { "" } else { "s" },
                    report.contributions
                );
            } else {
                for p in &report.problems {
                    say!("{p}");
                }
                return Err(Error::Refused(format!(
                    "verify found {} problem{}",
                    report.problems.len(),
                    if report.problems.len() == 1 { "" } else { "s" }
                )));
            }
        }
        Command::Backup { file } => {
            open(&path)?.backup(&file)?;
            say!("backed up to {}", file.display());
        }
        Command::Settings { approvals } => {
            let mut ledger = open(&path)?;
            if let Some(k) = approvals {
                ledger.set_approvals_required(k)?;
            }
            let s = ledger.settings();
            say!(
                "{}: {}, {} approvals required",
                s.name,
                s.currency,
                s.approvals_required
            );
        }
    }
    Ok(())
}

pub use crate::fsio::write_atomically;

/// `openvalue chart …`: gather the data, draw, write the file atomically.
fn chart_command(path: &Path, cmd: ChartCommand, out: &mut dyn Write) -> Result<()> {
    use crate::chart::{self, Format};
    let file = match &cmd {
        ChartCommand::Distribution { out, .. }
        | ChartCommand::Contributions { out, .. }
        | ChartCommand::Shares { out, .. } => out.clone(),
    };
    // Checked first, so a wrong extension fails before any work.
    let format = Format::from_path(&file)?;
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.is_dir() {
            return Err(Error::field(
                "--out",
                format!(
                    "{}: the folder {} does not exist",
                    file.display(),
                    dir.display()
                ),
            ));
        }
    }
    let ledger = open(path)?;
    let drawn = match cmd {
        ChartCommand::Distribution { id, .. } => {
            let (plan, state) = ledger.plan_for_chart(&id)?;
            chart::distribution(&plan, state, format)?
        }
        ChartCommand::Contributions { project, .. } => {
            chart::contributions(&ledger.contributions_by_month(project.as_deref())?, format)?
        }
        ChartCommand::Shares { project, .. } => {
            chart::shares(&ledger.value_history(project.as_deref())?, format)?
        }
    };
    write_atomically(&file, |w| {
        w.write_all(&drawn.bytes).map_err(|source| Error::Io {
            path: file.display().to_string(),
            source,
        })
    })?;
    writeln!(
        out,
        "wrote {} ({}×{} px, {})",
        file.display(),
        drawn.width,
        drawn.height,
        match drawn.format {
            Format::Svg => "SVG",
            Format::Png => "PNG",
        }
    )
    .map_err(io_err)
}

fn print_plan(out: &mut dyn Write, plan: &crate::distribute::DistributionPlan) -> Result<()> {
    let c = &plan.currency;
    writeln!(
        out,
        "revenue {} — {} {} on {} for {} — equation '{}'",
        plan.revenue.id,
        c.format(plan.revenue.amount_minor),
        c.code,
        plan.revenue.date,
        plan.revenue.project,
        plan.equation
    )
    .map_err(io_err)?;
    let mut rows = Vec::new();
    for b in &plan.buckets {
        for l in &b.lines {
            rows.push(vec![
                b.name.clone(),
                l.recipient.clone(),
                c.format(l.amount_minor),
                l.weight.clone(),
                l.share.clone(),
            ]);
        }
    }
    table(
        out,
        &["bucket", "recipient", "amount", "weight", "share"],
        &rows,
    )?;
    writeln!(out, "\ntotals:").map_err(io_err)?;
    let totals: Vec<Vec<String>> = plan
        .totals()
        .into_iter()
        .map(|(r, a)| vec![r, c.format(a)])
        .collect();
    table(out, &["recipient", "amount"], &totals)
}

fn table(out: &mut dyn Write, headers: &[&str], rows: &[Vec<String>]) -> Result<()> {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}", w = *w))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(headers.to_vec())).map_err(io_err)?;
    for row in rows {
        writeln!(out, "{}", line(row.iter().map(String::as_str).collect())).map_err(io_err)?;
    }
    if rows.is_empty() {
        writeln!(out, "(none)").map_err(io_err)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
