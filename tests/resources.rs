//! Resource use (SPEC §14, issue 13 item 5): a use's value, quantity ×
//! rate, is split among the resource's owners at 10⁻¹¹; members' parts
//! earn from policy buckets, a fund's part is a deferred claim paid by
//! `repay` buckets. Each command runs the real binary.

mod common;

use common::Coop;

/// ana, ben, cai and the fund `commons`; cai works 1 hour at 20.00 on p;
/// the laser (10.00 an hour) is owned ana:2, ben:1, commons:1 and used
/// 3 hours (U1, value 30: 15 / 7.5 / 7.5) and 0.333 hours (U2, value 3.33:
/// 1.665 / 0.8325 / 0.8325) on p. 5 % repays claims, the rest is shared by
/// lifetime value.
fn coop() -> Coop {
    let coop = Coop::new(0);
    for (h, n) in [("ana", "Ana"), ("ben", "Ben"), ("cai", "Cai")] {
        coop.ok(&["member", "add", h, n]);
    }
    coop.ok(&["member", "add", "commons", "Commons", "--fund"]);
    coop.ok(&["project", "add", "p", "Project"]);
    coop.ok(&[
        "kind",
        "add",
        "work",
        "Work",
        "--measure",
        "hours",
        "--rate",
        "20",
    ]);
    coop.ok(&["log", "cai", "p", "work", "1", "--date", "2026-01-01"]);
    coop.ok(&[
        "resource",
        "add",
        "laser",
        "--name",
        "Laser cutter",
        "--rate",
        "10",
        "--unit",
        "hours",
        "--owner",
        "ana:2",
        "--owner",
        "ben",
        "--owner",
        "commons:1",
    ]);
    coop.ok(&[
        "use",
        "laser",
        "p",
        "3",
        "--date",
        "2026-01-05",
        "--by",
        "cai",
    ]);
    coop.ok(&["use", "laser", "p", "0.333", "--date", "2026-01-10"]);
    equation(
        &coop,
        "name = \"laser\"\n[[bucket]]\nname = \"repay\"\nshare = \"5%\"\nrepay = true\n[[bucket]]\nname = \"shares\"\nshare = \"rest\"\npolicy = \"lifetime\"\n",
    );
    for (id, date) in [
        ("R1", "2026-02-01"),
        ("R2", "2026-02-02"),
        ("R3", "2026-02-03"),
    ] {
        coop.ok(&["revenue", "add", "p", "100", "--id", id, "--date", date]);
    }
    coop
}

fn equation(coop: &Coop, toml: &str) {
    let file = coop.file("eq.toml", toml.as_bytes());
    coop.ok(&["equation", "set", "--default", file.to_str().expect("path")]);
}

/// The ids of the uses, oldest first.
fn uses(coop: &Coop) -> Vec<String> {
    coop.open()
        .resource_uses()
        .expect("uses")
        .into_iter()
        .map(|u| u.id)
        .collect()
}

fn preview(coop: &Coop, revenue: &str) -> serde_json::Value {
    serde_json::from_str(&coop.ok(&["distribute", revenue, "--dry-run", "--json"])).expect("json")
}

fn pairs(list: &serde_json::Value, a: &str, b: &str) -> Vec<(String, String)> {
    list.as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|l| {
            (
                l[a].as_str().unwrap_or_default().to_string(),
                l[b].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn bucket<'a>(plan: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    plan["buckets"]
        .as_array()
        .expect("buckets")
        .iter()
        .find(|b| b["name"] == name)
        .expect("bucket")
}

fn lines(plan: &serde_json::Value, name: &str) -> Vec<(String, String)> {
    pairs(&bucket(plan, name)["lines"], "recipient", "amount")
}

fn claims(plan: &serde_json::Value, name: &str) -> Vec<(String, String)> {
    pairs(&bucket(plan, name)["claims"], "contribution", "amount")
}

fn p(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[test]
fn a_resource_of_two_members_and_a_fund_credits_each_owner_exactly() {
    let coop = coop();
    let list = coop.ok(&["resource", "list"]);
    assert!(list.contains("ana:2, ben:1, commons:1"), "{list}");
    assert!(list.contains("ana 15, ben 7.5, commons 7.5"), "{list}");
    assert!(
        list.contains("ana 1.665, ben 0.8325, commons 0.8325"),
        "{list}"
    );
    let csv = coop.file("c.csv", b"");
    std::fs::remove_file(&csv).expect("fresh");
    coop.ok(&[
        "export",
        "contributions",
        "--out",
        csv.to_str().expect("path"),
    ]);
    let csv = std::fs::read_to_string(&csv).expect("export");
    assert!(
        csv.lines().any(|l| l.ends_with(
            ",commons,p,resource-use,0.333,quantity,10,,0.8325,counts,0,use of resource laser"
        )),
        "{csv}"
    );
    let [u1, u2] = <[String; 2]>::try_from(uses(&coop)).expect("two uses");
    let (c1, c2) = (format!("{u1}/commons"), format!("{u2}/commons"));

    // R1: 5.00 repays the fund's 7.50 claim from U1 in part; the rest,
    // 95.00, by value: ana 16.665, ben 8.3325, cai 20 (largest remainder).
    let r1 = preview(&coop, "R1");
    assert_eq!(claims(&r1, "repay"), vec![p(&c1, "5.00")]);
    assert_eq!(lines(&r1, "repay"), vec![p("commons", "5.00")]);
    assert_eq!(
        lines(&r1, "shares"),
        vec![p("ana", "35.18"), p("ben", "17.59"), p("cai", "42.23")]
    );
    coop.ok(&["distribute", "R1"]);

    // R2: U1's last 2.50, then U2's 0.83 (0.8325 floored to cents); the
    // 1.67 nobody claims moves to the rest bucket, 96.67.
    let r2 = preview(&coop, "R2");
    assert_eq!(claims(&r2, "repay"), vec![p(&c1, "2.50"), p(&c2, "0.83")]);
    assert_eq!(
        lines(&r2, "shares"),
        vec![p("ana", "35.80"), p("ben", "17.90"), p("cai", "42.97")]
    );
    coop.ok(&["distribute", "R2"]);

    // Reversing R1 reopens the 5.00 it repaid; R3 repays it.
    let d1 = coop
        .open()
        .revenue("R1")
        .expect("read")
        .expect("R1")
        .distribution
        .expect("d");
    coop.ok(&["reverse", &d1]);
    let r3 = preview(&coop, "R3");
    assert_eq!(claims(&r3, "repay"), vec![p(&c1, "5.00")]);
    coop.ok(&["distribute", "R3"]);
    // Every claim paid: R1 again repays nothing.
    let again = preview(&coop, "R1");
    assert!(
        bucket(&again, "repay")["lines"]
            .as_array()
            .is_none_or(|l| l.is_empty()),
        "{again}"
    );
    let explain = coop.ok(&["distribute", "R1", "--dry-run", "--explain", "ana"]);
    assert!(explain.contains("resource-use"), "{explain}");
    assert!(
        explain.contains("3 × 10 = 30, ana's share 2/4"),
        "{explain}"
    );
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

#[test]
fn a_kinds_list_must_name_resource_use_and_a_bad_leaver_loses_the_credits() {
    let coop = coop();
    equation(
        &coop,
        "name = \"work only\"\n[[bucket]]\nname = \"shares\"\nshare = \"rest\"\npolicy = \"lifetime\"\nkinds = [\"work\"]\n",
    );
    assert_eq!(
        lines(&preview(&coop, "R1"), "shares"),
        vec![p("cai", "100.00")]
    );
    equation(
        &coop,
        "name = \"named\"\n[[bucket]]\nname = \"shares\"\nshare = \"rest\"\npolicy = \"equal\"\nkinds = [\"resource-use\"]\n",
    );
    assert_eq!(
        lines(&preview(&coop, "R1"), "shares"),
        vec![p("ana", "50.00"), p("ben", "50.00")]
    );
    // A stage never scales them; a bad leaver's count as non-money.
    coop.ok(&[
        "member",
        "leave",
        "ben",
        "--date",
        "2026-01-20",
        "--reason",
        "bad",
    ]);
    assert_eq!(
        lines(&preview(&coop, "R1"), "shares"),
        vec![p("ana", "100.00")]
    );
}

#[test]
fn bad_resources_and_uses_are_refused_naming_what() {
    let coop = coop();
    let add = |extra: &[&str]| {
        let mut args = vec!["resource", "add", "van", "--name", "Van", "--unit", "km"];
        args.extend_from_slice(extra);
        coop.fails(&args)
    };
    let err = add(&["--rate", "1", "--owner", "anna"]);
    assert!(
        err.contains("unknown account 'anna'") && err.contains("did you mean 'ana'"),
        "{err}"
    );
    let err = add(&["--rate", "1", "--owner", "ana:0"]);
    assert!(
        err.contains("owner") && err.contains("'0' is not a whole number"),
        "{err}"
    );
    let err = add(&["--rate", "1", "--owner", "ana:1.5"]);
    assert!(err.contains("'1.5' is not a whole number"), "{err}");
    let err = add(&["--rate", "1", "--owner", "ana", "--owner", "ana:2"]);
    assert!(err.contains("'ana' is named twice"), "{err}");
    let err = add(&["--rate", "ten", "--owner", "ana"]);
    assert!(err.contains("rate"), "{err}");
    let err = add(&["--rate", "0", "--owner", "ana"]);
    assert!(err.contains("rate"), "{err}");
    let err = add(&["--rate", "1.00001", "--owner", "ana"]);
    assert!(err.contains("rate"), "{err}");
    let err = coop.fails(&[
        "resource", "add", "laser", "--name", "L", "--rate", "1", "--unit", "h", "--owner", "ana",
    ]);
    assert!(err.contains("resource 'laser' already exists"), "{err}");
    let err = coop.fails(&["use", "lazer", "p", "1"]);
    assert!(
        err.contains("unknown resource 'lazer'") && err.contains("'laser'"),
        "{err}"
    );
    let err = coop.fails(&["use", "laser", "q", "1"]);
    assert!(err.contains("unknown project 'q'"), "{err}");
    for q in ["0", "-1", "1.0001", "x"] {
        let err = coop.fails(&["use", "laser", "p", "--", q]);
        assert!(err.contains("quantity"), "{q}: {err}");
    }
    let err = coop.fails(&["use", "laser", "p", "1", "--by", "commons"]);
    assert!(err.contains("commons"), "{err}");
    let err = coop.fails(&[
        "kind",
        "add",
        "resource-use",
        "R",
        "--measure",
        "hours",
        "--rate",
        "1",
    ]);
    assert!(err.contains("resource-use"), "{err}");
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

#[test]
fn verify_finds_a_use_or_an_owner_changed_behind_openvalues_back() {
    let coop = coop();
    assert!(coop.ok(&["verify"]).starts_with("OK"));
    coop.tamper("UPDATE resource_uses SET quantity_e4 = 40000 WHERE quantity_e4 = 30000");
    let out = coop.run(&["verify"]);
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && text.contains("resource_uses"),
        "{text}"
    );
    let coop = self::coop();
    coop.tamper("UPDATE resource_owners SET share = 5 WHERE owner = 'ben'");
    let out = coop.run(&["verify"]);
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && text.contains("resource_owners"),
        "{text}"
    );
}
