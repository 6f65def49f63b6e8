//! The HTTP transport against a one-shot HTTP server on the loopback interface.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::thread::JoinHandle;
use std::time::Duration;

use payspec_client::transport::{
    HttpCall, HttpTransport, Transport, TransportConfig, TransportError,
};
use payspec_core::codec::Message;

/// What the server received: request line, lower-cased headers, body.
#[derive(Debug)]
struct Received {
    request_line: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// Reads one request (request line, headers, a `content-length` body) from `reader`.
fn read_request(reader: &mut impl BufRead) -> Received {
    let mut request_line = String::new();
    reader.read_line(&mut request_line).unwrap();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':').unwrap();
        headers.push((name.to_ascii_lowercase(), value.trim().to_owned()));
    }
    let len: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .map_or(0, |(_, v)| v.parse().unwrap());
    let mut body = vec![0; len];
    reader.read_exact(&mut body).unwrap();
    Received {
        request_line: request_line.trim_end().to_owned(),
        headers,
        body,
    }
}

/// Serves one connection with `response` (raw HTTP) after `delay`, returning what it received.
fn serve_once(response: Vec<u8>, delay: Duration) -> (String, JoinHandle<Received>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let received = read_request(&mut reader);
        std::thread::sleep(delay);
        let mut stream = stream;
        // The client may have given up (timeout, limit): a failed write is expected then.
        let _ = stream.write_all(&response);
        let _ = stream.flush();
        received
    });
    (base, handle)
}

fn http(status: &str, body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\nx-sign: abc\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

fn transport(max_body_bytes: usize, total: Duration) -> HttpTransport {
    HttpTransport::new(TransportConfig {
        connect_timeout: Duration::from_secs(2),
        total_timeout: total,
        max_body_bytes,
    })
    .unwrap()
}

fn call(url: String) -> HttpCall {
    HttpCall {
        provider: "test",
        operation: "micropay",
        method: "POST",
        url,
        message: Message {
            body: br#"{"a":1}"#.to_vec(),
            headers: vec![("Authorization".into(), "SIGN abc".into())],
        },
    }
}

#[tokio::test]
async fn posts_the_body_and_headers_and_returns_the_reply() {
    let (base, server) = serve_once(http("200 OK", r#"{"code":0}"#), Duration::ZERO);
    let reply = transport(1024, Duration::from_secs(5))
        .send(call(format!("{base}/pay")))
        .await
        .unwrap();
    assert_eq!(reply.body, br#"{"code":0}"#);
    assert_eq!(reply.header("X-Sign"), Some("abc"));
    let received = server.join().unwrap();
    assert_eq!(received.request_line, "POST /pay HTTP/1.1");
    assert_eq!(received.body, br#"{"a":1}"#);
    let header = |name: &str| {
        received
            .headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(header("content-type"), Some("application/json"));
    assert_eq!(header("authorization"), Some("SIGN abc"));
}

#[tokio::test]
async fn a_non_2xx_status_is_an_error_with_the_body() {
    let (base, server) = serve_once(http("502 Bad Gateway", "upstream"), Duration::ZERO);
    let error = transport(1024, Duration::from_secs(5))
        .send(call(base))
        .await
        .unwrap_err();
    assert_eq!(
        error,
        TransportError::Status {
            code: 502,
            body: b"upstream".to_vec()
        }
    );
    server.join().unwrap();
}

#[tokio::test]
async fn an_announced_large_body_is_refused() {
    let (base, server) = serve_once(http("200 OK", &"x".repeat(100)), Duration::ZERO);
    let error = transport(10, Duration::from_secs(5))
        .send(call(base))
        .await
        .unwrap_err();
    assert_eq!(error, TransportError::TooLarge { limit: 10 });
    server.join().unwrap();
}

#[tokio::test]
async fn a_chunked_large_body_stops_at_the_limit() {
    let chunk = "x".repeat(64);
    let mut response =
        b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n".to_vec();
    for _ in 0..4 {
        response.extend_from_slice(format!("40\r\n{chunk}\r\n").as_bytes());
    }
    response.extend_from_slice(b"0\r\n\r\n");
    let (base, server) = serve_once(response, Duration::ZERO);
    let error = transport(100, Duration::from_secs(5))
        .send(call(base))
        .await
        .unwrap_err();
    assert_eq!(error, TransportError::TooLarge { limit: 100 });
    server.join().unwrap();
}

#[tokio::test]
async fn a_refused_connection_sent_nothing() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let error = transport(1024, Duration::from_secs(5))
        .send(call(base))
        .await
        .unwrap_err();
    assert!(matches!(error, TransportError::Connect(_)), "{error:?}");
}

#[tokio::test]
async fn a_slow_answer_is_a_timeout() {
    let (base, server) = serve_once(http("200 OK", "{}"), Duration::from_millis(1500));
    let error = transport(1024, Duration::from_millis(300))
        .send(call(base))
        .await
        .unwrap_err();
    assert_eq!(error, TransportError::Timeout);
    server.join().unwrap();
}

/// Calls to one endpoint go over one kept-alive connection: the server accepts a single
/// connection and answers every request on it, so a call made on a new connection would never
/// be answered (and would end in a timeout).
#[tokio::test]
async fn calls_to_one_endpoint_reuse_one_connection() {
    const CALLS: usize = 3;
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut stream = stream;
        let body = r#"{"code":0}"#;
        let mut lines = Vec::new();
        for _ in 0..CALLS {
            lines.push(read_request(&mut reader).request_line);
            let reply = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                body.len()
            );
            stream.write_all(reply.as_bytes()).unwrap();
            stream.flush().unwrap();
        }
        lines
    });
    let transport = transport(1024, Duration::from_secs(3));
    for _ in 0..CALLS {
        let reply = transport.send(call(format!("{base}/pay"))).await;
        assert_eq!(reply.unwrap().body, br#"{"code":0}"#);
    }
    assert_eq!(server.join().unwrap(), ["POST /pay HTTP/1.1"; CALLS]);
}

/// A URL nothing can be sent to is refused before any connection is made.
#[tokio::test]
async fn a_url_that_is_not_http_is_refused_before_sending() {
    for url in ["not a url", "ftp://127.0.0.1/pay", "/pay"] {
        let error = transport(1024, Duration::from_secs(1))
            .send(call(url.to_owned()))
            .await
            .unwrap_err();
        assert!(
            matches!(&error, TransportError::Connect(why) if why.contains("nothing was sent")),
            "{url}: {error:?}"
        );
    }
}
