//! Just enough URL parsing to route requests: scheme, host, port and path. Full WHATWG parsing is
//! the browser's job; this only has to recognise simulated hosts and read their paths.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Url {
    pub scheme: String,
    pub host: String,
    pub port: Option<u16>,
    /// Path including the leading `/`, without query or fragment.
    pub path: String,
    pub query: String,
}

impl Url {
    pub fn parse(input: &str) -> Option<Url> {
        let (scheme, rest) = input.split_once("://")?;
        if scheme.is_empty() || !scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) {
            return None;
        }
        let rest = rest.split('#').next().unwrap_or("");
        let (authority, path_query) = match rest.find(['/', '?']) {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        let authority = authority.rsplit('@').next().unwrap_or("");
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, "")) => (h, None),
            Some((h, p)) => (h, Some(p.parse::<u16>().ok()?)),
            None => (authority, None),
        };
        if host.is_empty() {
            return None;
        }
        let (path, query) = match path_query.split_once('?') {
            Some((p, q)) => (p, q),
            None => (path_query, ""),
        };
        let path = if path.is_empty() { "/" } else { path };
        Some(Url {
            scheme: scheme.to_ascii_lowercase(),
            host: host.to_ascii_lowercase(),
            port,
            path: path.to_string(),
            query: query.to_string(),
        })
    }

    /// True for hosts served by the simulated network: `example` and anything under `.example`.
    pub fn is_simulated(&self) -> bool {
        matches!(self.scheme.as_str(), "http" | "https")
            && (self.host == "example" || self.host.ends_with(".example"))
    }
}

#[cfg(test)]
mod tests {
    use super::Url;

    #[test]
    fn parses_hosts_ports_paths() {
        let u = Url::parse("https://API.example:8443/items/3?x=1#frag").unwrap();
        assert_eq!((u.host.as_str(), u.port, u.path.as_str(), u.query.as_str()), ("api.example", Some(8443), "/items/3", "x=1"));
        assert!(u.is_simulated());
        let u = Url::parse("http://localhost").unwrap();
        assert_eq!((u.path.as_str(), u.is_simulated()), ("/", false));
        assert!(!Url::parse("https://example.com/").unwrap().is_simulated());
        assert!(Url::parse("no scheme").is_none());
        assert!(Url::parse("https:///path").is_none());
        assert!(Url::parse("https://h:notaport/").is_none());
    }
}
