//! `smtp-codes explain --count` beside the `grep -oE | sort | uniq -c` pipeline and, when it
//! is installed, pflogsumm, over the same generated 200 MB Postfix-style log, in one run.
//!
//! The log is written once to `target/bench-data/`: two lines in three are queue-manager
//! lines without a reply, the third a failed or deferred delivery with the remote server's
//! reply after `said:`. Before timing anything, the run checks that the three count the same
//! replies: explain's (basic, enhanced) pairs equal the pipeline's, and their total equals
//! pflogsumm's deferred plus bounced deliveries. At the end it prints
//! `ratio grep-pipeline <x>` and `ratio pflogsumm <x>`: the peer's mean time divided by
//! explain's (above 1 means explain is faster).

// Throughput arithmetic on byte counts: precision far beyond what timing noise allows.
#![allow(clippy::cast_precision_loss)]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{Criterion, Throughput};

const SIZE: usize = 200_000_000;

/// The pipeline of the issue that asked for this benchmark, as an operator would type it.
const GREP: &str = "LC_ALL=C grep -oE 'said: [245][0-9][0-9] [245]\\.[0-9]{1,3}\\.[0-9]{1,3}'";

type Tally = BTreeMap<(String, String), u64>;

fn target_dir() -> PathBuf {
    codes_bench::target_dir(env!("CARGO_TARGET_TMPDIR"))
}

fn log_file() -> String {
    let dir = target_dir().join("bench-data");
    let path = dir.join("postfix-200MB.log");
    // The generator is deterministic: a complete file from an earlier run is the same log.
    if std::fs::metadata(&path).map_or(true, |m| m.len() < SIZE as u64) {
        std::fs::create_dir_all(&dir).expect("bench-data dir");
        std::fs::write(&path, codes_bench::postfix_log(SIZE)).expect("log written");
    }
    path.to_string_lossy().into_owned()
}

/// pflogsumm on the `PATH` or where Debian installs it, if it is installed.
fn pflogsumm() -> Option<String> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain([PathBuf::from("/usr/sbin")])
        .map(|dir| dir.join("pflogsumm"))
        .find(|p| p.is_file())
        .map(|p| p.to_string_lossy().into_owned())
}

fn output(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .stderr(Stdio::inherit())
        .output()
        .expect("runs");
    assert!(out.status.success(), "{program} failed");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn run(program: &str, args: &[&str]) {
    let status = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .status()
        .expect("runs");
    assert!(status.success(), "{program} failed");
}

/// explain's tally, from its JSON.
fn explain_tally(binary: &str, log: &str) -> Tally {
    let json: serde_json::Value =
        serde_json::from_str(&output(binary, &["explain", "--count", "--json", log]))
            .expect("explain --count --json prints JSON");
    let rows = json.as_array().expect("an array of rows");
    rows.iter()
        .map(|row| {
            let field = |name: &str| row[name].as_str().unwrap_or_default().to_owned();
            let count = row["count"].as_u64().expect("a count");
            ((field("basic"), field("enhanced")), count)
        })
        .collect()
}

/// The pipeline's tally, from `uniq -c` lines such as `   6083 said: 450 4.2.0`.
fn grep_tally(pipeline: &str) -> Tally {
    output("sh", &["-c", pipeline])
        .lines()
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let [count, "said:", basic, enhanced] = words.as_slice() else {
                panic!("unexpected pipeline line {line:?}");
            };
            let count = count.parse().expect("a count");
            (((*basic).to_owned(), (*enhanced).to_owned()), count)
        })
        .collect()
}

/// pflogsumm's deferred plus bounced deliveries, from its "Grand Totals".
fn pflogsumm_failures(program: &str, log: &str) -> u64 {
    let report = output(program, &[log]);
    let total = |what: &str| -> u64 {
        report
            .lines()
            .find_map(|line| {
                let mut words = line.split_whitespace();
                let count = words.next()?.parse().ok()?;
                (words.next()? == what).then_some(count)
            })
            .unwrap_or_else(|| panic!("pflogsumm reports no {what} total"))
    };
    total("deferred") + total("bounced")
}

fn mean_ns(id: &str) -> Option<f64> {
    codes_bench::mean_ns(&target_dir(), "count", id)
}

fn main() {
    let binary = codes_bench::release_smtp_codes(env!("CARGO_TARGET_TMPDIR"));
    let log = log_file();
    let pipeline = format!("{GREP} '{log}' | sort | uniq -c");
    let peer = pflogsumm();

    let ours = explain_tally(&binary, &log);
    assert_eq!(ours, grep_tally(&pipeline), "explain and grep count alike");
    let replies: u64 = ours.values().sum();
    println!(
        "counts agree: explain --count and the grep pipeline find {replies} replies of {} kinds",
        ours.len()
    );
    match &peer {
        Some(program) => {
            assert_eq!(
                pflogsumm_failures(program, &log),
                replies,
                "pflogsumm's deferred and bounced deliveries are the replies explain counts"
            );
            println!("counts agree: pflogsumm reports {replies} deferred or bounced deliveries");
        }
        None => println!("pflogsumm is not installed: its row and ratio are left out"),
    }

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
    group.bench_function("explain-count-1-thread", |b| {
        b.iter(|| run(&binary, &["explain", "--count", "--threads", "1", &log]));
    });
    group.bench_function("grep-pipeline", |b| {
        b.iter(|| run("sh", &["-c", &pipeline]));
    });
    if let Some(program) = &peer {
        // About seven seconds a run: ten runs take what they take.
        group.measurement_time(Duration::from_secs(60));
        group.bench_function("pflogsumm", |b| b.iter(|| run(program, &[&log])));
    }
    group.finish();
    c.final_summary();

    let Some(explain) = mean_ns("explain-count") else {
        return;
    };
    for id in [
        "explain-count",
        "explain-count-1-thread",
        "grep-pipeline",
        "pflogsumm",
    ] {
        if let Some(mean) = mean_ns(id) {
            println!("throughput {id:<24} {:8.1} MB/s", SIZE as f64 / mean * 1e3);
        }
    }
    for id in ["grep-pipeline", "pflogsumm"] {
        match mean_ns(id).filter(|_| id != "pflogsumm" || peer.is_some()) {
            Some(mean) => println!("ratio {id} {:.2}", mean / explain),
            None => println!("ratio {id} not measured"),
        }
    }
}
