//! Compile-time behaviour as an outside crate sees it: the checked macros and exhaustiveness.

#[test]
fn compile_time_checks() {
    let cases = trybuild::TestCases::new();
    cases.pass("tests/ui/pass_*.rs");
    cases.compile_fail("tests/ui/fail_*.rs");
}
