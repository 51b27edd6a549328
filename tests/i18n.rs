//! Languages (SPEC §16, issue 15): the four catalogues are complete and
//! alike, every key is used, the core builds no user-visible English by
//! hand outside a short list, and the CLI speaks the environment's
//! language while its `--json` never changes.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use openvalue::i18n::{tr, Lang};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every message of a catalogue with the variables it references.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let source = lang.catalogue();
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{lang}.ftl does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern_vars(value, &mut vars);
            }
            for attribute in &m.attributes {
                pattern_vars(&attribute.value, &mut vars);
            }
            let name = m.id.name.to_string();
            assert!(
                out.insert(name.clone(), vars).is_none(),
                "{lang}: {name} twice"
            );
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_vars(arg, vars);
            }
            for arg in &arguments.named {
                inline_vars(&arg.value, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_catalogue_parses_and_has_the_same_keys_and_placeholders() {
    let english = messages(Lang::En);
    assert!(english.len() > 300, "{} messages", english.len());
    for lang in Lang::ALL {
        // fluent-bundle reads it without an error too.
        let resource = fluent_bundle::FluentResource::try_new(lang.catalogue().to_string())
            .unwrap_or_else(|(_, e)| panic!("{lang}.ftl: {e:?}"));
        let mut bundle = fluent_bundle::FluentBundle::new(vec![lang.code().parse().unwrap()]);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("{lang}.ftl: {e:?}"));
        // The help of each command and argument (`help-…`) is English's
        // doc comments: `every_command_and_argument_has_help_in_each_language`.
        let mut theirs = messages(lang);
        theirs.retain(|k, _| !k.starts_with("help-"));
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang}.ftl has keys English lacks: {extra:?}"
        );
        for (key, vars) in &english {
            assert_eq!(
                &theirs[key], vars,
                "{lang}.ftl: {key} has other placeholders"
            );
        }
    }
}

#[test]
fn french_puts_a_narrow_space_before_double_punctuation() {
    for (key, _) in messages(Lang::Fr) {
        let text = tr(Lang::Fr, &key, &[]);
        for mark in [" :", " ;", " ?", " !"] {
            assert!(
                !text.contains(mark),
                "fr {key}: plain space before '{mark}': {text}"
            );
        }
    }
}

fn files_under(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            if !matches!(name, "node_modules" | "dist" | "target" | "gen") {
                files_under(&path, exts, out);
            }
        } else if exts.iter().any(|e| name.ends_with(e)) {
            out.push(path);
        }
    }
}

/// Keys the code builds from a prefix and a producer's code: a key
/// `PREFIX + CODE` is used when `"CODE"` is a literal in that file.
const BUILT_KEYS: &[(&str, &str)] = &[
    // Refusal::message: "refusal-" + Refusal::code().
    ("refusal-", "src/refusal.rs"),
];

#[test]
fn every_key_is_used_somewhere() {
    let mut files = Vec::new();
    files_under(&root().join("src"), &[".rs"], &mut files);
    files_under(&root().join("src-tauri/src"), &[".rs"], &mut files);
    files_under(
        &root().join("ui/src"),
        &[".ts", ".svelte", ".js"],
        &mut files,
    );
    let code: String = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect::<Vec<_>>()
        .join("\n");
    let quoted = |word: &str| {
        code.contains(&format!("\"{word}\""))
            || code.contains(&format!("'{word}'"))
            || code.contains(&format!("`{word}`"))
    };
    let mut unused = Vec::new();
    for key in messages(Lang::En).keys() {
        if quoted(key) {
            continue;
        }
        let built = BUILT_KEYS.iter().any(|(prefix, file)| {
            key.strip_prefix(prefix).is_some_and(|code| {
                std::fs::read_to_string(root().join(file))
                    .is_ok_and(|text| text.contains(&format!("\"{code}\"")))
            })
        });
        if !built {
            unused.push(key.clone());
        }
    }
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}

/// User-visible English the core still builds by hand: (file, pattern,
/// how many times it may occur). Each is listed in the report of issue
/// 15 as not yet translated; a new occurrence fails this test.
const NOT_YET_TRANSLATED: &[(&str, &str, usize)] = &[
    // Library failures wrapped as text (PDF page, embedded font, values
    // too large to chart): rare and technical.
    ("src/statement.rs", "Error::Export(\"", 2),
    ("src/chart.rs", "Error::Chart(\"", 1),
    ("src/store/charts.rs", "Error::Chart(\"", 1),
    // The demo's own currency, which cannot fail.
    ("src/demo.rs", "Message::Plain(", 1),
    // Message::Plain's own definition, rendering and From<String/&str>,
    // and Problems::take and Error::field_says telling English text from a
    // message (patterns, not text).
    ("src/i18n.rs", "Message::Plain(", 4),
    ("src/validate.rs", "Message::Plain(", 1),
    ("src/error.rs", "Message::Plain(", 1),
];

/// Ways of building a user-visible message from English by hand.
const HAND_BUILT: &[&str] = &[
    "Error::Refused(format!(",
    "Error::Refused(\"",
    "NotFound(format!(",
    "NotFound(\"",
    "SignIn(format!(",
    "Error::field(",
    "Error::Export(\"",
    "Error::Chart(\"",
    "Message::Plain(",
];

/// Enums whose `#[error("…")]` English is their Display (kept for logs
/// and stored text) and whose translated rendering is in
/// `Error::message` / `Refusal::message`.
const RENDERED_ENUMS: &[&str] = &[
    "src/refusal.rs",
    "src/store/mod.rs",
    "src/event.rs",
    "src/keys.rs",
    "src/distribute.rs",
    "src/equation.rs",
    "src/import.rs",
    "src/error.rs",
    "src/money.rs",
    "src/members.rs",
    "src/split.rs",
    "src/journal.rs",
    "src/bundle.rs",
];

/// Enums with English `#[error("…")]` not rendered per language yet: their
/// text reaches the user inside a field problem or a detail. None left.
const ENGLISH_ENUMS: &[&str] = &[];

/// A file's code before its `#[cfg(test)]` module, comments left out.
fn code_of(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .take_while(|l| !l.trim_start().starts_with("#[cfg(test)]"))
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(str::trim)
        .collect::<Vec<_>>()
        // One line, so a call broken over lines reads as one.
        .join(" ")
        .replace("( ", "(")
}

#[test]
fn the_core_builds_no_english_message_by_hand_outside_the_list() {
    let mut files = Vec::new();
    files_under(&root().join("src"), &[".rs"], &mut files);
    let mut problems = Vec::new();
    for file in &files {
        let name = file
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let code = code_of(file);
        let allowed = |pattern: &str| {
            NOT_YET_TRANSLATED
                .iter()
                .filter(|(f, p, _)| *f == name && *p == pattern)
                .map(|(_, _, n)| *n)
                .sum::<usize>()
        };
        for pattern in HAND_BUILT {
            let found = code.matches(pattern).count();
            // Exact: a site translated since comes off the list too.
            if found != allowed(pattern) {
                problems.push(format!(
                    "{name}: {found} × {pattern} (allowed {})",
                    allowed(pattern)
                ));
            }
        }
        let has_error_text = code.match_indices("#[error(\"").any(|(i, _)| {
            code[i + 9..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic())
        });
        if has_error_text
            && !RENDERED_ENUMS.contains(&name.as_str())
            && !ENGLISH_ENUMS.contains(&name.as_str())
        {
            problems.push(format!(
                "{name}: #[error(\"English…\")] with no rendering per language"
            ));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn errors_render_in_every_language_and_english_is_display() {
    use openvalue::i18n::Message;
    use openvalue::store::StoreError;
    let errors: Vec<openvalue::Error> = vec![
        StoreError::Busy.into(),
        StoreError::Missing {
            path: "a.openvalue".into(),
        }
        .into(),
        openvalue::Error::NotFound(Message::new("err-not_found-epoch").arg("epoch", "'E1'")),
        openvalue::Error::NotFound(openvalue::validate::unknown_message(
            "member",
            "anna",
            ["ana".to_string()].iter(),
        )),
        openvalue::import::ImportError::Rows {
            problems: Vec::new(),
            total: 1,
        }
        .into(),
        openvalue::event::EventError::WrongPin {
            member: "ana".into(),
            left: 1,
        }
        .into(),
    ];
    // Field problems with a message: English is the old text.
    for e in [
        openvalue::money::DecimalError::Malformed { text: "1,5".into() },
        openvalue::money::DecimalError::TooManyPlaces {
            text: "1.555".into(),
            places: 3,
            max: 2,
        },
        openvalue::money::DecimalError::TooLarge { text: "9".into() },
        openvalue::money::DecimalError::AboveMaximum {
            text: "9".into(),
            max: "5".into(),
        },
        openvalue::money::DecimalError::NotPositive { text: "0".into() },
    ] {
        assert_eq!(e.message().to_string(), e.to_string());
        assert_ne!(e.message().render(Lang::Es), e.to_string());
    }
    for e in &errors {
        assert_eq!(e.message(Lang::En), e.to_string());
        for lang in [Lang::Es, Lang::Ca, Lang::Fr] {
            assert_ne!(e.message(lang), e.to_string(), "{lang}: {e}");
        }
    }
    assert_eq!(
        errors[3].message(Lang::Es),
        "miembro 'anna': no existe — ¿quería decir 'ana'?"
    );
    assert!(errors[4]
        .message(Lang::Ca)
        .ends_with("\ns'ha trobat 1 problema; no s'ha importat res"));
    assert!(errors[4]
        .message(Lang::En)
        .ends_with("… and 1 more problem\n1 problem found; nothing was imported"));
}

// ---- The CLI end to end --------------------------------------------------

fn run(coop: &common::Coop, env: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    let mut command = common::openvalue();
    for (k, v) in env {
        command.env(k, v);
    }
    command
        .arg("--ledger")
        .arg(&coop.ledger)
        .args(args)
        .output()
        .expect("run openvalue")
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_second_member_add_is_refused_in_spanish_with_the_hint() {
    let coop = common::Coop::new(0);
    let es = [("LANG", "es_ES.UTF-8")];
    let added = run(&coop, &es, &["member", "add", "ana", "Ana"]);
    assert!(added.status.success(), "{}", stderr(&added));
    assert_eq!(stdout(&added), "miembro ana añadido\n");
    let again = run(&coop, &es, &["member", "add", "ana", "Ana"]);
    assert_eq!(again.status.code(), Some(1));
    let text = stderr(&again);
    assert!(
        text.contains("error: handle: cuenta 'ana': ya existe"),
        "{text}"
    );
    assert!(
        text.contains("sugerencia: `openvalue member list`"),
        "{text}"
    );
}

#[test]
fn lc_all_wins_over_lang_and_an_empty_lc_all_is_ignored() {
    let coop = common::Coop::new(0);
    let fr = run(
        &coop,
        &[("LANG", "es_ES.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")],
        &["list", "--member", "nadie"],
    );
    assert!(
        stderr(&fr).contains("erreur\u{202f}: membre 'nadie'\u{202f}: introuvable"),
        "{}",
        stderr(&fr)
    );
    let es = run(
        &coop,
        &[("LANG", "es_ES.UTF-8"), ("LC_ALL", "")],
        &["list", "--member", "nadie"],
    );
    assert!(
        stderr(&es).contains("error: miembro 'nadie': no existe"),
        "{}",
        stderr(&es)
    );
    let ca = run(
        &coop,
        &[("LC_MESSAGES", "ca_ES.UTF-8"), ("LANG", "es_ES.UTF-8")],
        &["list", "--member", "ningu"],
    );
    assert!(
        stderr(&ca).contains("error: membre 'ningu': no existeix"),
        "{}",
        stderr(&ca)
    );
    let en = run(&coop, &[], &["list", "--member", "nobody"]);
    assert!(
        stderr(&en).contains("error: unknown member 'nobody'"),
        "{}",
        stderr(&en)
    );
}

#[test]
fn json_and_tables_numbers() {
    let coop = common::Coop::example();
    let equation = common::example("equation.toml");
    coop.ok(&["equation", "set", "--default", equation.to_str().unwrap()]);
    let json: Vec<String> = ["C", "es_ES.UTF-8", "ca_ES.UTF-8", "fr_FR.UTF-8"]
        .iter()
        .map(|lang| {
            stdout(&run(
                &coop,
                &[("LANG", lang)],
                &["distribute", "R-2026-05", "--dry-run", "--json"],
            ))
        })
        .collect();
    assert!(json[0].contains("\"revenue\""), "{}", json[0]);
    for other in &json[1..] {
        assert_eq!(other, &json[0]);
    }
    let en = stdout(&run(&coop, &[], &["balances"]));
    let es = stdout(&run(&coop, &[("LANG", "es_ES.UTF-8")], &["balances"]));
    assert!(en.starts_with("account"), "{en}");
    assert!(es.starts_with("cuenta"), "{es}");
    assert!(es.contains("ganado") && es.contains("pendiente"), "{es}");
    // Amounts: the same digits, the language's separators.
    assert!(!es.contains('.') || es.contains(','), "{es}");
}

#[test]
fn a_chart_carries_its_title_in_the_language() {
    let coop = common::Coop::example();
    let svg = coop.dir.path().join("c.svg");
    let out = run(
        &coop,
        &[("LANG", "fr_FR.UTF-8")],
        &["chart", "contributions", "--out", svg.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("écrit "), "{}", stdout(&out));
    let text = std::fs::read_to_string(&svg).unwrap();
    let all = tr(Lang::Fr, "chart-all_projects", &[]);
    let title = tr(
        Lang::Fr,
        "chart-contributions-title",
        &[("project", all.as_str().into())],
    );
    assert!(title.starts_with("Contributions par type"), "{title}");
    assert!(
        text.contains(&title.replace('\'', "&#39;")) || text.contains(&title),
        "{text}"
    );
}

#[test]
fn a_bad_date_option_is_explained_in_the_language_without_mangling() {
    let coop = common::Coop::new(0);
    let out = run(
        &coop,
        &[("LANG", "fr_FR.UTF-8")],
        &["log", "ana", "web", "hours", "2", "--date", "2026-13-01"],
    );
    assert_eq!(out.status.code(), Some(2));
    let text = stderr(&out);
    assert!(text.contains("'2026-13-01' n'est pas une date"), "{text}");
    // French apostrophes are not quotes: nothing is cut or escaped.
    assert!(
        !text.contains("characters)") && !text.contains("\\n"),
        "{text}"
    );
}

#[test]
fn an_import_s_row_problems_are_in_the_language_with_the_value_as_written() {
    let coop = common::Coop::with_work(&["ana"]);
    coop.ok(&["member", "add", "commons", "Commons", "--fund"]);
    let file = coop.file(
        "marzo.csv",
        "id;date;member;project;kind;quantity;note\n\
         C-1;01/03/2026;anna;web;work;1,5;x\n\
         C-2;02/03/2026;ana;wab;work;2;y\n\
         C-3;03/03/2026;commons;web;work;1;z\n"
            .as_bytes(),
    );
    let path = file.to_str().unwrap();
    let args = ["import", "contributions", path, "--locale", "es"];
    let es = run(&coop, &[("LANG", "es_ES.UTF-8")], &args);
    let text = stderr(&es);
    assert!(
        text.contains(":2:3: member: miembro 'anna': no existe — ¿quería decir 'ana'?"),
        "{text}"
    );
    assert!(
        text.contains(":3:4: project: proyecto 'wab': no existe"),
        "{text}"
    );
    assert!(
        text.contains("se encontraron 3 problemas; no se importó nada"),
        "{text}"
    );
    let fr = stderr(&run(&coop, &[("LANG", "fr_FR.UTF-8")], &args));
    assert!(fr.contains("'commons' est un fonds"), "{fr}");
    // English stays as it was, and nothing was imported in any language.
    let en = stderr(&run(&coop, &[], &args));
    assert!(
        en.contains("member: unknown member 'anna' — did you mean 'ana'?"),
        "{en}"
    );
    assert!(!coop.ok(&["list", "--all"]).contains("C-1"));
}

// ---- Issue 15's rest: import, equation and bundle problems -----------------

/// The CLI's stderr for `args` in each of es, ca and fr (and English).
fn in_languages(coop: &common::Coop, args: &[&str]) -> [String; 4] {
    ["C", "es_ES.UTF-8", "ca_ES.UTF-8", "fr_FR.UTF-8"].map(|lang| {
        let out = run(coop, &[("LANG", lang)], args);
        assert_eq!(out.status.code(), Some(1), "{lang}: {}", stderr(&out));
        stderr(&out)
    })
}

fn has(text: &str, part: &str) {
    assert!(text.contains(part), "'{part}' not in:\n{text}");
}

#[test]
fn a_two_digit_year_in_a_spanish_file_is_refused_in_the_language_with_the_hint() {
    let coop = common::Coop::with_work(&["ana"]);
    let file = coop.file(
        "abril.csv",
        "date;member;project;kind;quantity\n05/04/26;ana;web;work;1,5\n".as_bytes(),
    );
    let path = file.to_str().unwrap();
    let [en, es, ca, fr] =
        in_languages(&coop, &["import", "contributions", path, "--locale", "es"]);
    has(&en, "abril.csv:2:1: date: '05/04/26' has a two-digit year: write the year in full, such as 05/04/2026 (in a spreadsheet, give the column a date format with a four-digit year, DD/MM/YYYY)");
    has(&es, "abril.csv:2:1: date: '05/04/26' tiene el año con dos cifras: escriba el año completo, como 05/04/2026 (en una hoja de cálculo, dé a la columna un formato de fecha con el año de cuatro cifras, DD/MM/AAAA)");
    has(&es, "se encontró 1 problema; no se importó nada");
    has(&ca, "abril.csv:2:1: date: '05/04/26' té l'any amb dues xifres: escriviu l'any sencer, com 05/04/2026");
    has(&fr, "abril.csv:2:1: date\u{202f}: '05/04/26' a une année à deux chiffres\u{202f}: écrivez l'année en entier, comme 05/04/2026");
    has(&fr, "JJ/MM/AAAA");
}

#[test]
fn an_unclosed_quote_is_explained_in_the_language() {
    let coop = common::Coop::with_work(&["ana"]);
    let file = coop.file(
        "quote.csv",
        "date,member,project,kind,quantity,note\n\
         2026-04-01,ana,web,work,1,\"open\n\
         2026-04-02,ana,web,work,2,x\n"
            .as_bytes(),
    );
    let path = file.to_str().unwrap();
    let [en, es, ca, fr] = in_languages(&coop, &["import", "contributions", path]);
    has(&en, "quote.csv:2:6: the quote that opens this field is never closed, so the rest of the file (to line 3) would be one value: add the closing quote (\")");
    has(&es, "quote.csv:2:6: las comillas que abren este campo no se cierran nunca, así que el resto del archivo (hasta la línea 3) sería un solo valor: añada las comillas de cierre (\")");
    has(
        &ca,
        "quote.csv:2:6: les cometes que obren aquest camp no es tanquen mai",
    );
    has(
        &fr,
        "quote.csv:2:6: le guillemet qui ouvre ce champ n'est jamais fermé",
    );
    has(&fr, "ajoutez le guillemet fermant (\")");
}

#[test]
fn a_semicolon_file_without_locale_says_so_and_names_the_option_in_the_language() {
    let coop = common::Coop::with_work(&["ana"]);
    let file = coop.file(
        "puntoycoma.csv",
        "date;member;project;kind;quantity\n2026-04-01;ana;web;work;1\n".as_bytes(),
    );
    let path = file.to_str().unwrap();
    let [en, es, ca, fr] = in_languages(&coop, &["import", "contributions", path]);
    has(
        &en,
        "puntoycoma.csv:1:1: the header is separated by ';', not ','",
    );
    has(&en, "hint: `--locale es`");
    has(&es, "puntoycoma.csv:1:1: la cabecera está separada por ';', no por ',': el archivo tiene el formato de un idioma con coma decimal");
    has(&es, "sugerencia: `--locale es` (o ca, fr, de, it, pt, nl)");
    has(&ca, "la capçalera està separada per ';', no per ','");
    has(&ca, "`--locale es`");
    has(&fr, "l'en-tête est séparé par ';', pas par ','\u{202f}:");
    has(&fr, "`--locale es` (ou ca, fr, de, it, pt, nl)");
    for text in [&es, &ca, &fr] {
        assert!(!text.contains("separated by"), "{text}");
    }
}

#[test]
fn an_equation_whose_shares_do_not_total_100_is_refused_in_the_language() {
    let coop = common::Coop::with_work(&["ana"]);
    coop.ok(&["member", "add", "commons", "Commons", "--fund"]);
    let file = coop.file(
        "eq.toml",
        b"name = \"Short\"\n\n[[bucket]]\nshare = \"30%\"\nfund = \"commons\"\n\n[[bucket]]\nshare = \"60%\"\npolicy = \"lifetime\"\n",
    );
    let path = file.to_str().unwrap();
    let [en, es, ca, fr] = in_languages(&coop, &["equation", "set", "--default", path]);
    has(
        &en,
        "eq.toml:7:1: without a \"rest\" bucket the percentages must total exactly 100%, not 90%",
    );
    has(&es, "eq.toml:7:1: sin una partida \"rest\", los porcentajes deben sumar exactamente el 100 %, no el 90 %");
    has(&ca, "eq.toml:7:1: sense una partida \"rest\", els percentatges han de sumar exactament el 100 %, no el 90 %");
    has(&fr, "eq.toml:7:1: sans poste \"rest\", les pourcentages doivent totaliser exactement 100\u{202f}%, pas 90\u{202f}%");
}

#[test]
fn a_truncated_bundle_is_refused_as_damaged_in_the_language() {
    let coop = common::Coop::with_work(&["ana"]);
    let whole = coop.dir.path().join("whole.ovb");
    coop.ok(&["bundle", "export", "--out", whole.to_str().unwrap()]);
    let bytes = std::fs::read(&whole).unwrap();
    let cut = coop.file("cut.ovb", &bytes[..bytes.len() / 2]);
    let path = cut.to_str().unwrap();
    let [en, es, ca, fr] = in_languages(&coop, &["bundle", "import", path]);
    has(&en, "cut.ovb: the bundle is damaged or incomplete (its checksum does not match: it was changed or cut short on the way); nothing was changed");
    has(&es, "cut.ovb: el paquete está dañado o incompleto (su suma de comprobación no coincide: se modificó o se cortó por el camino); no se cambió nada");
    has(
        &ca,
        "cut.ovb: el paquet està malmès o incomplet (la seva suma de verificació no coincideix",
    );
    has(&fr, "cut.ovb\u{202f}: le paquet est endommagé ou incomplet (sa somme de contrôle ne correspond pas\u{202f}: il a été modifié ou tronqué en chemin)\u{202f}; rien n'a été modifié");
    // Shorter than a bundle's checksum: cut short, said so.
    let stub = coop.file("stub.ovb", &bytes[..20]);
    let [_, es, _, _] = in_languages(&coop, &["bundle", "import", stub.to_str().unwrap()]);
    has(&es, "el paquete está dañado o incompleto (está cortado)");
}

#[test]
fn sync_says_why_it_skipped_a_file_in_the_language() {
    let coop = common::Coop::with_work(&["ana"]);
    let folder = coop.dir.path().join("shared");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("x.sync-conflict-20260501-1.ovbundle"), b"copy").unwrap();
    let dir = folder.to_str().unwrap();
    let said: Vec<String> = ["C", "es_ES.UTF-8", "fr_FR.UTF-8"]
        .iter()
        .map(|lang| {
            let out = run(&coop, &[("LANG", lang)], &["sync", dir]);
            assert_eq!(out.status.code(), Some(0), "{lang}: {}", stderr(&out));
            stdout(&out)
        })
        .collect();
    has(&said[0], "a copy the sync tool made when two versions met");
    has(
        &said[1],
        "una copia que hizo la herramienta de sincronización",
    );
    has(&said[2], "une copie faite par l'outil de synchronisation");
}

// ---- clap's layer: --help and parse errors ----------------------------------

/// Every help key the command tree needs: `help-PATH` for each command,
/// `help-PATH--ID` for each argument (global ones under `openvalue`).
fn help_keys(cmd: &clap::Command, path: &str, keys: &mut BTreeSet<String>) {
    use openvalue::cli::localize::{arg_key, command_key, sub_path};
    keys.insert(command_key(path));
    for arg in cmd.get_arguments() {
        keys.insert(arg_key(path, arg.get_id().as_str()));
    }
    for sub in cmd.get_subcommands() {
        help_keys(sub, &sub_path(path, sub.get_name()), keys);
    }
}

#[test]
fn every_command_and_argument_has_help_in_each_language() {
    use clap::CommandFactory;
    let mut keys = BTreeSet::new();
    help_keys(&openvalue::cli::Cli::command(), "openvalue", &mut keys);
    assert!(keys.len() > 250, "{} help keys", keys.len());
    assert!(keys.contains("help-log--date") && keys.contains("help-member-add"));
    // English is the doc comments: one source, no copy to drift.
    let english: Vec<_> = messages(Lang::En)
        .into_keys()
        .filter(|k| k.starts_with("help-"))
        .collect();
    assert!(english.is_empty(), "en.ftl has help keys: {english:?}");
    for lang in [Lang::Es, Lang::Ca, Lang::Fr] {
        let theirs: BTreeSet<String> = messages(lang)
            .into_keys()
            .filter(|k| k.starts_with("help-"))
            .collect();
        let missing: Vec<_> = keys.difference(&theirs).collect();
        let stale: Vec<_> = theirs.difference(&keys).collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks help for {missing:?}");
        assert!(
            stale.is_empty(),
            "{lang}.ftl has help for nothing: {stale:?}"
        );
        for key in &theirs {
            assert!(!tr(lang, key, &[]).trim().is_empty(), "{lang}: {key} empty");
        }
    }
}

/// The CLI's (status, stdout, stderr) for `args` in `lang`.
fn clap_layer(lang: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let out = common::openvalue()
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .args(args)
        .output()
        .expect("run openvalue");
    (out.status.code(), stdout(&out), stderr(&out))
}

#[test]
fn help_is_in_the_language() {
    let cases = [
        (
            "es_ES.UTF-8",
            [
                "Uso:",
                "Órdenes:",
                "Opciones:",
                "Registra una aportación",
                "Muestra la ayuda",
                "Ejemplo:",
            ],
        ),
        (
            "ca_ES.UTF-8",
            [
                "Ús:",
                "Ordres:",
                "Opcions:",
                "Registra una aportació",
                "Mostra l'ajuda",
                "Exemple:",
            ],
        ),
        (
            "fr_FR.UTF-8",
            [
                "Utilisation\u{202f}:",
                "Commandes\u{202f}:",
                "Options\u{202f}:",
                "Enregistre une contribution",
                "Affiche l'aide",
                "Exemple\u{202f}:",
            ],
        ),
    ];
    for (lang, words) in cases {
        let (code, out, err) = clap_layer(lang, &["--help"]);
        assert_eq!(code, Some(0), "{lang}: {err}");
        for word in words {
            has(&out, word);
        }
        assert!(
            !out.contains("Print help") && !out.contains("Usage:"),
            "{out}"
        );
    }
    let (code, es, _) = clap_layer("es_ES.UTF-8", &["log", "--help"]);
    assert_eq!(code, Some(0));
    has(&es, "Argumentos:");
    has(&es, "Identificador del miembro");
    has(&es, "Fecha del trabajo [por defecto: hoy]");
    has(&es, "Una nota [por defecto: \"\"]");
    let (_, ca, _) = clap_layer("ca_ES.UTF-8", &["log", "--help"]);
    has(&ca, "Data de la feina [per defecte: avui]");
    let (_, fr, _) = clap_layer("fr_FR.UTF-8", &["log", "--help"]);
    has(&fr, "Date du travail [par défaut\u{202f}: aujourd'hui]");
    // Positional arguments keep their order.
    assert!(
        fr.find("<MEMBER>  ").unwrap() < fr.find("<KIND>  ").unwrap(),
        "{fr}"
    );
    // English is the doc comments, as before.
    let (code, en, _) = clap_layer("C", &["log", "--help"]);
    assert_eq!(code, Some(0));
    has(&en, "Usage: openvalue log");
    has(&en, "Date of the work [default: today]");
    has(&en, "Print help");
}

#[test]
fn parse_errors_are_in_the_language_with_exit_code_2() {
    let missing = [
        (
            "es_ES.UTF-8",
            "error: faltan estos argumentos obligatorios:",
            "Uso: openvalue log",
        ),
        (
            "ca_ES.UTF-8",
            "error: falten aquests arguments obligatoris:",
            "Ús: openvalue log",
        ),
        (
            "fr_FR.UTF-8",
            "erreur\u{202f}: ces arguments obligatoires manquent\u{202f}:",
            "Utilisation\u{202f}: openvalue log",
        ),
    ];
    for (lang, message, usage) in missing {
        let (code, _, err) = clap_layer(lang, &["log"]);
        assert_eq!(code, Some(2), "{lang}: {err}");
        has(&err, message);
        has(&err, "<QUANTITY>");
        has(&err, usage);
        assert!(
            !err.contains("required arguments were not provided"),
            "{err}"
        );
    }
    let unknown = [
        (
            "es_ES.UTF-8",
            "orden desconocida 'distrbute'",
            "sugerencia: existe una orden parecida: 'distribute'",
            "Para más información, pruebe '--help'.",
        ),
        (
            "ca_ES.UTF-8",
            "ordre desconeguda 'distrbute'",
            "suggeriment: hi ha una ordre semblant: 'distribute'",
            "Per a més informació, proveu '--help'.",
        ),
        (
            "fr_FR.UTF-8",
            "commande inconnue 'distrbute'",
            "conseil\u{202f}: une commande semblable existe\u{202f}: 'distribute'",
            "Pour plus d'informations, essayez '--help'.",
        ),
    ];
    for (lang, message, tip, more) in unknown {
        let (code, _, err) = clap_layer(lang, &["distrbute"]);
        assert_eq!(code, Some(2), "{lang}: {err}");
        has(&err, message);
        has(&err, tip);
        has(&err, more);
    }
    let invalid = [
        "kind",
        "add",
        "care",
        "Care",
        "--measure",
        "hours",
        "--valued-by",
        "pers",
    ];
    let (code, _, es) = clap_layer("es_ES.UTF-8", &invalid);
    assert_eq!(code, Some(2), "{es}");
    has(&es, "valor no válido 'pers' para '--valued-by <VALUED_BY>'");
    has(&es, "[valores posibles: peers]");
    has(&es, "sugerencia: existe un valor parecido: 'peers'");
    let (_, _, ca) = clap_layer("ca_ES.UTF-8", &["list", "--limit", "many"]);
    has(&ca, "valor no vàlid 'many' per a '--limit <LIMIT>':");
    // A value parser's own reason is in the language too.
    let (code, _, ca) = clap_layer("ca_ES.UTF-8", &["import", "socis", "x.csv"]);
    assert_eq!(code, Some(2), "{ca}");
    has(&ca, "valor no vàlid 'socis' per a '<TABLE>': 'socis' no és un fitxer que es pugui importar: feu servir members");
    let (_, _, fr) = clap_layer(
        "fr_FR.UTF-8",
        &["member", "leave", "ana", "--reason", "meh"],
    );
    has(
        &fr,
        "'meh' n'est pas un motif de départ\u{202f}: utilisez good ou bad",
    );
    let (_, _, en) = clap_layer("C", &["import", "socis", "x.csv"]);
    has(
        &en,
        "invalid value 'socis' for '<TABLE>': 'socis' is not an importable file: use members",
    );
    let (_, _, fr) = clap_layer("fr_FR.UTF-8", &["log", "--bogus"]);
    has(&fr, "argument inattendu '--bogus'");
    let (code, _, fr) = clap_layer("fr_FR.UTF-8", &["correct", "C-1", "--void", "--note", "x"]);
    assert_eq!(code, Some(2), "{fr}");
    has(&fr, "ne peut pas être utilisé avec");
    // English stays clap's own text.
    let (code, _, en) = clap_layer("C", &["distrbute"]);
    assert_eq!(code, Some(2));
    has(&en, "error: unrecognized subcommand 'distrbute'");
    has(&en, "tip: a similar subcommand exists: 'distribute'");
    has(&en, "For more information, try '--help'.");
}
