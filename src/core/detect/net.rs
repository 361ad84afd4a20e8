//! IP addresses for the rules: parsing, CIDR allow-lists, network prefixes.
//!
//! Addresses are held as `(u128, is_v6)`; an IPv4 address is its 32-bit value. Nothing
//! here looks anything up: an address is only compared with others from the same logs or
//! with the investigator's allow-list.

use std::net::IpAddr;

/// A parsed address: value and family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Ip {
    pub value: u128,
    pub v6: bool,
}

/// Parses an address as the logs write it (`1.2.3.4`, `2001:db8::1`, `[2001:db8::1]`,
/// IPv4-mapped IPv6 is folded to IPv4). Redacted (`1.2.3.XXX`) or empty text gives `None`.
pub fn parse_ip(text: &str) -> Option<Ip> {
    let t = text.trim().trim_start_matches('[').trim_end_matches(']');
    if t.is_empty() {
        return None;
    }
    match t.parse::<IpAddr>().ok()? {
        IpAddr::V4(a) => Some(Ip { value: u32::from(a) as u128, v6: false }),
        IpAddr::V6(a) => match a.to_ipv4_mapped() {
            Some(v4) => Some(Ip { value: u32::from(v4) as u128, v6: false }),
            None => Some(Ip { value: u128::from(a), v6: true }),
        },
    }
}

/// A network: address and prefix length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cidr {
    pub net: Ip,
    pub bits: u8,
}

impl Cidr {
    /// Parses `10.0.0.0/8`, `2001:db8::/32` or a single address (full-length prefix).
    pub fn parse(text: &str) -> Option<Cidr> {
        let (addr, bits) = match text.trim().split_once('/') {
            Some((a, b)) => (a, Some(b.trim().parse::<u8>().ok()?)),
            None => (text, None),
        };
        let ip = parse_ip(addr)?;
        let max = if ip.v6 { 128 } else { 32 };
        let bits = bits.unwrap_or(max).min(max);
        Some(Cidr { net: Ip { value: mask(ip, bits), v6: ip.v6 }, bits })
    }

    /// True when `ip` is inside this network.
    pub fn contains(&self, ip: Ip) -> bool {
        ip.v6 == self.net.v6 && mask(ip, self.bits) == self.net.value
    }
}

/// The address with all but the first `bits` bits cleared.
pub fn mask(ip: Ip, bits: u8) -> u128 {
    let width: u32 = if ip.v6 { 128 } else { 32 };
    let bits = (bits as u32).min(width);
    if bits == 0 {
        return 0;
    }
    let keep = width - bits;
    if keep >= 128 { 0 } else { (ip.value >> keep) << keep }
}

/// A key for the network of `ip` (/`v4_bits` or /`v6_bits`), distinct across families.
pub fn prefix_key(ip: Ip, v4_bits: u8, v6_bits: u8) -> u128 {
    if ip.v6 { mask(ip, v6_bits) ^ 1 } else { mask(ip, v4_bits) | (1u128 << 100) }
}

/// The network as text, `185.220.101.0/24` or `2001:db8:1:2::/64`.
pub fn prefix_text(ip: Ip, v4_bits: u8, v6_bits: u8) -> String {
    if ip.v6 {
        let v = mask(ip, v6_bits);
        format!("{}/{}", std::net::Ipv6Addr::from(v), v6_bits.min(128))
    } else {
        let v = mask(ip, v4_bits) as u32;
        format!("{}/{}", std::net::Ipv4Addr::from(v), v4_bits.min(32))
    }
}

/// A parsed allow-list.
#[derive(Clone, Debug, Default)]
pub struct AllowNets(pub Vec<Cidr>);

impl AllowNets {
    /// Parses every entry; unreadable entries are skipped.
    pub fn new(entries: &[String]) -> Self {
        Self(entries.iter().filter_map(|e| Cidr::parse(e)).collect())
    }

    /// True when `ip` is in any listed network.
    pub fn contains(&self, ip: Ip) -> bool {
        self.0.iter().any(|c| c.contains(ip))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_match() {
        let within = |net: &str, ip: Ip| Cidr::parse(net).is_some_and(|c| c.contains(ip));
        let Some(a) = parse_ip("185.220.101.47") else { panic!("an IPv4 address") };
        assert!(!a.v6);
        assert!(within("185.220.101.0/24", a));
        assert!(!within("185.220.100.0/24", a));
        assert!(within("185.220.101.47", a));
        assert!(within("0.0.0.0/0", a));
        let Some(b) = parse_ip("2001:db8:1:2::5") else { panic!("an IPv6 address") };
        assert!(b.v6);
        assert!(within("2001:db8::/32", b));
        assert!(!within("2001:db9::/32", b));
        assert!(!within("::/0", a));
        assert_eq!(parse_ip("::ffff:1.2.3.4"), parse_ip("1.2.3.4"));
        assert!(parse_ip("1.2.3.XXX").is_none());
        assert!(Cidr::parse("1.2.3.4/x").is_none());
        assert_eq!(prefix_text(a, 24, 64), "185.220.101.0/24");
        assert_eq!(prefix_text(b, 24, 64), "2001:db8:1:2::/64");
        assert_ne!(Some(prefix_key(a, 24, 64)), parse_ip("185.220.102.1").map(|x| prefix_key(x, 24, 64)));
        assert_eq!(Some(prefix_key(a, 24, 64)), parse_ip("185.220.101.1").map(|x| prefix_key(x, 24, 64)));
    }
}
