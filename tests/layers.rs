//! The layers a newcomer can trust (STYLE.md, issue 10): pure modules
//! touch no SQLite, files or the store; the store knows nothing of charts
//! or the command line; the desktop shell never imports the CLI. A wrong
//! import fails here, naming the file and the line.

use std::path::Path;

/// Pure data and rules: no IO of any kind.
const PURE: &[&str] = &[
    "money.rs",
    "split.rs",
    "model.rs",
    "validate.rs",
    "equation.rs",
    "distribute.rs",
    "journal.rs",
    "catalog.rs",
    "refusal.rs",
    "report.rs",
    "text.rs",
    "csvformat.rs",
];

fn code_lines(path: &Path) -> Vec<(usize, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim().to_string()))
        // Doc comments may name other layers; code may not.
        .filter(|(_, l)| !l.starts_with("//"))
        .collect()
}

fn forbid(path: &Path, words: &[&str], problems: &mut Vec<String>) {
    for (n, line) in code_lines(path) {
        for w in words {
            if line.contains(w) {
                problems.push(format!("{}:{n}: uses {w}: {line}", path.display()));
            }
        }
    }
}

fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

#[test]
fn each_layer_imports_only_what_it_may() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("src");
    let mut problems = Vec::new();
    for file in PURE {
        forbid(
            &src.join(file),
            &[
                "crate::store",
                "rusqlite",
                "std::fs",
                "crate::cli",
                "crate::import",
                "crate::export",
                "crate::fsio",
            ],
            &mut problems,
        );
    }
    for file in rust_files(&src.join("store")) {
        forbid(
            &file,
            &["crate::chart", "crate::cli", "crate::export", "crate::app"],
            &mut problems,
        );
    }
    for file in rust_files(&root.join("src-tauri/src")) {
        forbid(&file, &["openvalue::cli"], &mut problems);
    }
    // Reports, exports, imports and the CLI ask the store for rows.
    for file in rust_files(&src) {
        if !file.starts_with(src.join("store")) {
            forbid(&file, &[".conn()"], &mut problems);
        }
    }
    for file in ["app.rs", "export.rs", "chart.rs", "import.rs"] {
        forbid(&src.join(file), &["rusqlite"], &mut problems);
    }
    assert!(
        problems.is_empty(),
        "wrong imports:\n{}",
        problems.join("\n")
    );
}

/// The app shows the core's messages, so none names a command to type
/// (SPEC §11); the CLI adds commands on its own hint line (`cli/hints.rs`).
#[test]
fn no_core_message_tells_its_user_to_type_a_command() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("src");
    let mut problems = Vec::new();
    for file in rust_files(&src) {
        let in_cli = file.starts_with(src.join("cli")) || file == src.join("cli.rs");
        if !in_cli {
            forbid(&file, &["`openvalue ", "with --", "use --"], &mut problems);
        }
    }
    assert!(
        problems.is_empty(),
        "commands in core messages:\n{}",
        problems.join("\n")
    );
}
