//! Files, paths and the ledger's locks (SPEC §11 "Files" and "Concurrency";
//! issue 10 defects 3, 4, 6, 11 and the bad paths): a path is a path, a
//! ledger is never overwritten, a folder, FIFO or device is refused at once,
//! a read-only ledger can be read, a failed write leaves nothing behind, and
//! a process that loses its POSIX locks does not lose its writes.
//!
//! Read-only media and full disks are simulated honestly where the kernel
//! lets an unprivileged user do it: `unshare -rm` gives the test a private
//! mount namespace, in which a folder is bind-mounted read-only (the kernel
//! answers EROFS) or a tiny tmpfs fills up (ENOSPC). Where `unshare` is not
//! allowed the test says so on stderr and checks nothing else.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use common::{bytes, digest, openvalue, Coop};

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Names in a folder, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn no_temp_files(dir: &Path) {
    let temps: Vec<String> = names_in(dir)
        .into_iter()
        .filter(|n| n.ends_with(".tmp") || n.contains(".tmp"))
        .collect();
    assert!(temps.is_empty(), "temporary files left: {temps:?}");
}

// ---------------------------------------------------------------- defect 3

/// Opens, reads and closes the ledger and its companions, as a file
/// chooser reading each file's first bytes does: this drops every POSIX
/// lock this process holds on them.
fn dialog_sniffs_the_folder(ledger: &Path) {
    use std::io::Read;
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{}{suffix}", ledger.display());
        if let Ok(mut file) = std::fs::File::open(&path) {
            let mut head = [0u8; 64];
            let _ = file.read(&mut head);
        }
    }
}

/// Defect 3: with the app open on a ledger, something in the app's process
/// (GTK's file chooser sniffing the file) opened and closed a descriptor on
/// the ledger, which dropped all the process's POSIX locks on it; the next
/// CLI then believed it was the last connection and deleted the WAL the app
/// was still writing to. Here the test process plays the app.
#[test]
fn regression_the_app_and_the_cli_keep_each_others_writes_after_a_dialog_touched_the_ledger() {
    let coop = Coop::new(0);
    let mut app = coop.open();
    app.add_account(
        &openvalue::validate::RawAccount {
            handle: "ana",
            name: "Ana",
            ..Default::default()
        }
        .input()
        .expect("valid input"),
    )
    .expect("app writes");

    // What the file dialog does: it lists the folder and sniffs each file's
    // content type, opening and closing the ledger, its -wal and its -shm.
    // (Closing the ledger alone is not enough with SQLite >= 3.4x: before
    // deleting, a closing connection also asks whether anyone holds the
    // -shm file's DMS lock, and the app still does — unless the -shm was
    // sniffed too.)
    dialog_sniffs_the_folder(&coop.ledger);

    // A CLI command writes and exits (it closes last, as far as locks say).
    coop.ok(&["member", "add", "ben", "Ben"]);
    let wal = PathBuf::from(format!("{}-wal", coop.ledger.display()));
    assert!(
        wal.exists(),
        "the CLI deleted the WAL of a ledger the app has open"
    );

    // The app writes again; a second CLI must see it, and write too.
    app.add_account(
        &openvalue::validate::RawAccount {
            handle: "cai",
            name: "Cai",
            ..Default::default()
        }
        .input()
        .expect("valid input"),
    )
    .expect("app writes again");
    let members = coop.ok(&["member", "list"]);
    assert!(
        members.contains("cai"),
        "the CLI cannot see the app's write:\n{members}"
    );
    coop.ok(&["member", "add", "dan", "Dan"]);

    // The app closes; everything is in the file.
    drop(app);
    let members = coop.ok(&["member", "list"]);
    for handle in ["ana", "ben", "cai", "dan"] {
        assert!(members.contains(handle), "{handle} was lost:\n{members}");
    }
    assert!(coop.ok(&["verify"]).starts_with("OK"));
    let reopened = coop.open();
    assert!(reopened.verify().expect("verify").is_ok());
}

/// Whether this process holds a POSIX lock on the file at `path`
/// (Linux's `/proc/locks`).
#[cfg(target_os = "linux")]
fn this_process_locks(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let inode = std::fs::metadata(path).expect("stat").ino();
    let pid = std::process::id().to_string();
    std::fs::read_to_string("/proc/locks")
        .expect("/proc/locks")
        .lines()
        .any(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            fields.get(4) == Some(&pid.as_str())
                && fields
                    .get(5)
                    .and_then(|f| f.rsplit(':').next())
                    .is_some_and(|i| i == inode.to_string())
        })
}

/// The library never opens a descriptor on a ledger it has open itself
/// (which would drop its own locks): opening the same ledger again in the
/// same process, and refusing an export onto it, leave the first
/// connection's locks in place.
#[cfg(target_os = "linux")]
#[test]
fn opening_a_ledger_twice_in_one_process_keeps_its_locks() {
    let coop = Coop::new(0);
    let _app = coop.open();
    assert!(this_process_locks(&coop.ledger), "no lock to begin with");
    drop(coop.open());
    assert!(
        this_process_locks(&coop.ledger),
        "a second open dropped the locks"
    );
    let refused = openvalue::fsio::write_atomically(&coop.ledger, |_| Ok(()));
    assert!(refused.is_err());
    let refused = openvalue::fsio::write_atomically(
        Path::new(&format!("{}-shm", coop.ledger.display())),
        |_| Ok(()),
    );
    assert!(refused.is_err());
    assert!(
        this_process_locks(&coop.ledger),
        "an export check dropped the locks"
    );
    let shm = PathBuf::from(format!("{}-shm", coop.ledger.display()));
    assert!(this_process_locks(&shm), "the -shm locks were dropped");
}

/// The write-ahead log now stays beside a closed ledger; it must not hold
/// frames that SQLite would replay onto a file copied over the ledger (the
/// usual way to restore a backup by hand).
#[test]
fn a_backup_copied_over_a_closed_ledger_opens_as_the_backup() {
    let coop = Coop::example();
    let backup = coop.dir.path().join("backup.openvalue");
    coop.ok(&["backup", backup.to_str().unwrap()]);
    let members_then = coop.ok(&["member", "list"]);
    coop.ok(&["member", "add", "zed", "Zed"]);
    let wal = PathBuf::from(format!("{}-wal", coop.ledger.display()));
    assert!(wal.exists(), "the log is kept");
    assert_eq!(
        std::fs::metadata(&wal).unwrap().len(),
        0,
        "the log holds frames after close"
    );
    std::fs::copy(&backup, &coop.ledger).unwrap();
    assert_eq!(coop.ok(&["member", "list"]), members_then);
    assert!(coop.ok(&["verify"]).starts_with("OK"));
}

// ---------------------------------------------------------------- defect 4

#[test]
fn regression_export_out_never_overwrites_the_ledger() {
    let coop = Coop::example();
    let before = coop.digest();
    let ledger = coop.ledger.to_str().expect("utf-8 path");
    let err = coop.fails(&["export", "journal", "--out", ledger]);
    assert!(err.contains("is the open ledger"), "{err}");
    assert!(err.contains(ledger), "{err}");
    assert_eq!(coop.digest(), before);
    assert!(coop.ok(&["verify"]).starts_with("OK"));

    // Another spelling of the same file, a hard link, and its WAL.
    let dotted = coop.dir.path().join(".").join("coop.openvalue");
    let err = coop.fails(&["export", "journal", "--out", dotted.to_str().unwrap()]);
    assert!(err.contains("is the open ledger"), "{err}");
    let link = coop.dir.path().join("link.csv");
    std::fs::hard_link(&coop.ledger, &link).expect("hard link");
    // A ledger with two names is not opened at all (it could be damaged
    // through them), so nothing is written onto it either.
    let err = coop.fails(&["export", "balances", "--out", link.to_str().unwrap()]);
    assert!(
        err.contains("is the open ledger") || err.contains("(hard links)"),
        "{err}"
    );
    std::fs::remove_file(&link).expect("remove the link");
    let wal = format!("{ledger}-wal");
    let err = coop.fails(&["export", "balances", "--out", &wal]);
    assert!(err.contains("belongs to the open ledger"), "{err}");

    // Another ledger, not open, recognised by its header.
    let other = Coop::new(0);
    let other_before = bytes(&other.ledger);
    let err = coop.fails(&["export", "journal", "--out", other.ledger.to_str().unwrap()]);
    assert!(err.contains("is an OpenValue ledger"), "{err}");
    assert_eq!(bytes(&other.ledger), other_before);

    // A chart onto a ledger whose name ends in .svg.
    let svg = Coop {
        dir: tempfile::tempdir().unwrap(),
        ledger: PathBuf::new(),
    };
    let svg = Coop {
        ledger: svg.dir.path().join("books.svg"),
        ..svg
    };
    svg.ok(&["init", "--name", "S", "--currency", "EUR"]);
    let err = svg.fails(&[
        "chart",
        "contributions",
        "--out",
        svg.ledger.to_str().unwrap(),
    ]);
    assert!(err.contains("is the open ledger"), "{err}");
    assert!(svg.ok(&["verify"]).starts_with("OK"));

    assert_eq!(coop.digest(), before);
    no_temp_files(coop.dir.path());
}

#[test]
fn a_failed_export_leaves_the_old_file_and_no_temporary_file() {
    let coop = Coop::example();
    let old = coop.file("old.csv", b"the previous export\n");
    // The report name is checked while the file is being written.
    let err = coop.fails(&["export", "nonsense", "--out", old.to_str().unwrap()]);
    assert!(err.contains("not an export"), "{err}");
    assert_eq!(bytes(&old), b"the previous export\n");
    no_temp_files(coop.dir.path());
    // A missing folder is named, with the user's path.
    let missing = coop.dir.path().join("nowhere").join("x.csv");
    let err = coop.fails(&["export", "journal", "--out", missing.to_str().unwrap()]);
    assert!(err.contains(missing.to_str().unwrap()), "{err}");
    assert!(err.contains("does not exist"), "{err}");
    assert!(!err.contains(".x.csv."), "{err}");
    // A successful export replaces the old file and is readable by others.
    coop.ok(&["export", "journal", "--out", old.to_str().unwrap()]);
    assert!(bytes(&old).starts_with(b"date,"), "{:?}", bytes(&old));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&old).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o644, "{mode:o}");
    }
    no_temp_files(coop.dir.path());
}

// ---------------------------------------------------------------- defect 6

#[test]
fn regression_a_file_colon_path_is_a_path_not_a_sqlite_uri() {
    let coop = Coop::new(0);
    let dir = coop.dir.path();
    let other = Coop {
        dir: tempfile::tempdir().unwrap(),
        ledger: dir.join("other.openvalue"),
    };
    other.ok(&["init", "--name", "Other", "--currency", "EUR"]);
    other.ok(&["member", "add", "zoe", "Zoe"]);
    let other_before = digest(&other.ledger);

    // `backup file:other.openvalue` writes a file of that very name.
    let out = openvalue()
        .current_dir(dir)
        .arg("--ledger")
        .arg(&coop.ledger)
        .args(["backup", "file:other.openvalue"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        digest(&other.ledger),
        other_before,
        "another ledger was overwritten"
    );
    let copy = dir.join("file:other.openvalue");
    assert!(copy.is_file(), "{:?}", names_in(dir));
    assert!(!digest(&copy).is_empty());

    // `init --ledger 'file:x?mode=memory'` creates that file, which then opens.
    let out = openvalue()
        .current_dir(dir)
        .args([
            "--ledger",
            "file:x?mode=memory",
            "init",
            "--name",
            "X",
            "--currency",
            "EUR",
        ])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        dir.join("file:x?mode=memory").is_file(),
        "{:?}",
        names_in(dir)
    );
    let out = openvalue()
        .current_dir(dir)
        .args(["--ledger", "file:x?mode=memory", "verify"])
        .output()
        .expect("run");
    assert!(
        stdout(&out).starts_with("OK"),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    // And `--ledger file:other.openvalue` names the backup, not other.openvalue.
    let out = openvalue()
        .current_dir(dir)
        .args([
            "--ledger",
            "file:other.openvalue",
            "member",
            "add",
            "yan",
            "Yan",
        ])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(digest(&other.ledger), other_before);
}

// ------------------------------------------- folders, FIFOs and devices

#[test]
fn regression_a_folder_fifo_or_device_as_the_ledger_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("books");
    std::fs::create_dir(&folder).unwrap();
    let fifo = dir.path().join("pipe.openvalue");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let cases: [(&Path, &str); 3] = [
        (&folder, "a folder"),
        (&fifo, "a named pipe (FIFO)"),
        (Path::new("/dev/null"), "a device"),
    ];
    for (path, what) in cases {
        for args in [
            &["verify"][..],
            &["balances"],
            &["list"],
            &["member", "add", "ana", "Ana"],
            &["init", "--name", "X", "--currency", "EUR"],
        ] {
            let out = openvalue()
                .arg("--ledger")
                .arg(path)
                .args(args)
                .timeout(Duration::from_secs(20))
                .output()
                .expect("run");
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{path:?} {args:?}: {err}");
            assert!(err.contains(what), "{path:?} {args:?}: {err}");
            assert!(!err.contains("disk I/O error"), "{err}");
        }
    }
    // As a backup or export target too.
    let coop = Coop::new(0);
    let err = coop.fails(&["backup", folder.to_str().unwrap()]);
    assert!(err.contains("a folder"), "{err}");
    let err = coop.fails(&["export", "journal", "--out", fifo.to_str().unwrap()]);
    assert!(err.contains("a named pipe (FIFO)"), "{err}");
    let err = coop.fails(&["export", "journal", "--out", folder.to_str().unwrap()]);
    assert!(err.contains("a folder"), "{err}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    }
}

// ------------------------------------ read-only media and full disks

/// Runs `script` with `sh` in a private mount namespace as a mapped root
/// (`unshare -rm`), with `OV` set to the binary; `None` if this machine
/// does not allow that.
fn in_mount_namespace(script: &str, vars: &[(&str, &Path)]) -> Option<Output> {
    let allowed = std::process::Command::new("unshare")
        .args(["-rm", "true"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !allowed {
        eprintln!("skipped: `unshare -rm` is not allowed here, so this cannot be simulated");
        return None;
    }
    let mut command = std::process::Command::new("unshare");
    command
        .args(["-rm", "sh", "-c", script])
        .env("OV", assert_cmd::cargo::cargo_bin("openvalue"))
        .env_remove("OPENVALUE_LEDGER");
    for (name, value) in vars {
        command.env(name, value);
    }
    Some(command.output().expect("run unshare"))
}

/// Runs the CLI on `ledger` in a folder the kernel makes read-only and
/// returns what each step printed.
fn read_only_session(coop: &Coop, out_dir: &Path) -> Option<String> {
    let script = r#"
        mount --bind "$D" "$D" && mount -o remount,bind,ro "$D" || { echo MOUNT-FAILED; exit 0; }
        touch "$D/probe" 2>/dev/null && echo "STILL-WRITABLE"
        step() { name=$1; shift; "$OV" --ledger "$L" "$@" >"$O/$name.out" 2>"$O/$name.err"; echo "$name=$?"; }
        step balances balances
        step list list
        step members member list
        step verify verify
        step export export journal --out "$O/journal.csv"
        step backup backup "$O/backup.openvalue"
        step backup_here backup "$D/here.openvalue"
        step export_here export journal --out "$D/journal.csv"
        step write member add zed Zed
        step settings settings --approvals 3
    "#;
    let out = in_mount_namespace(
        script,
        &[("D", coop.dir.path()), ("L", &coop.ledger), ("O", out_dir)],
    )?;
    let text = stdout(&out);
    assert!(!text.contains("MOUNT-FAILED"), "{text}{}", stderr(&out));
    assert!(!text.contains("STILL-WRITABLE"), "{text}");
    Some(text)
}

fn assert_read_only_session(coop: &Coop, out_dir: &Path, text: &str, members_before: &str) {
    let file = |name: &str| std::fs::read_to_string(out_dir.join(name)).unwrap_or_default();
    for step in ["balances", "list", "members", "verify", "export", "backup"] {
        assert!(
            text.contains(&format!("{step}=0")),
            "{step} failed on a read-only ledger: {text}\n{}",
            file(&format!("{step}.err"))
        );
    }
    assert!(
        file("verify.out").starts_with("OK"),
        "{}",
        file("verify.out")
    );
    assert_eq!(file("members.out"), members_before);
    assert!(file("journal.csv").starts_with("date,"));
    for step in ["write", "settings"] {
        assert!(text.contains(&format!("{step}=1")), "{step}: {text}");
        let err = file(&format!("{step}.err"));
        assert!(err.contains("read-only"), "{step}: {err}");
        assert!(err.contains(coop.ledger.to_str().unwrap()), "{step}: {err}");
    }
    // Nothing can be written beside it either; the messages say where.
    for (step, name) in [
        ("backup_here", "here.openvalue"),
        ("export_here", "journal.csv"),
    ] {
        assert!(text.contains(&format!("{step}=1")), "{step}: {text}");
        let err = file(&format!("{step}.err"));
        let says_read_only =
            err.contains("Read-only file system") || err.contains("read-only filesystem");
        assert!(err.contains(name) && says_read_only, "{step}: {err}");
        assert!(!err.contains("the ledger is read-only"), "{step}: {err}");
    }
    // The backup taken from the read-only ledger is a whole ledger.
    let backup = Coop {
        dir: tempfile::tempdir().unwrap(),
        ledger: out_dir.join("backup.openvalue"),
    };
    assert!(backup.ok(&["verify"]).starts_with("OK"));
    assert_eq!(backup.ok(&["member", "list"]), members_before);
}

/// Defect 11, on a read-only filesystem (EROFS from the kernel, which also
/// binds root). Two cases: the ledger with the `-wal` and `-shm` files a
/// closed ledger keeps, and a bare copy of the file alone (opened
/// immutable, since no `-shm` can be created). Not covered: a read-only
/// file in a writable folder as a non-root user (chmod does not bind root,
/// as these tests run); the code path is the same SQLite read-only
/// fallback.
#[test]
fn regression_a_ledger_on_a_read_only_medium_can_be_read() {
    for bare in [false, true] {
        let coop = Coop::example();
        let members_before = coop.ok(&["member", "list"]);
        if bare {
            for suffix in ["-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", coop.ledger.display()));
            }
        }
        let before = names_in(coop.dir.path());
        let out_dir = tempfile::tempdir().unwrap();
        let Some(text) = read_only_session(&coop, out_dir.path()) else {
            return;
        };
        assert_read_only_session(&coop, out_dir.path(), &text, &members_before);
        assert_eq!(names_in(coop.dir.path()), before, "bare: {bare}");
        // Writable again, nothing was lost.
        assert!(coop.ok(&["verify"]).starts_with("OK"));
        coop.ok(&["member", "add", "zed", "Zed"]);
    }
}

/// A backup onto a full disk used to leave a 0-byte file that made the
/// retry fail with "a file already exists there". A tmpfs of 64 KiB,
/// filled up, plays the full disk; an export onto it must also leave
/// nothing behind and name the user's file, not a temporary one.
#[test]
fn regression_a_backup_onto_a_full_disk_leaves_no_file_behind() {
    let coop = Coop::example();
    let full = tempfile::tempdir().unwrap();
    let script = r#"
        mount -t tmpfs -o size=64k tmpfs "$D" || { echo MOUNT-FAILED; exit 0; }
        dd if=/dev/zero of="$D/filler" bs=4096 2>/dev/null
        "$OV" --ledger "$L" backup "$D/backup.openvalue" 2>"$D.backup1.err"; echo "backup1=$?"
        echo "after-backup: $(ls -A "$D" | tr '\n' ' ')"
        "$OV" --ledger "$L" export contributions --out "$D/c.csv" 2>"$D.export.err"; echo "export=$?"
        echo "after-export: $(ls -A "$D" | tr '\n' ' ')"
        rm "$D/filler"
        mount -o remount,size=16m "$D"
        "$OV" --ledger "$L" backup "$D/backup.openvalue" 2>"$D.backup2.err"; echo "backup2=$?"
        "$OV" --ledger "$D/backup.openvalue" verify; echo "verify=$?"
    "#;
    let Some(out) = in_mount_namespace(script, &[("D", full.path()), ("L", &coop.ledger)]) else {
        return;
    };
    let text = stdout(&out);
    let err = |name: &str| {
        std::fs::read_to_string(format!("{}.{name}.err", full.path().display())).unwrap_or_default()
    };
    assert!(!text.contains("MOUNT-FAILED"), "{text}{}", stderr(&out));
    assert!(text.contains("backup1=1"), "{text}");
    assert!(text.contains("after-backup: filler \n"), "{text}");
    assert!(
        err("backup1").contains("backup.openvalue"),
        "{}",
        err("backup1")
    );
    assert!(
        !err("backup1").contains(".backup.openvalue."),
        "{}",
        err("backup1")
    );
    assert!(text.contains("export=1"), "{text}");
    assert!(text.contains("after-export: filler \n"), "{text}");
    assert!(err("export").contains("c.csv"), "{}", err("export"));
    assert!(!err("export").contains(".c.csv."), "{}", err("export"));
    assert!(text.contains("backup2=0"), "{text}\n{}", err("backup2"));
    assert!(text.contains("verify=0"), "{text}");
    for name in ["backup1", "export", "backup2"] {
        let _ = std::fs::remove_file(format!("{}.{name}.err", full.path().display()));
    }
}

/// Found by attacking the write path: two processes writing one ledger
/// through two names (a hard link) corrupted it and lost acknowledged
/// writes, because SQLite keeps a log per name. A ledger with more than
/// one name is refused, naming why, and nothing is opened.
#[test]
fn regression_a_hard_linked_ledger_is_refused_not_corrupted() {
    let coop = Coop::new(0);
    let other = coop.dir.path().join("other-name.openvalue");
    std::fs::hard_link(&coop.ledger, &other).unwrap();
    let before = common::bytes(&coop.ledger);
    let err = coop.fails(&["member", "add", "ana", "Ana"]);
    assert!(err.contains("has 2 names (hard links)"), "{err}");
    assert_eq!(common::bytes(&coop.ledger), before);
    std::fs::remove_file(&other).unwrap();
    coop.ok(&["member", "add", "ana", "Ana"]);
}

/// Found by attacking the write path: a backup or an export written as
/// LEDGER-journal (or a database's -wal that does not exist yet) was
/// accepted, then deleted by SQLite at the next open of the ledger.
#[test]
fn regression_out_onto_a_journal_name_is_refused_even_before_it_exists() {
    let coop = Coop::new(0);
    let name = coop.ledger.to_str().unwrap().to_string();
    for suffix in ["-journal", "-wal", "-shm"] {
        let target = format!("{name}{suffix}");
        let _ = std::fs::remove_file(&target);
        // (-wal and -shm exist while the ledger is open: then they are
        // refused as existing files.)
        let err = coop.fails(&["backup", &target]);
        assert!(
            err.contains("its SQLite journal") || err.contains("a file already exists there"),
            "{suffix}: {err}"
        );
        let err = coop.fails(&["export", "balances", "--out", &target]);
        assert!(err.contains("its SQLite journal"), "{suffix}: {err}");
    }
    assert!(!std::path::Path::new(&format!("{name}-journal")).exists());
}

/// Found by attacking damaged files: a truncated ledger was called "not an
/// OpenValue ledger", an empty file "application id 0x0", a ledger whose
/// schema version was reset got SQL text from a failed migration, and a
/// foreign trigger's abort was reported as "already exists".
#[test]
fn regression_damaged_ledgers_are_named_damaged() {
    let coop = Coop::new(0);
    coop.ok(&["member", "add", "ana", "Ana"]);
    coop.ok(&[
        "backup",
        coop.dir.path().join("closed.openvalue").to_str().unwrap(),
    ]);
    let closed = std::fs::read(coop.dir.path().join("closed.openvalue")).unwrap();

    let truncated = Coop {
        dir: tempfile::tempdir().unwrap(),
        ledger: PathBuf::new(),
    };
    let truncated = Coop {
        ledger: truncated.file("t.openvalue", &closed[..5000]),
        dir: truncated.dir,
    };
    let err = truncated.fails(&["verify"]);
    assert!(
        err.contains("the ledger is damaged") && err.contains("Restore it from a backup"),
        "{err}"
    );

    let empty = Coop {
        ledger: truncated.file("e.openvalue", b""),
        dir: tempfile::tempdir().unwrap(),
    };
    let err = empty.fails(&["verify"]);
    assert!(err.contains("the file is empty"), "{err}");

    let reset = Coop {
        ledger: truncated.file("r.openvalue", &closed),
        dir: tempfile::tempdir().unwrap(),
    };
    reset.tamper("PRAGMA user_version = 0");
    let err = reset.fails(&["verify"]);
    assert!(
        err.contains("schema version was changed outside OpenValue"),
        "{err}"
    );
    assert!(
        !err.contains("CREATE") && !err.contains("already exists"),
        "{err}"
    );

    let trigger = Coop {
        ledger: truncated.file("g.openvalue", &closed),
        dir: tempfile::tempdir().unwrap(),
    };
    trigger.tamper(
        "CREATE TRIGGER boom BEFORE INSERT ON payouts BEGIN SELECT raise(ABORT, 'boom'); END",
    );
    let err = trigger.fails(&["pay", "ana", "1"]);
    assert!(!err.contains("already exists"), "{err}");
    assert!(err.contains("boom"), "{err}");
}
