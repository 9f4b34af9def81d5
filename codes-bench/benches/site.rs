//! `smtp-codes site DIR`: how long the release binary takes to write the whole web site
//! (every page in every language, the search indexes, the sitemap), as a whole process.
//! At the end: `site pages <n>` and `site seconds <mean>`.

// Throughput arithmetic on counts: precision far beyond what timing noise allows.
#![allow(clippy::cast_precision_loss)]

use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::Criterion;

fn main() {
    let binary = codes_bench::release_smtp_codes(env!("CARGO_TARGET_TMPDIR"));
    let target = codes_bench::target_dir(env!("CARGO_TARGET_TMPDIR"));
    let dir = target.join("bench-data").join("site");
    let run = || {
        let status = Command::new(&binary)
            .arg("site")
            .arg(&dir)
            .stdout(Stdio::null())
            .status()
            .expect("runs");
        assert!(status.success(), "smtp-codes site failed");
    };
    run();
    let pages = walk(&dir);
    let mut c = Criterion::default()
        .configure_from_args()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    let mut group = c.benchmark_group("site");
    group.bench_function("write", |b| b.iter(run));
    group.finish();
    c.final_summary();
    println!("site pages {pages}");
    if let Some(mean) = codes_bench::mean_ns(&target, "site", "write") {
        println!("site seconds {:.3}", mean / 1e9);
    }
}

/// The number of HTML pages under `dir`.
fn walk(dir: &std::path::Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .map(|p| {
            if p.is_dir() {
                walk(&p)
            } else {
                usize::from(p.extension().is_some_and(|e| e == "html"))
            }
        })
        .sum()
}
