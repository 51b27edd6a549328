//! Charts (SPEC §9): each chart shows the numbers the tables show (read
//! back from the SVG's text), PNGs decode at the size reported, text is set
//! in the embedded font, 30 members stay readable, and every user error is
//! a clear message, never a panic.
//!
//! The PNGs drawn here are also left in `target/tmp/charts/` for a person
//! to look at.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use chrono::NaiveDate;
use openvalue::chart::{self, Chart, Format, PlanState};
use openvalue::export::{self, ExportOptions, Report};
use openvalue::money::Currency;
use openvalue::store::Ledger;
use openvalue::validate::{RawAccount, RawContribution, RawKind, RawRevenue};

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn demo(dir: &Path) -> Ledger {
    openvalue::demo::create(&dir.join("demo.openvalue"), date("2026-06-30")).unwrap()
}

/// The text of every `<text>` element, unescaped.
fn svg_texts(chart: &Chart) -> Vec<String> {
    assert_eq!(chart.format, Format::Svg);
    let svg = std::str::from_utf8(&chart.bytes).unwrap();
    svg.split("<text")
        .skip(1)
        .map(|part| {
            let body = &part[part.find('>').unwrap() + 1..part.find("</text>").unwrap()];
            body.trim()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&")
        })
        .collect()
}

fn has_text(texts: &[String], wanted: &str) -> bool {
    texts.iter().any(|t| t == wanted)
}

fn contains_text(texts: &[String], wanted: &str) -> bool {
    texts.iter().any(|t| t.contains(wanted))
}

/// Decodes a PNG: (width, height, RGB pixels).
fn decode_png(chart: &Chart) -> (u32, u32, Vec<u8>) {
    assert_eq!(chart.format, Format::Png);
    let decoder = png::Decoder::new(std::io::Cursor::new(&chart.bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!(info.color_type, png::ColorType::Rgb);
    pixels.truncate(info.buffer_size());
    (info.width, info.height, pixels)
}

/// Keeps a PNG for a person to look at; returns its path.
fn keep(name: &str, chart: &Chart) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("charts");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, &chart.bytes).unwrap();
    path
}

/// Checks the PNG twin of an SVG chart: same size, decodes, and the title
/// (top left) really has dark text pixels drawn with the embedded font.
fn check_png(name: &str, png: &Chart, svg: &Chart) {
    keep(name, png);
    let (w, h, pixels) = decode_png(png);
    assert_eq!((w, h), (png.width, png.height), "{name}: decoded size");
    assert_eq!(
        (w, h),
        (svg.width, svg.height),
        "{name}: same size as the SVG"
    );
    let dark = (10..50)
        .flat_map(|y| (20..400).map(move |x| (x, y)))
        .filter(|(x, y)| {
            let i = ((y * w + x) * 3) as usize;
            pixels[i] < 100 && pixels[i + 1] < 100 && pixels[i + 2] < 100
        })
        .count();
    assert!(
        dark > 300,
        "{name}: the title has {dark} dark pixels: no text drawn?"
    );
}

#[test]
fn svg_text_uses_the_embedded_font_family() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = demo(dir.path());
    let data = ledger.contributions_by_month(None).unwrap();
    let svg = chart::contributions(&data, Format::Svg).unwrap();
    let text = String::from_utf8(svg.bytes).unwrap();
    assert!(text.starts_with("<svg"));
    let families: std::collections::BTreeSet<&str> = text
        .split("font-family=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    assert_eq!(
        families.into_iter().collect::<Vec<_>>(),
        vec![chart::FONT_FAMILY]
    );
    assert!(chart::FONT_FAMILY.starts_with("DejaVu Sans"));
}

#[test]
fn distribution_chart_shows_every_recipient_total_and_bucket_amount() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = demo(dir.path());
    let c = ledger.currency().clone();
    // A committed distribution (by revenue id) and a preview.
    for (revenue, state) in [
        ("R-festival-1", PlanState::Committed),
        ("R-translation-2", PlanState::Preview),
    ] {
        let (plan, found_state) = ledger.plan_for_chart(revenue).unwrap();
        assert_eq!(found_state, state);
        let svg = chart::distribution(&plan, state, Format::Svg).unwrap();
        let texts = svg_texts(&svg);
        assert!(contains_text(&texts, revenue), "{revenue} in the title");
        for (recipient, amount) in plan.totals() {
            assert!(has_text(&texts, &recipient), "{recipient} labelled");
            assert!(
                has_text(&texts, &chart::money_text(amount, &c)),
                "{recipient}'s {amount}"
            );
        }
        for bucket in &plan.buckets {
            let label = format!(
                "{}: {} EUR",
                bucket.name,
                chart::money_text(bucket.amount_minor, &c)
            );
            assert!(has_text(&texts, &label), "legend {label}");
        }
        assert!(has_text(&texts, "Amount (EUR)"), "currency on the axis");
        let png = chart::distribution(&plan, state, Format::Png).unwrap();
        check_png(&format!("distribution-{revenue}.png"), &png, &svg);
        assert_eq!(png.width, 1200);
    }
    // The same numbers as `distribute --json` prints.
    let dist = ledger
        .revenue("R-hardware-1")
        .unwrap()
        .unwrap()
        .distribution
        .unwrap();
    let (plan, state) = ledger.plan_for_chart(&dist).unwrap();
    assert_eq!(state, PlanState::Committed);
    let texts = svg_texts(&chart::distribution(&plan, state, Format::Svg).unwrap());
    for total in plan.to_json()["totals"].as_array().unwrap() {
        assert!(has_text(&texts, total["amount"].as_str().unwrap()));
    }
    // A bar of several buckets shows each line inside its segment (where it
    // fits: here every line of at least 1/8 of the largest total does).
    let largest = plan.totals().iter().map(|(_, a)| *a).max().unwrap();
    let mut several = 0;
    for (recipient, _) in plan.totals() {
        let lines: Vec<i64> = plan
            .buckets
            .iter()
            .flat_map(|b| &b.lines)
            .filter(|l| l.recipient == recipient && l.amount_minor > 0)
            .map(|l| l.amount_minor)
            .collect();
        if lines.len() > 1 {
            several += 1;
            for amount in lines.into_iter().filter(|a| a * 8 >= largest) {
                assert!(
                    has_text(&texts, &chart::money_text(amount, &c)),
                    "{recipient}: {amount}"
                );
            }
        }
    }
    assert!(
        several > 0,
        "the demo's hardware split has members in two buckets"
    );
}

/// Σ value per key of the contributions export rows whose status passes
/// `keep`, at the currency's scale: the table the charts must agree with.
fn table_values(
    ledger: &Ledger,
    project: Option<&str>,
    key: &str,
    keep: impl Fn(&csv::StringRecord, &csv::StringRecord) -> bool,
) -> BTreeMap<String, i128> {
    let mut out = Vec::new();
    let options = ExportOptions {
        project: project.map(str::to_string),
        ..Default::default()
    };
    export::export_csv(ledger, Report::Contributions, &mut out, &options).unwrap();
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let headers = reader.headers().unwrap().clone();
    let key_col = headers.iter().position(|h| h == key).unwrap();
    let value_col = headers.iter().position(|h| h == "value").unwrap();
    let mut sums = BTreeMap::new();
    for record in reader.records() {
        let r = record.unwrap();
        if !keep(&headers, &r) {
            continue;
        }
        // value is exact decimal text; scale it to 10^11 as the ledger does.
        let (int, frac) = r[value_col].split_once('.').unwrap_or((&r[value_col], ""));
        let value: i128 = format!("{int}{frac:0<11}").parse().unwrap();
        *sums.entry(r[key_col].to_string()).or_default() += value;
    }
    sums
}

fn column<'a>(headers: &csv::StringRecord, r: &'a csv::StringRecord, name: &str) -> &'a str {
    &r[headers.iter().position(|h| h == name).unwrap()]
}

#[test]
fn contributions_chart_shows_each_kind_total_as_the_contributions_table_sums_it() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = demo(dir.path());
    let c = ledger.currency().clone();
    for project in [None, Some("hardware")] {
        let data = ledger.contributions_by_month(project).unwrap();
        let table = table_values(&ledger, project, "kind", |h, r| {
            !matches!(column(h, r, "status"), "void" | "rejected")
        });
        let from_chart: BTreeMap<String, i128> = data
            .kinds
            .iter()
            .map(|k| (k.code.clone(), k.total()))
            .collect();
        assert_eq!(from_chart, table, "{project:?}");
        let svg = chart::contributions(&data, Format::Svg).unwrap();
        let texts = svg_texts(&svg);
        for k in &data.kinds {
            let label = format!("{}: {} EUR", k.name, chart::value_text(k.total(), &c));
            assert!(has_text(&texts, &label), "legend {label}");
        }
        assert!(has_text(&texts, "Value (EUR)"), "currency on the axis");
        let first = data.months.first().unwrap().format("%Y-%m").to_string();
        assert!(has_text(&texts, &first), "month {first} labelled");
        let png = chart::contributions(&data, Format::Png).unwrap();
        check_png(
            &format!("contributions-{}.png", project.unwrap_or("all")),
            &png,
            &svg,
        );
        assert_eq!(png.width, 1200);
    }
}

#[test]
fn shares_chart_shows_final_values_and_shares_as_the_contributions_table_sums_them() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = demo(dir.path());
    let c = ledger.currency().clone();
    let catalog = ledger.catalog().unwrap();
    let data = ledger.value_history(None).unwrap();
    // What earns a share: counted contributions of kinds neither gift nor
    // reimbursable (approvals_required is 0 in the demo, so "counts").
    let table = table_values(&ledger, None, "member", |h, r| {
        let kind = &catalog.kinds[column(h, r, "kind")];
        column(h, r, "status") == "counts" && !kind.gift && !kind.reimbursable
    });
    let from_chart: BTreeMap<String, i128> = data
        .members
        .iter()
        .map(|m| (m.handle.clone(), m.last()))
        .collect();
    assert_eq!(from_chart, table);
    let total: i128 = table.values().sum();
    let svg = chart::shares(&data, Format::Svg).unwrap();
    let texts = svg_texts(&svg);
    for (i, m) in data.members.iter().enumerate() {
        if i < chart::MAX_HIGHLIGHTED {
            assert!(
                contains_text(&texts, &format!("{} — ", m.handle)),
                "{}",
                m.handle
            );
            let numbers = format!(
                "{} EUR · {}",
                chart::value_text(m.last(), &c),
                chart::percent_text(m.last(), total)
            );
            assert!(has_text(&texts, &numbers), "{numbers}");
        }
    }
    let others = data.members.len() - chart::MAX_HIGHLIGHTED;
    assert!(has_text(&texts, &format!("{others} other members")));
    assert!(has_text(&texts, "Cumulative value (EUR)"));
    let png = chart::shares(&data, Format::Png).unwrap();
    check_png("shares-all.png", &png, &svg);
    assert_eq!((png.width, png.height), (1200, 980));
}

/// A cooperative of 30 members with long names, all paid by one revenue.
fn thirty_members(dir: &Path) -> Ledger {
    let eur = Currency::new("EUR", None).unwrap();
    let mut l = Ledger::create(&dir.join("big.openvalue"), "Big coop", eur, 0).unwrap();
    let handles: Vec<String> = (0..30).map(|i| format!("member-{i:02}-llarg")).collect();
    for (i, h) in handles.iter().enumerate() {
        let name = format!("Maria Montserrat de la Font i Vilanova {i}");
        l.add_account(
            &RawAccount {
                handle: h,
                name: &name,
                ..Default::default()
            }
            .input()
            .expect("valid input"),
        )
        .unwrap();
    }
    l.add_account(
        &RawAccount {
            handle: "commons",
            name: "Commons",
            account_type: Some("fund"),
            ..Default::default()
        }
        .input()
        .expect("valid input"),
    )
    .unwrap();
    l.add_project("p", "P", None).unwrap();
    l.add_kind(
        &RawKind {
            code: "work",
            name: "Work",
            measure: "hours",
            rate: "20",
            ..Default::default()
        }
        .input()
        .expect("valid input"),
    )
    .unwrap();
    for (i, h) in handles.iter().enumerate() {
        for month in 1..=6 {
            let day = format!("2026-{month:02}-1{}", i % 9);
            let quantity = format!("{}", 1 + (i * 7 + month) % 13);
            l.log(
                &RawContribution {
                    date: &day,
                    member: h,
                    project: "p",
                    kind: "work",
                    quantity: &quantity,
                    ..Default::default()
                }
                .input()
                .expect("valid input"),
            )
            .unwrap();
        }
    }
    l.set_equation(
        None,
        None,
        "eq.toml",
        "name = \"Split\"\n[[bucket]]\nshare = \"10%\"\nfund = \"commons\"\n[[bucket]]\nshare = \"rest\"\npolicy = \"lifetime\"\n",
    )
    .unwrap();
    l.add_revenue(
        &RawRevenue {
            id: Some("R-big"),
            date: "2026-07-01",
            project: "p",
            amount: "12345.67",
            ..Default::default()
        }
        .input()
        .expect("valid input"),
    )
    .unwrap();
    l.commit_distribution("R-big").unwrap();
    l
}

#[test]
fn thirty_members_get_one_labelled_row_each_and_a_short_legend() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = thirty_members(dir.path());
    let (plan, state) = ledger.plan_for_chart("R-big").unwrap();
    let svg = chart::distribution(&plan, state, Format::Svg).unwrap();
    let texts = svg_texts(&svg);
    for (recipient, amount) in plan.totals() {
        assert!(has_text(&texts, &recipient));
        assert!(has_text(&texts, &chart::money_text(amount, &plan.currency)));
    }
    // One bar row of at least 30 px per recipient: labels cannot overlap.
    assert!(svg.height >= 30 * 31);
    let png = chart::distribution(&plan, state, Format::Png).unwrap();
    check_png("distribution-30-members.png", &png, &svg);

    let data = ledger.value_history(None).unwrap();
    let svg = chart::shares(&data, Format::Svg).unwrap();
    let texts = svg_texts(&svg);
    let legend_names = texts.iter().filter(|t| t.contains(" — ")).count();
    // 7 highlighted members (+ the title's dash), the rest summed in one entry.
    assert_eq!(legend_names, chart::MAX_HIGHLIGHTED + 1);
    assert!(has_text(&texts, "23 other members"));
    let png = chart::shares(&data, Format::Png).unwrap();
    check_png("shares-30-members.png", &png, &svg);
}

#[test]
fn an_empty_ledger_draws_a_message_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let eur = Currency::new("EUR", None).unwrap();
    let ledger = Ledger::create(&dir.path().join("e.openvalue"), "Empty", eur, 0).unwrap();
    for format in [Format::Svg, Format::Png] {
        let c =
            chart::contributions(&ledger.contributions_by_month(None).unwrap(), format).unwrap();
        let s = chart::shares(&ledger.value_history(None).unwrap(), format).unwrap();
        if format == Format::Svg {
            assert!(has_text(&svg_texts(&c), "No contributions to show yet."));
            assert!(has_text(
                &svg_texts(&s),
                "No contributions that earn a share yet."
            ));
        } else {
            assert_eq!(decode_png(&c).0, 1200);
            assert_eq!(decode_png(&s).0, 1200);
        }
    }
}

fn cli(ledger: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("openvalue")
        .unwrap()
        .env_remove("OPENVALUE_LEDGER")
        .arg("--ledger")
        .arg(ledger)
        .args(args)
        .output()
        .unwrap()
}

fn cli_error(ledger: &Path, args: &[&str]) -> String {
    let out = cli(ledger, args);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(1), "{args:?} should fail: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

#[test]
fn cli_writes_svg_and_png_and_reports_size() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = demo(dir.path());
    let path = ledger.path().to_path_buf();
    drop(ledger);
    for (args, name) in [
        (vec!["chart", "distribution", "R-festival-1"], "d"),
        (vec!["chart", "contributions", "--project", "festival"], "c"),
        (vec!["chart", "shares"], "s"),
    ] {
        for ext in ["svg", "png"] {
            let out = dir.path().join(format!("{name}.{ext}"));
            let mut args = args.clone();
            args.extend(["--out", out.to_str().unwrap()]);
            let run = cli(&path, &args);
            assert!(
                run.status.success(),
                "{}",
                String::from_utf8_lossy(&run.stderr)
            );
            let stdout = String::from_utf8(run.stdout).unwrap();
            assert!(stdout.starts_with("wrote "), "{stdout}");
            let bytes = std::fs::read(&out).unwrap();
            if ext == "png" {
                assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
                let info = png::Decoder::new(std::io::Cursor::new(&bytes))
                    .read_info()
                    .unwrap()
                    .info()
                    .clone();
                assert!(stdout.contains(&format!("{}×{} px, PNG", info.width, info.height)));
            } else {
                assert!(bytes.starts_with(b"<svg"));
            }
        }
    }
}

#[test]
fn cli_errors_are_clear_messages() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = demo(dir.path());
    let path = ledger.path().to_path_buf();
    drop(ledger);
    let svg = dir.path().join("x.svg");
    let svg = svg.to_str().unwrap();
    let e = cli_error(&path, &["chart", "distribution", "R-nope", "--out", svg]);
    assert!(
        e.contains("no revenue or distribution with id 'R-nope'"),
        "{e}"
    );
    let e = cli_error(&path, &["chart", "shares", "--out", "chart.jpg"]);
    assert!(
        e.contains("chart.jpg: unknown image format '.jpg'; end the file name in .svg or .png"),
        "{e}"
    );
    let e = cli_error(&path, &["chart", "shares", "--out", "chart"]);
    assert!(e.contains("has no extension"), "{e}");
    let e = cli_error(
        &path,
        &[
            "chart",
            "contributions",
            "--project",
            "festivl",
            "--out",
            svg,
        ],
    );
    assert!(e.contains("festivl") && e.contains("festival"), "{e}");
    let missing_dir = dir.path().join("no/such/dir/x.png");
    let e = cli_error(
        &path,
        &["chart", "shares", "--out", missing_dir.to_str().unwrap()],
    );
    assert!(e.contains("x.png") && e.contains("does not exist"), "{e}");
    assert!(
        !svg.is_empty() && !Path::new(svg).exists(),
        "nothing written on error"
    );
}
