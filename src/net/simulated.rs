//! The simulated network: every host under `.example` answers after a latency drawn from a seeded
//! distribution (default 50 ms ± 20 %, uniform), so runs are reproducible offline.
//!
//! Routes, in the spirit of httpbin:
//! - `/status/<code>`: an empty response with that status;
//! - `/delay/<seconds>`: answers after that many extra seconds (at most 60);
//! - `/bytes/<n>`: `n` bytes (at most 1 MiB) of a repeating pattern;
//! - anything else: `200` with a JSON echo `{"method", "url", "host", "path", "body"}`.
//!
//! This module computes responses and latencies only; the executor turns latency into a timer.

use super::{FetchError, Request, Response, Url};
use crate::rng::Rng;

#[derive(Clone, Debug, PartialEq)]
pub struct SimNetConfig {
    /// Mean latency in milliseconds.
    pub latency_ms: f64,
    /// Relative spread: latency is uniform in `latency_ms * (1 ± jitter)`.
    pub jitter: f64,
    pub seed: u64,
}

impl Default for SimNetConfig {
    fn default() -> Self {
        SimNetConfig { latency_ms: 50.0, jitter: 0.2, seed: 0x100b_1ab }
    }
}

pub struct SimNet {
    config: SimNetConfig,
    rng: Rng,
}

const MAX_DELAY_S: f64 = 60.0;
const MAX_BYTES: usize = 1 << 20;

impl SimNet {
    pub fn new(config: SimNetConfig) -> Self {
        let rng = Rng::new(config.seed);
        SimNet { config, rng }
    }

    /// The answer to `request` and how long it takes, in nanoseconds.
    pub fn respond(&mut self, request: &Request) -> (u64, Result<Response, FetchError>) {
        let jitter = self.config.jitter.clamp(0.0, 1.0);
        let factor = self.rng.uniform(1.0 - jitter, 1.0 + jitter);
        let mut latency_ns = (self.config.latency_ms.max(0.0) * factor * 1e6) as u64;
        let Some(url) = Url::parse(&request.url) else {
            return (0, Err(FetchError::InvalidUrl(request.url.clone())));
        };
        let mut segments = url.path.trim_start_matches('/').split('/');
        let route = (segments.next().unwrap_or(""), segments.next());
        let json = |status: u16, body: String| Response {
            status,
            url: request.url.clone(),
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.into_bytes(),
        };
        let response = match route {
            ("status", Some(code)) => match code.parse::<u16>() {
                Ok(status) if (100..=599).contains(&status) => json(status, String::new()),
                _ => json(400, r#"{"error":"bad status code"}"#.into()),
            },
            ("delay", Some(secs)) => match secs.parse::<f64>() {
                Ok(s) if s.is_finite() && s >= 0.0 => {
                    latency_ns += (s.min(MAX_DELAY_S) * 1e9) as u64;
                    json(200, self.echo(request, &url))
                }
                _ => json(400, r#"{"error":"bad delay"}"#.into()),
            },
            ("bytes", Some(n)) => match n.parse::<usize>() {
                Ok(n) => {
                    let body = (0..n.min(MAX_BYTES)).map(|i| b"looplab "[i % 8]).collect();
                    Response {
                        status: 200,
                        url: request.url.clone(),
                        headers: vec![("content-type".into(), "application/octet-stream".into())],
                        body,
                    }
                }
                Err(_) => json(400, r#"{"error":"bad byte count"}"#.into()),
            },
            _ => json(200, self.echo(request, &url)),
        };
        (latency_ns, Ok(response))
    }

    fn echo(&self, request: &Request, url: &Url) -> String {
        let body = request.body.as_ref().map(|b| String::from_utf8_lossy(b).into_owned());
        serde_json::json!({
            "method": request.method,
            "url": request.url,
            "host": url.host,
            "path": url.path,
            "body": body,
        })
        .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latency_stays_in_band_and_is_seeded() {
        let mut a = SimNet::new(SimNetConfig::default());
        let mut b = SimNet::new(SimNetConfig::default());
        for i in 0..500 {
            let req = Request::get(format!("https://api.example/items/{i}"));
            let (la, ra) = a.respond(&req);
            let (lb, _) = b.respond(&req);
            assert_eq!(la, lb);
            assert!((40_000_000..=60_000_000).contains(&la), "latency {la}");
            let r = ra.unwrap();
            assert_eq!(r.status, 200);
            assert!(r.text().contains(&format!("/items/{i}")));
        }
    }

    #[test]
    fn routes() {
        let mut net = SimNet::new(SimNetConfig { latency_ms: 10.0, jitter: 0.0, seed: 1 });
        let (_, r) = net.respond(&Request::get("https://h.example/status/503"));
        assert_eq!(r.unwrap().status, 503);
        let (lat, r) = net.respond(&Request::get("https://h.example/delay/1.5"));
        assert_eq!(lat, 1_510_000_000);
        assert_eq!(r.unwrap().status, 200);
        let (_, r) = net.respond(&Request::get("https://h.example/bytes/10"));
        assert_eq!(r.unwrap().body, b"looplab lo".to_vec());
        let (_, r) = net.respond(&Request::post("https://h.example/submit", "hi"));
        assert!(r.unwrap().text().contains(r#""body":"hi""#));
    }
}
