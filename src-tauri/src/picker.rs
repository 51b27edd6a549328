//! File dialogs shown by a child process (ADR 0006).
//!
//! Why not in the app's process: a file chooser opens and closes the files
//! of the folder it shows (GTK sniffs each file's content type, a
//! thumbnailer reads it). A `close()` of *any* descriptor on the ledger, its
//! `-wal` or its `-shm` file drops every POSIX advisory lock this process
//! holds on that file — SQLite's documented caveat — and another OpenValue
//! process may then take the ledger for unused: delete its write-ahead log,
//! or reset its shared index, while the app goes on writing. So the process
//! that holds the ledger never shows a dialog: it re-runs its own program
//! with [`DIALOG_FLAG`], which shows the dialog and prints the chosen path
//! as JSON on standard output. That process opens no ledger, so whatever
//! the dialog opens and closes costs nobody a lock.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::{Deserialize, Serialize};

/// The first argument that makes `openvalue-app` show one dialog and exit.
pub const DIALOG_FLAG: &str = "--file-dialog";

/// What dialog to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DialogRequest {
    /// A save dialog (else an open dialog).
    pub save: bool,
    /// A folder chooser (an open dialog for a folder).
    #[serde(default)]
    pub folder: bool,
    /// The dialog's title.
    pub title: String,
    /// Folder and file name to start from (save dialogs).
    pub default_path: Option<String>,
    /// File extensions offered, without dots.
    pub extensions: Vec<String>,
}

/// What the child answers: the chosen path, or none when cancelled.
#[derive(Debug, Serialize, Deserialize)]
struct DialogAnswer {
    path: Option<String>,
}

/// In the child: if the program was started with [`DIALOG_FLAG`], shows the
/// dialog, prints the answer and returns the exit code; otherwise `None`.
pub fn serve_if_asked() -> Option<i32> {
    let mut args = std::env::args_os().skip(1);
    if args.next()? != DIALOG_FLAG {
        return None;
    }
    let request: Option<DialogRequest> = args
        .next()
        .and_then(|a| a.into_string().ok())
        .and_then(|text| serde_json::from_str(&text).ok());
    let Some(request) = request else {
        eprintln!("openvalue-app: {DIALOG_FLAG} needs a JSON dialog request");
        return Some(2);
    };
    let answer = DialogAnswer {
        path: show(&request).map(|p| p.to_string_lossy().into_owned()),
    };
    match serde_json::to_string(&answer) {
        Ok(text) => {
            println!("{text}");
            Some(0)
        }
        Err(_) => Some(2),
    }
}

/// Shows the native dialog (blocking) in this process.
fn show(request: &DialogRequest) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new().set_title(request.title.as_str());
    if !request.extensions.is_empty() {
        dialog = dialog.add_filter(request.extensions.join(", "), request.extensions.as_slice());
    }
    if let Some(default) = request.default_path.as_deref().filter(|d| !d.is_empty()) {
        let default = Path::new(default);
        if let Some(dir) = default.parent().filter(|d| d.is_dir()) {
            dialog = dialog.set_directory(dir);
        }
        if let Some(name) = default.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy().into_owned());
        }
    }
    if request.folder {
        dialog.pick_folder()
    } else if request.save {
        dialog.save_file()
    } else {
        dialog.pick_file()
    }
}

/// In the app: shows the dialog in a child process running this program;
/// `Ok(None)` when the person cancels.
pub fn choose(request: &DialogRequest) -> Result<Option<String>, String> {
    let program = std::env::current_exe().map_err(|e| {
        format!("cannot show the file dialog: the app's program is not found ({e})")
    })?;
    choose_with(&program, request)
}

/// Runs `program DIALOG_FLAG REQUEST` and reads its answer (tests pass a
/// stand-in program).
pub fn choose_with(program: &Path, request: &DialogRequest) -> Result<Option<String>, String> {
    let json = serde_json::to_string(request).map_err(|e| e.to_string())?;
    let out = Command::new(program)
        .arg(DIALOG_FLAG)
        .arg(json)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot show the file dialog ({e})"))?;
    if !out.status.success() {
        return Err(format!("the file dialog failed ({})", out.status));
    }
    let answer: DialogAnswer = serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("the file dialog gave no answer ({e})"))?;
    Ok(answer.path)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// A stand-in for the app's program: checks the flag, prints an answer.
    fn stand_in(dir: &Path, answer: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = dir.join("dialog.sh");
        let script = format!(
            "#!/bin/sh\n[ \"$1\" = \"{DIALOG_FLAG}\" ] || exit 3\necho \"$2\" > \"{}\"\necho '{answer}'\n",
            dir.join("request.json").display()
        );
        std::fs::write(&path, script).expect("write stand-in");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        path
    }

    #[test]
    fn the_dialog_runs_in_another_process_and_its_answer_comes_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let request = DialogRequest {
            save: true,
            folder: false,
            title: "Export journal".into(),
            default_path: Some("/books/journal.csv".into()),
            extensions: vec!["csv".into()],
        };
        let program = stand_in(dir.path(), r#"{"path":"/books/j.csv"}"#);
        assert_eq!(
            choose_with(&program, &request),
            Ok(Some("/books/j.csv".into()))
        );
        let sent = std::fs::read_to_string(dir.path().join("request.json")).expect("request");
        let sent: DialogRequest = serde_json::from_str(sent.trim()).expect("json");
        assert_eq!(sent, request);
        let cancelled = stand_in(dir.path(), r#"{"path":null}"#);
        assert_eq!(choose_with(&cancelled, &request), Ok(None));
        let broken = stand_in(dir.path(), "not json");
        assert!(choose_with(&broken, &request).is_err());
    }
}
