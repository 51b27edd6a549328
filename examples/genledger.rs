//! Generates a realistic, deterministic cooperative ledger as canonical CSV
//! (SPEC §5) for the benchmarks and the reliability harness.
//!
//! ```text
//! cargo run --release --example genledger -- --members 10000 --contributions 1000000 --out DIR
//! ```
//!
//! Writes `members.csv`, `projects.csv`, `kinds.csv`, `contributions.csv`,
//! `revenues.csv` and `equation.toml` into DIR. The same arguments always
//! give byte-identical files (a fixed-seed SplitMix64 generator; no clock,
//! no hash-map order), so benchmark runs compare like with like.
//!
//! What makes it realistic: member activity follows a heavy-tailed
//! distribution (a few members log most of the hours, as in real
//! cooperatives), projects have very different sizes, members join over the
//! years and some leave, kinds include hours, money, quantities, a gift
//! kind and a reimbursable one, two kinds change rate mid-way (so the
//! version in force matters), notes are short free text (some with commas
//! and quotes), and every project earns a revenue each quarter.

use std::fmt::Write as _;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{Datelike, Days, NaiveDate};

#[path = "../tests/common/rng.rs"]
mod rng;
use rng::Rng;

/// An index drawn by integer weights (cumulative table).
fn pick(rng: &mut Rng, cumulative: &[u64]) -> usize {
    let total = *cumulative.last().unwrap_or(&1);
    let x = rng.below(total);
    cumulative.partition_point(|&c| c <= x)
}

fn cumulative(weights: impl IntoIterator<Item = u64>) -> Vec<u64> {
    let mut sum = 0;
    weights
        .into_iter()
        .map(|w| {
            sum += w;
            sum
        })
        .collect()
}

struct Options {
    members: u64,
    contributions: u64,
    years: u32,
    seed: u64,
    out: PathBuf,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        members: 10_000,
        contributions: 1_000_000,
        years: 5,
        seed: 2026,
        out: PathBuf::from("bench-data"),
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        let number = |text: String| {
            text.replace('_', "")
                .parse::<u64>()
                .map_err(|e| format!("{flag}: {e}"))
        };
        match flag.as_str() {
            "--members" => options.members = number(value()?)?.max(2),
            "--contributions" => options.contributions = number(value()?)?,
            "--years" => options.years = number(value()?)?.clamp(1, 30) as u32,
            "--seed" => options.seed = number(value()?)?,
            "--out" => options.out = PathBuf::from(value()?),
            "-h" | "--help" => {
                return Err("usage: genledger [--members N] [--contributions M] [--years Y] [--seed S] --out DIR".into())
            }
            other => return Err(format!("unknown argument '{other}'; see --help")),
        }
    }
    Ok(options)
}

const GIVEN: &[&str] = &[
    "Ana", "Ben", "Carme", "Dani", "Eli", "Fatou", "Gil", "Hana", "Ibai", "Jana", "Kofi", "Lea",
    "Marc", "Nuria", "Oriol", "Pau", "Quim", "Rosa", "Sara", "Toni", "Uxue", "Vera", "Wen", "Xavi",
    "Yara", "Zoe",
];
const FAMILY: &[&str] = &[
    "Puig", "Okafor", "Vidal", "Ferrer", "Garcia", "Diallo", "Serra", "Novak", "Costa", "Rossi",
    "Martin", "Haddad", "Sato", "Silva", "Moreau", "Nilsen", "Kowalski", "Mensah", "Roca", "Bauer",
];

/// (code, name, parent, weight of contributions, revenue per quarter in cents)
const PROJECTS: &[(&str, &str, &str, u64, u64)] = &[
    ("platform", "Delivery platform", "", 70, 9_000_000),
    ("bakery", "Community bakery", "", 9, 1_800_000),
    ("translation", "Translation collective", "", 7, 1_200_000),
    ("festival", "Summer festival", "", 6, 2_500_000),
    ("festival-kids", "Kids corner", "festival", 2, 300_000),
    ("garden", "Urban garden", "", 4, 250_000),
    ("repair", "Repair cafe", "", 2, 150_000),
];

struct KindSpec {
    code: &'static str,
    name: &'static str,
    measure: &'static str,
    unit: &'static str,
    /// (rate, multiplier, effective_from year offset or None)
    versions: &'static [(&'static str, &'static str, Option<u32>)],
    gift: bool,
    reimbursable: bool,
    weight: u64,
}

const KINDS: &[KindSpec] = &[
    KindSpec {
        code: "work",
        name: "Paid work",
        measure: "hours",
        unit: "",
        versions: &[
            ("25", "1", None),
            ("28", "1", Some(2)),
            ("30.5", "1", Some(4)),
        ],
        gift: false,
        reimbursable: false,
        weight: 55,
    },
    KindSpec {
        code: "care",
        name: "Care work",
        measure: "hours",
        unit: "",
        versions: &[("25", "1.2", None), ("28", "1.25", Some(3))],
        gift: false,
        reimbursable: false,
        weight: 18,
    },
    KindSpec {
        code: "volunteer",
        name: "Volunteer hours",
        measure: "hours",
        unit: "",
        versions: &[("15", "1", None)],
        gift: true,
        reimbursable: false,
        weight: 8,
    },
    KindSpec {
        code: "cash",
        name: "Cash invested",
        measure: "money",
        unit: "",
        versions: &[("1", "4", None)],
        gift: false,
        reimbursable: false,
        weight: 2,
    },
    KindSpec {
        code: "expense",
        name: "Expenses paid",
        measure: "money",
        unit: "",
        versions: &[("1", "1", None)],
        gift: false,
        reimbursable: true,
        weight: 5,
    },
    KindSpec {
        code: "words",
        name: "Words translated",
        measure: "quantity",
        unit: "words",
        versions: &[("0.08", "1", None), ("0.09", "1", Some(3))],
        gift: false,
        reimbursable: false,
        weight: 12,
    },
];

const NOTES: &[&str] = &[
    "",
    "",
    "",
    "shift",
    "stage set-up",
    "kids corner afternoon",
    "bookkeeping",
    "delivery round",
    "night shift, bar",
    "meeting minutes",
    "repair of the van",
    "translation draft",
    "proofreading, chapter 3",
    "bread for the market",
    "\"urgent\" order",
    "coordination call",
    "watering",
];

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("genledger: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let o = parse_args()?;
    std::fs::create_dir_all(&o.out).map_err(|e| format!("{}: {e}", o.out.display()))?;
    let start = NaiveDate::from_ymd_opt(2021, 1, 1).ok_or("bad start date")?;
    let end_year = 2021 + o.years as i32;
    let end = NaiveDate::from_ymd_opt(end_year, 1, 1).ok_or("bad end date")? - Days::new(1);
    let span_days = (end - start).num_days() as u64 + 1;
    let mut rng = Rng(o.seed);
    let file = |name: &str| -> Result<BufWriter<std::fs::File>, String> {
        let path = o.out.join(name);
        std::fs::File::create(&path)
            .map(|f| BufWriter::with_capacity(1 << 20, f))
            .map_err(|e| format!("{}: {e}", path.display()))
    };
    let io = |e: std::io::Error| e.to_string();

    // Members: join dates spread over the years (most early), 6% have left.
    let width = o.members.to_string().len().max(4);
    let mut joined: Vec<u64> = Vec::with_capacity(o.members as usize);
    let mut members = file("members.csv")?;
    writeln!(members, "handle,name,joined_on,type,status").map_err(io)?;
    for i in 0..o.members {
        let offset = if i < o.members / 10 {
            0
        } else {
            // Skewed toward the first years: the square of a uniform.
            let u = rng.below(1 << 16);
            ((((u * u) >> 16) * span_days * 3 / 4) >> 16).min(span_days - 1)
        };
        joined.push(offset);
        let name = format!(
            "{} {}",
            GIVEN[rng.below(GIVEN.len() as u64) as usize],
            FAMILY[rng.below(FAMILY.len() as u64) as usize]
        );
        let status = if rng.below(100) < 6 { "left" } else { "active" };
        writeln!(
            members,
            "m{i:0width$},{name},{},member,{status}",
            start + Days::new(offset)
        )
        .map_err(io)?;
    }
    writeln!(members, "commons,Commons fund,{start},fund,active").map_err(io)?;
    writeln!(members, "reserve,Reserve fund,{start},fund,active").map_err(io)?;
    members.flush().map_err(io)?;

    let mut projects = file("projects.csv")?;
    writeln!(projects, "code,name,parent").map_err(io)?;
    for (code, name, parent, _, _) in PROJECTS {
        writeln!(projects, "{code},{name},{parent}").map_err(io)?;
    }
    projects.flush().map_err(io)?;

    let mut kinds = file("kinds.csv")?;
    writeln!(
        kinds,
        "code,name,measure,unit,rate,multiplier,gift,reimbursable,effective_from"
    )
    .map_err(io)?;
    for k in KINDS {
        for (rate, multiplier, from) in k.versions {
            let from = from
                .map(|y| format!("{}-01-01", 2021 + y as i32))
                .unwrap_or_default();
            writeln!(
                kinds,
                "{},{},{},{},{rate},{multiplier},{},{},{from}",
                k.code, k.name, k.measure, k.unit, k.gift, k.reimbursable
            )
            .map_err(io)?;
        }
    }
    kinds.flush().map_err(io)?;

    // Activity: member i's weight ~ 1/(rank+10) (Zipf-like), ranks shuffled
    // so handles do not reveal activity.
    let mut ranks: Vec<u64> = (0..o.members).collect();
    for i in (1..ranks.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        ranks.swap(i, j);
    }
    let member_weights = cumulative(ranks.iter().map(|r| 1_000_000_000 / (r + 10)));
    let project_weights = cumulative(PROJECTS.iter().map(|p| p.3));
    let kind_weights = cumulative(KINDS.iter().map(|k| k.weight));

    let mut contributions = file("contributions.csv")?;
    writeln!(contributions, "id,date,member,project,kind,quantity,note").map_err(io)?;
    let mut line = String::with_capacity(128);
    for n in 0..o.contributions {
        let m = pick(&mut rng, &member_weights);
        let p = pick(&mut rng, &project_weights);
        let k = &KINDS[pick(&mut rng, &kind_weights)];
        // A date on or after the member joined.
        let first = joined[m];
        let day = first + rng.below(span_days - first);
        let date = start + Days::new(day);
        let quantity = match k.measure {
            // 0.25 h to 8 h in quarter hours.
            "hours" => {
                let q = 1 + rng.below(32);
                format!("{}.{:02}", q / 4, (q % 4) * 25)
            }
            // 5.00 to 2000.00 with cents.
            "money" => {
                let cents = 500 + rng.below(199_501);
                format!("{}.{:02}", cents / 100, cents % 100)
            }
            _ => (100 + rng.below(4_900)).to_string(),
        };
        let note = NOTES[rng.below(NOTES.len() as u64) as usize];
        line.clear();
        let _ = write!(
            line,
            "C{n:07},{date},m{m:0width$},{},{},{quantity},",
            PROJECTS[p].0, k.code
        );
        if note.contains([',', '"']) {
            let _ = write!(line, "\"{}\"", note.replace('"', "\"\""));
        } else {
            line.push_str(note);
        }
        line.push('\n');
        contributions.write_all(line.as_bytes()).map_err(io)?;
    }
    contributions.flush().map_err(io)?;

    // One revenue per project per quarter, on the quarter's last day, ±25%.
    let mut revenues = file("revenues.csv")?;
    writeln!(revenues, "id,date,project,amount,currency,note").map_err(io)?;
    for year in 2021..end_year {
        for quarter in 1..=4u32 {
            let last = NaiveDate::from_ymd_opt(year, quarter * 3, 1)
                .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
                .ok_or("bad quarter")?
                - Days::new(1);
            for (code, _, _, _, base) in PROJECTS {
                let cents = base * (75 + rng.below(51)) / 100;
                writeln!(
                    revenues,
                    "R-{code}-{}-Q{quarter},{last},{code},{}.{:02},EUR,quarter {quarter} of {}",
                    last.year(),
                    cents / 100,
                    cents % 100,
                    last.year()
                )
                .map_err(io)?;
            }
        }
    }
    revenues.flush().map_err(io)?;

    std::fs::write(
        o.out.join("equation.toml"),
        r#"name = "Cooperative default"

[[bucket]]
name = "Commons fund"
share = "5%"
fund = "commons"

[[bucket]]
name = "Expenses"
share = "15%"
reimburse = true

[[bucket]]
name = "Contributors"
share = "rest"
policy = "lifetime"
"#,
    )
    .map_err(io)?;
    eprintln!(
        "genledger: {} members, {} contributions over {} years, {} projects, {} revenues in {}",
        o.members,
        o.contributions,
        o.years,
        PROJECTS.len(),
        PROJECTS.len() as u32 * 4 * o.years,
        o.out.display()
    );
    Ok(())
}
