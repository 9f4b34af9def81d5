use codes_core::ReplyCode;

fn retry(code: ReplyCode) -> bool {
    match code {
        ReplyCode::Ok => false,
        ReplyCode::ServiceReady => false,
    }
}

fn main() {
    let _ = retry(ReplyCode::Ok);
}
