//! `smtp-codes explain --count` against a `grep -oE | sort | uniq -c` pipeline, over the same
//! generated 200 MB Postfix-style log, in one run.
//!
//! The log is written once to `target/bench-data/`. The pipeline extracts `550 5.1.1`-style
//! pairs only (what a quick grep finds); `explain --count` also reads replies without an
//! enhanced code, `dsn=` fields and multi-line replies, so it does more work. At the end:
//! `ratio grep-pipeline <pipeline time / explain time>` (above 1 means explain is faster).

// Throughput arithmetic on byte counts: precision far beyond what timing noise allows.
#![allow(clippy::cast_precision_loss)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{Criterion, Throughput};

const SIZE: usize = 200_000_000;

fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .map_or_else(|| PathBuf::from("target"), Path::to_path_buf)
}

/// Builds the release `smtp-codes` (cargo bench does not build other packages' binaries).
fn smtp_codes() -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo)
        .args(["build", "--release", "--quiet", "-p", "codes-cli"])
        .status()
        .expect("cargo runs");
    assert!(status.success(), "building smtp-codes failed");
    target_dir().join("release").join("smtp-codes")
}

fn log_file() -> PathBuf {
    let dir = target_dir().join("bench-data");
    let path = dir.join("postfix-200MB.log");
    // The generator is deterministic: a complete file from an earlier run is the same log.
    if std::fs::metadata(&path).map_or(true, |m| m.len() < SIZE as u64) {
        std::fs::create_dir_all(&dir).expect("bench-data dir");
        std::fs::write(&path, codes_bench::postfix_log(SIZE)).expect("log written");
    }
    path
}

fn run(program: &str, args: &[&str]) {
    let status = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .status()
        .expect("runs");
    assert!(status.success(), "{program} failed");
}

fn mean_ns(group: &str, id: &str) -> Option<f64> {
    let path = target_dir()
        .join("criterion")
        .join(group)
        .join(id)
        .join("new/estimates.json");
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    value["mean"]["point_estimate"].as_f64()
}

fn main() {
    let binary = smtp_codes();
    let log = log_file();
    let (binary, log) = (
        binary.to_string_lossy().into_owned(),
        log.to_string_lossy().into_owned(),
    );
    let pipeline = format!(
        "LC_ALL=C grep -oE '[2-5][0-9][0-9][ -][245]\\.[0-9]{{1,3}}\\.[0-9]{{1,3}}' '{log}' | sort | uniq -c"
    );
    let mut c = Criterion::default()
        .configure_from_args()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(20));
    let mut group = c.benchmark_group("count");
    group.throughput(Throughput::Bytes(SIZE as u64));
    group.bench_function("explain-count", |b| {
        b.iter(|| run(&binary, &["explain", "--count", &log]));
    });
    group.bench_function("grep-pipeline", |b| {
        b.iter(|| run("sh", &["-c", &pipeline]));
    });
    group.finish();
    c.final_summary();
    if let (Some(ours), Some(grep)) = (
        mean_ns("count", "explain-count"),
        mean_ns("count", "grep-pipeline"),
    ) {
        println!(
            "throughput explain-count {:8.1} MB/s",
            SIZE as f64 / ours * 1e3
        );
        println!(
            "throughput grep-pipeline {:7.1} MB/s",
            SIZE as f64 / grep * 1e3
        );
        println!("ratio grep-pipeline {:.2}", grep / ours);
    }
}
