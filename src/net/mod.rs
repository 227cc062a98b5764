//! Network requests as the executor sees them: a small request/response model, the [`Fetch`]
//! future that traces each request, and the simulated network that answers hosts under `.example`.
//!
//! Requests to `.example` hosts never leave the process: they are answered by [`SimNet`] after a
//! seeded random latency, through an ordinary executor timer, so demos and tests behave the same on
//! the page, in the CLI and in virtual time. Every other URL goes to the platform's `fetch`.
//! This module does not know which platform it runs on.

mod fetch;
mod simulated;
mod url;

pub use fetch::Fetch;
pub use simulated::{SimNet, SimNetConfig};
pub use url::Url;

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
}

impl Request {
    pub fn get(url: impl Into<String>) -> Self {
        Request { method: "GET".into(), url: url.into(), headers: Vec::new(), body: None }
    }

    pub fn post(url: impl Into<String>, body: impl Into<Vec<u8>>) -> Self {
        Request { method: "POST".into(), url: url.into(), headers: Vec::new(), body: Some(body.into()) }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Why a request produced no response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The URL could not be parsed.
    InvalidUrl(String),
    /// No connection could be made (the CLI only reaches the simulated network).
    Connect(String),
    /// The host's network layer failed (e.g. the browser rejected the request, CORS).
    Network(String),
    /// The request was aborted before it completed.
    Aborted,
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::InvalidUrl(url) => write!(f, "invalid URL: {url:?}"),
            FetchError::Connect(msg) => write!(f, "connection failed: {msg}"),
            FetchError::Network(msg) => write!(f, "network error: {msg}"),
            FetchError::Aborted => write!(f, "request aborted"),
        }
    }
}

impl std::error::Error for FetchError {}
